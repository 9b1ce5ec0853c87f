import type { AnswerField, Answers } from "@/policies/fields";
import type { Reason } from "@/policies/types";
import { displayAnswer } from "./display";

type T = (key: string, values?: Record<string, string | number>) => string;

/**
 * The applicant's value for a reason, as they answered it ("47 周岁", "中级职称", "不清楚"), or the
 * "not answered" text. Ages come computed from the date of birth by the policy library.
 */
export function actualText(
  reason: Reason,
  answers: Answers,
  locale: string,
  t: T,
  notAnswered: string,
): string {
  if (reason.actual === null) return notAnswered;
  if (reason.threshold?.unit === "age") return t("questions.common.ageValue", { n: Number(reason.actual) });
  const field = reason.fields[0] as AnswerField | undefined;
  if (field && answers[field] !== undefined) return displayAnswer(field, answers, locale, t);
  return String(reason.actual);
}
