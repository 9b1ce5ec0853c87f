import { shanghaiToday } from "@/lib/calendar/shanghai-time";
import { DIVISIONS } from "@/policies/divisions";
import { type AnswerField, type Answers, FIELD_META } from "@/policies/fields";
import { addressChoices } from "./checklist-questions";

export interface OptionSpec {
  value: string;
  /** Message key (policy.options.<field>.<value>), or a literal label (district names are data in both scripts). */
  labelKey?: string;
  label?: string;
}

/** The choices a question offers, in order, with "不清楚" last where the field allows it. */
export function optionsFor(field: AnswerField, answers: Answers, locale: string): OptionSpec[] {
  const meta = FIELD_META[field];
  let options: OptionSpec[] = [];
  if (field === "regAddress") {
    // Only the places the open routes offer, named as the city's text names them, in its order.
    options = addressChoices(answers, shanghaiToday()).map((a) => ({
      value: a.kind,
      labelKey: `policy.addresses.${a.id}`,
    }));
  } else if (field === "district") {
    options = DIVISIONS.filter((d) => d.city === answers.city).map((d) => ({
      value: d.id,
      label: locale === "zh-Hant" ? d.hant : d.zh,
    }));
  } else if (meta.kind === "boolean") {
    options = [
      { value: "1", labelKey: `policy.options.${field}.true` },
      { value: "0", labelKey: `policy.options.${field}.false` },
    ];
  } else if (meta.kind === "enum") {
    options = (meta.values ?? []).map((v) => ({ value: v, labelKey: `policy.options.${field}.${v}` }));
  }
  if (meta.unknown && (meta.kind === "boolean" || meta.kind === "enum")) {
    options.push({ value: "x", labelKey: `policy.options.${field}.unknown` });
  }
  return options;
}
