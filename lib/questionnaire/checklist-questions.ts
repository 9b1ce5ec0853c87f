import { evaluate } from "@/policies";
import type { AnswerField, Answers } from "@/policies/fields";
import { BOOK_SHOWS_RELATION } from "@/policies/materials";
import type { AddressOption } from "@/policies/types";

/**
 * The questions that decide the checklist, not the verdict — asked after who moves along, in this
 * order, each only when it changes what to bring:
 * - regAddress: an open route lets the applicant choose where to register (each place has its own
 *   consent and proof);
 * - relationShown: a route's text exempts the relation proof when the 户口簿 already shows it
 *   (Zhengzhou), and someone moves along.
 */
export function checklistQuestions(answers: Answers, asOf: string): AnswerField[] {
  const routes = evaluate(answers, { asOf }).routes;
  const out: AnswerField[] = [];
  if (routes.some((r) => r.applies && r.verdict === "eligible" && r.chooseAddress)) out.push("regAddress");
  if (
    routes.some(
      (r) =>
        r.applies && r.verdict !== "ineligible" && r.materials.some((m) => m.unless === BOOK_SHOWS_RELATION),
    )
  )
    out.push("relationShown");
  return out;
}

/**
 * The places the open routes let the applicant choose from, in the first route's (the text's) order,
 * one per kind: the question offers these, labelled as that city's text names them.
 */
export function addressChoices(answers: Answers, asOf: string): AddressOption[] {
  const out: AddressOption[] = [];
  for (const r of evaluate(answers, { asOf }).routes)
    if (r.applies && r.verdict === "eligible" && r.chooseAddress)
      for (const a of r.addresses) if (!out.some((x) => x.kind === a.kind)) out.push(a);
  return out;
}
