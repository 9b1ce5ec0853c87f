// fast-check generators derived from the field table, so property tests cover every field the schema has.
import fc from "fast-check";
import { DIVISIONS } from "../divisions";
import { type AnswerField, type Answers, FIELD_META, FIELD_NAMES } from "../fields";
import { CITY_IDS } from "../types";

const date = fc
  .date({ min: new Date("1930-01-01T00:00:00Z"), max: new Date("2025-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

export const valueArb = (f: AnswerField): fc.Arbitrary<unknown> => {
  const m = FIELD_META[f];
  let base: fc.Arbitrary<unknown>;
  switch (m.kind) {
    case "enum":
      base = fc.constantFrom(...m.values!);
      break;
    case "months":
    case "number":
      base = fc.integer({ min: m.min!, max: m.max! });
      break;
    case "boolean":
      base = fc.boolean();
      break;
    case "date":
      base = date;
      break;
    case "code":
      base = fc.stringMatching(/^\d{6}$/);
      break;
  }
  return m.unknown ? fc.oneof(base, fc.constant("unknown")) : base;
};

/** Schema-valid answers: a city, maybe one of its districts, and any subset of the other fields. */
export const answersArb: fc.Arbitrary<Answers> = fc.constantFrom(...CITY_IDS).chain((city) =>
  fc.record(
    {
      city: fc.constant(city),
      district: fc.constantFrom(...DIVISIONS.filter((d) => d.city === city).map((d) => d.id)),
      ...Object.fromEntries(
        FIELD_NAMES.filter((f) => f !== "city" && f !== "district").map((f) => [f, valueArb(f)]),
      ),
    },
    { requiredKeys: ["city"] },
  ),
) as fc.Arbitrary<Answers>;

export const asOfArb = fc
  .date({ min: new Date("2015-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
