import { DIVISIONS } from "@/policies/divisions";
import { type AnswerField, type Answers, FIELD_META } from "@/policies/fields";

type T = (key: string, values?: Record<string, string | number>) => string;

/** An answer as a resident reads it back: option label, "14 个月", a district name in the page's script. */
export function displayAnswer(field: AnswerField, answers: Answers, locale: string, q: T): string {
  const value = answers[field];
  if (value === undefined) return "";
  if (value === "unknown") return q("common.unknown");
  if (field === "district") {
    const d = DIVISIONS.find((x) => x.id === value);
    return d ? (locale === "zh-Hant" ? d.hant : d.zh) : String(value);
  }
  const meta = FIELD_META[field];
  switch (meta.kind) {
    case "boolean":
      return q(value ? "common.yes" : "common.no");
    case "enum":
      return q(`${field}.options.${value}`);
    case "months":
      return q("common.monthsValue", { n: value as number });
    default:
      return String(value);
  }
}
