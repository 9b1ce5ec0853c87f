import { evaluate, relevantFields } from "@/policies";
import { type AnswerField, type Answers, FIELD_NAMES } from "@/policies/fields";
import { checklistQuestions } from "./checklist-questions";

export interface FlowState {
  /** Questions answered, in the order they were asked; answers outside this path are stale. */
  path: AnswerField[];
  /** The next question, or null when no further answer can change a verdict. */
  next: AnswerField | null;
  /** The answers on the path only. */
  answers: Answers;
  /** How many questions are still expected after `next` (a forecast: answers change it). */
  remaining: number;
}

const RANK = new Map(FIELD_NAMES.map((f, i) => [f, i]));
const sortByQuestionOrder = (fields: AnswerField[]) => fields.sort((a, b) => RANK.get(a)! - RANK.get(b)!);

const FIRST: readonly AnswerField[] = ["city", "district"];
/** Asked last, only when some route may be open: who moves along decides the checklist, not the verdict. */
const FAMILY: readonly AnswerField[] = ["withSpouse", "withChildren", "withParents"];

/**
 * Replays the questionnaire over the answers given: city, district, then whatever the policy library
 * says can still change a verdict, one at a time. Stops at the first question not yet answered.
 */
export function replay(given: Answers, asOf: string): FlowState {
  const answers: Answers = {};
  const path: AnswerField[] = [];
  const take = (field: AnswerField) => {
    (answers as Record<string, unknown>)[field] = given[field];
    path.push(field);
  };
  for (const field of FIRST) {
    if (given[field] === undefined) return { path, next: field, answers, remaining: 0 };
    take(field);
  }
  // Take given answers one at a time, in question order, each only while it is still relevant given
  // the ones before it; the first relevant question without an answer is the next one. Answers that
  // never become relevant (e.g. 租房月数 after 租房 = 否) are stale and dropped.
  for (let guard = 0; guard < 200; guard++) {
    const open = relevantFields(answers, { asOf });
    const answered = open.find((f) => given[f] !== undefined);
    if (answered) {
      take(answered);
      continue;
    }
    const field = open[0];
    if (field === undefined) return family(given, answers, sortByQuestionOrder(path), asOf, take);
    return { path: sortByQuestionOrder(path), next: field, answers, remaining: open.length - 1 };
  }
  return { path, next: null, answers, remaining: 0 };
}

/** The questions answered before `field` in question order. */
const before = (state: FlowState, field: AnswerField) =>
  state.path.filter((f) => RANK.get(f)! < RANK.get(field)!);

/** The question before `field` (for the back link, agreeing with the browser's back), or null on the first. */
export function previousField(state: FlowState, field: AnswerField): AnswerField | null {
  return before(state, field).at(-1) ?? null;
}

/**
 * `field`'s place in the questionnaire (1-based) and the expected number of questions in all — null
 * before the district is known, when no forecast can be made.
 */
export function progressOf(state: FlowState, field: AnswerField): { current: number; total: number | null } {
  const current = before(state, field).length + 1;
  if (FIRST.includes(field)) return { current, total: null };
  const after = state.path.filter((f) => RANK.get(f)! > RANK.get(field)!).length;
  return { current, total: current + after + (state.next === field ? state.remaining : 0) };
}

function family(
  given: Answers,
  answers: Answers,
  path: AnswerField[],
  asOf: string,
  take: (f: AnswerField) => void,
): FlowState {
  const open = evaluate(answers, { asOf }).routes.some((r) => r.verdict !== "ineligible");
  if (open) {
    for (const [i, field] of FAMILY.entries()) {
      if (given[field] === undefined) return { path, next: field, answers, remaining: FAMILY.length - i - 1 };
      take(field);
    }
    // Then what decides the checklist (the address chosen, the 户口簿 exemption), one at a time.
    for (let guard = 0; guard < 4; guard++) {
      const field = checklistQuestions(answers, asOf).find((f) => !path.includes(f));
      if (field === undefined) break;
      if (given[field] === undefined) return { path, next: field, answers, remaining: 0 };
      take(field);
    }
  }
  return { path, next: null, answers, remaining: 0 };
}
