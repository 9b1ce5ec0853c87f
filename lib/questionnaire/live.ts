import { evaluate } from "@/policies/evaluate";
import type { AnswerField, Answers } from "@/policies/fields";
import { checkAnswer } from "./validate";

export { checkAnswer };

/**
 * The routes that would be open if `raw` were the answer to `field` (the live hint). The question page
 * computes it on the server for the first paint; the browser loads this module on the first keystroke,
 * so the schema and the policy library cost nothing until someone starts answering.
 */
export function openRoutesWith(field: AnswerField, raw: string, answers: Answers, asOf: string): string[] {
  const check = checkAnswer(field, raw, answers);
  const withAnswer = check.ok ? { ...answers, [field]: check.value } : answers;
  return evaluate(withAnswer, { asOf })
    .routes.filter((r) => r.verdict === "eligible")
    .map((r) => r.id);
}
