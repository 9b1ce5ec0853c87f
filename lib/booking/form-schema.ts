import { z } from "zod";
import { isIsoDate } from "@/lib/calendar";
import { BUSINESS_TYPES, ROUTE_ID_PATTERN } from "./business";
import { checklistPath } from "./checklist-link";
import { idNumberProblem, normalizeIdNumber } from "./id-number";
import { officeById } from "./offices";
import { isMainlandMobile, normalizeMobile } from "./phone";
import { normalizeReference } from "./tokens";

/**
 * One schema for the booking form and the JSON API. Error messages are message-key suffixes
 * under "booking.errors" so each surface localizes them in its own locale.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** Every text field: trimmed, bounded, and free of control characters (NUL would reach PostgreSQL). */
const text = (max: number) =>
  z
    .string({ error: "required" })
    .max(max * 4, { error: "tooLong" })
    .refine((s) => !CONTROL.test(s), { error: "invalid" })
    .transform((s) => s.trim())
    .pipe(z.string().min(1, { error: "required" }).max(max, { error: "tooLong" }));

const optionalText = z
  .string()
  .max(2000, { error: "tooLong" })
  .refine((s) => !CONTROL.test(s), { error: "invalid" })
  .optional()
  .transform((s) => (s?.trim() ? s.trim() : undefined));

/** One address, no display name, no spaces: what nodemailer is then given as `to`. */
const EMAIL =
  /^[^\s@<>(),;:"[\]]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

/** Names as on the ID card: Chinese characters, the middle dot of minority names, Latin letters. */
const NAME_PATTERN = /^[\p{Script=Han}A-Za-z·•．.\s]+$/u;

export const slotChoiceSchema = z.object({
  officeId: text(64).refine((id) => officeById(id) !== undefined, { error: "officeUnknown" }),
  date: text(10).refine(isIsoDate, { error: "dateInvalid" }),
  time: text(5).refine((t) => /^\d{2}:\d{2}$/.test(t), { error: "timeInvalid" }),
});

export const personSchema = z.object({
  name: text(40).refine((n) => NAME_PATTERN.test(n), { error: "nameInvalid" }),
  phone: text(20).refine(isMainlandMobile, { error: "phoneInvalid" }).transform(normalizeMobile),
  idNumber: text(24)
    .transform(normalizeIdNumber)
    .superRefine((id, ctx) => {
      const problem = idNumberProblem(id);
      if (problem) ctx.addIssue({ code: "custom", message: `id_${problem}` });
    }),
});

export const bookingRequestSchema = slotChoiceSchema.extend(personSchema.shape).extend({
  business: z.enum(BUSINESS_TYPES, { error: "businessInvalid" }),
  routeId: optionalText.refine((r) => r === undefined || ROUTE_ID_PATTERN.test(r), { error: "routeInvalid" }),
  // Only this portal's checklist pages (parsed as a URL, lib/booking/checklist-link.ts): the link is
  // printed on the confirmation page and in the .ics, so it must never lead anywhere else.
  checklistUrl: optionalText
    .refine((u) => u === undefined || checklistPath(u) !== undefined, { error: "checklistInvalid" })
    .transform((u) => (u === undefined ? undefined : checklistPath(u))),
  idempotencyKey: optionalText.refine((k) => k === undefined || /^[A-Za-z0-9_-]{8,100}$/.test(k), {
    error: "idempotencyKeyInvalid",
  }),
  // Issue 15: optional, for closure notices and the day-before reminder (sealed at rest, ADR 0013).
  email: optionalText.refine((e) => e === undefined || (e.length <= 254 && EMAIL.test(e)), {
    error: "emailInvalid",
  }),
});
export type BookingRequest = z.output<typeof bookingRequestSchema>;

export const lookupSchema = z.object({
  reference: text(20).transform((r, ctx) => {
    const n = normalizeReference(r);
    if (!n) ctx.addIssue({ code: "custom", message: "referenceInvalid" });
    return n ?? r;
  }),
  phone: text(20).refine(isMainlandMobile, { error: "phoneInvalid" }).transform(normalizeMobile),
});

export const rescheduleSchema = z.object({
  date: text(10).refine(isIsoDate, { error: "dateInvalid" }),
  time: text(5).refine((t) => /^\d{2}:\d{2}$/.test(t), { error: "timeInvalid" }),
});

export type FieldErrors = Record<string, string>;

/** First error code per field, e.g. { idNumber: "id_checkDigit" }. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    if (!(field in out))
      out[field] = issue.message && !issue.message.includes(" ") ? issue.message : "invalid";
  }
  return out;
}

/** FormData → plain strings (files and repeated keys ignored). */
export function formDataObject(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of form.entries()) if (typeof v === "string" && !(k in out)) out[k] = v;
  return out;
}
