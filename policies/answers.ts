// The one answers schema: forms, shareable links and the API validate with it. Built from FIELDS so
// the form metadata and the policy agree. Evaluation never parses: parse once at the boundary.
// zod/mini: the same zod 4 engine and issues, a fraction of the bytes in the browser's question page.
import * as z from "zod/mini";
import { DISTRICT_CITY } from "./divisions";
import { type Answers, FIELD_NAMES, FIELDS, type FieldSpec } from "./fields";
import { parseDate } from "./legal";

const UNKNOWN = z.literal("unknown");

const fieldSchema = (s: FieldSpec): z.ZodMiniType => {
  let base: z.ZodMiniType;
  switch (s.kind) {
    case "enum":
      base = z.enum(s.values as [string, ...string[]]);
      break;
    case "months":
    case "number":
      base = z.int().check(z.minimum(s.min), z.maximum(s.max));
      break;
    case "boolean":
      base = z.boolean();
      break;
    case "date":
      base = z.string().check(
        z.regex(/^\d{4}-\d{2}-\d{2}$/),
        z.refine((v: string) => parseDate(v) !== undefined, { params: { key: "invalidDate" } }),
      );
      break;
    case "code":
      base = z.string().check(z.regex(/^\d{6}$/));
      break;
  }
  return z.optional(s.unknown ? z.union([base, UNKNOWN]) : base);
};

const shape = Object.fromEntries(FIELD_NAMES.map((n) => [n, fieldSchema(FIELDS[n])]));

export const answersSchema = z.strictObject(shape).check(
  z.superRefine((a: Record<string, unknown>, ctx) => {
    const district = a.district as string | undefined;
    if (district !== undefined && a.city !== undefined && DISTRICT_CITY[district] !== a.city) {
      ctx.addIssue({ code: "custom", path: ["district"], params: { key: "districtNotInCity" } });
    }
  }),
) as unknown as z.ZodMiniType<Answers>;

export type { Answers };
