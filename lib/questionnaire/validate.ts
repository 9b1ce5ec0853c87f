import { decodeValue } from "@/lib/answers-url/codec";
import { answersSchema } from "@/policies/answers";
import { type AnswerField, type Answers, FIELD_META } from "@/policies/fields";
import { normalizeCount } from "./number-input";

export type AnswerError = "required" | "choose" | "number" | "range" | "date" | "invalid";

export type AnswerCheck = { ok: true; value: unknown } | { ok: false; error: AnswerError };

/**
 * Validates one typed or chosen answer against the answers schema (the same one the link and the API
 * use), in the context of the answers so far. Runs in the browser as you type and on the server.
 */
export function checkAnswer(field: AnswerField, raw: string | undefined, answers: Answers): AnswerCheck {
  const meta = FIELD_META[field];
  const text = (raw ?? "").trim();
  if (text === "")
    return { ok: false, error: meta.kind === "enum" || meta.kind === "boolean" ? "choose" : "required" };
  const value = decodeValue(
    field,
    meta.kind === "months" || meta.kind === "number" ? normalizeCount(text) : text,
  );
  const result = answersSchema.safeParse({ ...answers, [field]: value });
  if (result.success) return { ok: true, value };
  if (meta.kind === "months" || meta.kind === "number")
    return { ok: false, error: typeof value === "number" ? "range" : "number" };
  if (meta.kind === "date") return { ok: false, error: "date" };
  if (meta.kind === "enum" || meta.kind === "boolean") return { ok: false, error: "choose" };
  return { ok: false, error: "invalid" };
}
