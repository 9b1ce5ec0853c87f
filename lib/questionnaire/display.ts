import { DIVISIONS } from "@/policies/divisions";
import { type AnswerField, type Answers, FIELD_META } from "@/policies/fields";

type T = (key: string, values?: Record<string, string | number>) => string;

/**
 * An answer as a resident reads it back: option label, "14 个月", a district name in the page's script.
 * `t` is the root translator.
 */
export function displayAnswer(field: AnswerField, answers: Answers, locale: string, t: T): string {
  const value = answers[field];
  if (value === undefined) return "";
  if (value === "unknown") return t(`policy.options.${field}.unknown`);
  if (field === "district") {
    const d = DIVISIONS.find((x) => x.id === value);
    return d ? (locale === "zh-Hant" ? d.hant : d.zh) : String(value);
  }
  const meta = FIELD_META[field];
  switch (meta.kind) {
    case "boolean":
      return t(`policy.options.${field}.${value}`);
    case "enum":
      return t(`policy.options.${field}.${value}`);
    case "months":
      return t("questions.common.monthsValue", { n: value as number });
    default:
      return String(value);
  }
}
