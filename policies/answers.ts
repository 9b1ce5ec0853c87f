// The one answers schema: forms, shareable links and the API validate with it. Built from FIELDS so
// the form metadata and the policy agree. Evaluation never parses: parse once at the boundary.
import { z } from "zod";
import { DISTRICT_CITY } from "./divisions";
import { type Answers, FIELD_NAMES, FIELDS, type FieldSpec } from "./fields";
import { parseDate } from "./legal";

const UNKNOWN = z.literal("unknown");

const fieldSchema = (s: FieldSpec): z.ZodType => {
  let base: z.ZodType;
  switch (s.kind) {
    case "enum":
      base = z.enum(s.values as [string, ...string[]]);
      break;
    case "months":
    case "number":
      base = z.number().int().min(s.min).max(s.max);
      break;
    case "boolean":
      base = z.boolean();
      break;
    case "date":
      base = z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .refine((v) => parseDate(v) !== undefined, { params: { key: "invalidDate" } });
      break;
    case "code":
      base = z.string().regex(/^\d{6}$/);
      break;
  }
  return (s.unknown ? z.union([base, UNKNOWN]) : base).optional();
};

const shape = Object.fromEntries(FIELD_NAMES.map((n) => [n, fieldSchema(FIELDS[n])]));

export const answersSchema = z.strictObject(shape).superRefine((a, ctx) => {
  const district = a.district as string | undefined;
  if (district !== undefined && a.city !== undefined && DISTRICT_CITY[district] !== a.city) {
    ctx.addIssue({ code: "custom", path: ["district"], params: { key: "districtNotInCity" } });
  }
}) as unknown as z.ZodType<Answers>;

export type { Answers };
