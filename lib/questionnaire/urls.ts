import { encodeAnswers } from "@/lib/answers-url/codec";
import type { AnswerField, Answers } from "@/policies/fields";

/** Where the flow returns after a change from the check-answers page. */
export const RETURN_KEY = "ret";
export const RETURN_TO_ANSWERS = "answers";
export { UNKNOWN_NAME } from "@/lib/answers-url/keys";

export const questionUrl = (locale: string, field: AnswerField, answers: Answers, returnTo?: string) =>
  `/${locale}/check/${field}?${encodeAnswers(answers, { [RETURN_KEY]: returnTo })}`;

export const answersUrl = (locale: string, answers: Answers) =>
  `/${locale}/check/answers?${encodeAnswers(answers)}`;

export const resultUrl = (locale: string, answers: Answers) => `/${locale}/result?${encodeAnswers(answers)}`;

export const checklistUrl = (
  locale: string,
  answers: Answers,
  extra: Record<string, string | undefined> = {},
) => `/${locale}/checklist?${encodeAnswers(answers, extra)}`;

export const restartUrl = (locale: string) => `/${locale}/check/city`;
