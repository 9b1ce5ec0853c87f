import { evaluate, relevantFields } from "@/policies";
import { type AnswerField, type Answers, FIELD_META, FIELD_NAMES } from "@/policies/fields";
import { checklistQuestions } from "./checklist-questions";

export interface FlowState {
  /** Questions answered, in the order they were asked; answers outside this path are stale. */
  path: AnswerField[];
  /** The next question, or null when no further answer can change a verdict. */
  next: AnswerField | null;
  /** The answers on the path only. */
  answers: Answers;
  /** The most questions that can still come after `next` (answers only ever lower it). */
  remaining: number;
}

const RANK = new Map(FIELD_NAMES.map((f, i) => [f, i]));
const sortByQuestionOrder = (fields: AnswerField[]) => fields.sort((a, b) => RANK.get(a)! - RANK.get(b)!);

/** Asked before any forecast can be made: the city, the applicant's situation where it matters, the district. */
const FIRST: readonly AnswerField[] = ["city", "situation", "district"];
/** Asked last, only when some route may be open: who moves along decides the checklist, not the verdict. */
const FAMILY: readonly AnswerField[] = ["withSpouse", "withChildren", "withParents"];
/** The most checklist questions that can follow them (checklist-questions.ts: address, relation shown). */
const CHECKLIST_MAX = 2;
/** Nobody moves along: what the forecast assumes for the family questions. */
const ALONE: Answers = { withSpouse: false, withChildren: 0, withParents: 0 };

/**
 * The questions that may still change a verdict, in order. The district is asked after the city (and
 * the situation) even where one zone covers the whole city: booking and the offices to ask need it.
 */
const questionsOpen = (answers: Answers, asOf: string): AnswerField[] => {
  const open = relevantFields(answers, { asOf });
  return open[0] !== "situation" && answers.district === undefined ? ["district"] : open;
};

/** Whether a route that applies to the applicant may still open (then the family questions follow). */
const mayOpen = (answers: Answers, asOf: string) =>
  evaluate(answers, { asOf }).routes.some((r) => r.applies && r.verdict !== "ineligible");

/**
 * Replays the questionnaire over the answers given: city, then whatever the policy library says can
 * still change a verdict (its situation and district questions first), one at a time. Stops at the
 * first question not yet answered.
 */
export function replay(given: Answers, asOf: string): FlowState {
  const answers: Answers = {};
  const path: AnswerField[] = [];
  const take = (field: AnswerField) => {
    (answers as Record<string, unknown>)[field] = given[field];
    path.push(field);
  };
  if (given.city === undefined) return { path, next: "city", answers, remaining: 0 };
  take("city");
  // Take given answers one at a time, in question order, each only while it is still relevant given
  // the ones before it; the first relevant question without an answer is the next one. Answers that
  // never become relevant (e.g. 租房月数 after 租房 = 否) are left out of `answers`.
  for (let guard = 0; guard < 200; guard++) {
    let open = questionsOpen(answers, asOf);
    // A link from before the situation question: its district stands, and every route with it.
    if (open[0] === "situation" && given.situation === undefined && given.district !== undefined)
      open = ["district"];
    const answered = open.find((f) => given[f] !== undefined);
    if (answered) {
      take(answered);
      continue;
    }
    const field = open[0];
    if (field === undefined) return family(given, answers, sortByQuestionOrder(path), asOf, take);
    // The most that can still come: every question still relevant (answers only ever remove questions
    // from that list) and the family questions while a route may open.
    const ahead = FIRST.includes(field) ? 0 : mayOpen(answers, asOf) ? FAMILY.length + CHECKLIST_MAX : 0;
    return { path: sortByQuestionOrder(path), next: field, answers, remaining: open.length - 1 + ahead };
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
 * `field`'s place in the questionnaire (1-based) and the expected number of questions in all (see
 * `expectedAfter`) — null before the district is known, when no forecast can be made.
 */
export function progressOf(
  state: FlowState,
  field: AnswerField,
  asOf: string,
): { current: number; total: number | null } {
  const current = before(state, field).length + 1;
  if (FIRST.includes(field)) return { current, total: null };
  const after = state.path.filter((f) => RANK.get(f)! > RANK.get(field)!).length;
  return { current, total: current + after + (state.next === field ? expectedAfter(state, asOf) : 0) };
}

/** The answer most people give (no, none, 0): the forecast assumes it for the questions ahead. */
const typical = (field: AnswerField): unknown => {
  const meta = FIELD_META[field];
  if (meta.kind === "boolean") return false;
  if (meta.kind === "months" || meta.kind === "number") return 0;
  if (meta.kind === "date") return "1990-01-01";
  const values = meta.values ?? [];
  return values.includes("none") ? "none" : values.includes("below") ? "below" : values.at(-1);
};

/**
 * How many questions are expected after `next`: the questions still to come if the rest are answered
 * "no" or "none", plus the family questions while a route may open. Never more than the most that can
 * come (`remaining`); an answer raises it only by the questions that answer opened.
 */
export function expectedAfter(state: FlowState, asOf: string): number {
  const next = state.next;
  if (next === null) return 0;
  const f = FAMILY.indexOf(next);
  if (f >= 0) return FAMILY.length - f - 1 + checklistQuestions({ ...state.answers, ...ALONE }, asOf).length;
  const checklist = checklistQuestions(state.answers, asOf);
  if (checklist.includes(next)) return checklist.length - checklist.indexOf(next) - 1;
  const a = { ...state.answers, [next]: typical(next) } as Record<string, unknown>;
  let n = 0;
  for (
    let open = questionsOpen(a as Answers, asOf);
    open.length > 0;
    open = questionsOpen(a as Answers, asOf)
  ) {
    a[open[0]!] = typical(open[0]!);
    n++;
  }
  const after = checklistQuestions({ ...(a as Answers), ...ALONE }, asOf).length;
  return n + (mayOpen(state.answers, asOf) ? FAMILY.length + after : 0);
}

function family(
  given: Answers,
  answers: Answers,
  path: AnswerField[],
  asOf: string,
  take: (f: AnswerField) => void,
): FlowState {
  if (mayOpen(answers, asOf)) {
    for (const [i, field] of FAMILY.entries()) {
      if (given[field] === undefined)
        return { path, next: field, answers, remaining: FAMILY.length - i - 1 + CHECKLIST_MAX };
      take(field);
    }
    // Then what decides the checklist (the address chosen, the 户口簿 exemption), one at a time.
    for (let guard = 0; guard < 4; guard++) {
      const asked = checklistQuestions(answers, asOf);
      const field = asked.find((f) => !path.includes(f));
      if (field === undefined) break;
      if (given[field] === undefined)
        return { path, next: field, answers, remaining: asked.length - asked.indexOf(field) - 1 };
      take(field);
    }
  }
  return { path, next: null, answers, remaining: 0 };
}
