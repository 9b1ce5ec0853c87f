// A route's result as words for a resident: one sentence, the conditions that decide it (each number
// with its unit once, each quote once under the conditions it supports), the questions still open, and
// the way forward. Pure: the page renders it, and a test reads every route of every city through it.
import { quoteFor, type ScriptedQuote } from "@/lib/citations/script";
import { citationWhere } from "@/lib/citations/where";
import { displayAnswer } from "@/lib/questionnaire/display";
import { questionUrl, RETURN_TO_ANSWERS } from "@/lib/questionnaire/urls";
import { JURISDICTIONS } from "@/policies";
import type { RouteExplanation } from "@/policies/explain";
import type { AnswerField, Answers } from "@/policies/fields";
import type { Threshold } from "@/policies/legal";
import type { Citation, CityId, Reason, ReasonStatus, RouteResult, Verdict } from "@/policies/types";
import { type Opening, openingOf } from "./opening";

export type T = {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
};

export interface ConditionView {
  readonly id: string;
  readonly status: ReasonStatus;
  /** What the text requires, e.g. "租赁住房满 1 年". */
  readonly text: string;
  /** The applicant's value where it says something ("14 个月", "本科"), else null. */
  readonly value: string | null;
  /** For a condition not yet known: the question to answer (not asked, or answered 不清楚). */
  readonly question: { readonly href: string; readonly answeredUnknown: boolean } | null;
}

export interface QuoteGroup {
  readonly quote: ScriptedQuote;
  /** Document title and clause in words. */
  readonly where: string;
  readonly conditions: readonly ConditionView[];
}

export interface OpenQuestion {
  readonly field: AnswerField;
  readonly title: string;
  /** The question as a short noun ("居住证的月数"), for lists. */
  readonly short: string;
  readonly href: string;
  readonly answeredUnknown: boolean;
}

export interface RouteView {
  readonly id: string;
  readonly name: string;
  readonly verdict: Verdict;
  readonly verdictLabel: string;
  /** One plain sentence: the verdict and why. */
  readonly sentence: string;
  /** A route failing only on durations: the day it opens if nothing changes. */
  readonly opens: { readonly date: string; readonly dateText: string } | null;
  /** Other failures: what the text requires, in one line ("这条途径要求：…"). */
  readonly requirement: string | null;
  /** The same without the lead-in, for lists that name the route first. */
  readonly needs: string | null;
  readonly groups: readonly QuoteGroup[];
  /** Conditions of the other branches (eligible) or the other ways (not eligible), folded away. */
  readonly folded: readonly QuoteGroup[];
  readonly foldedLabel: string | null;
  readonly questions: readonly OpenQuestion[];
  /** False when the route is for another situation than the applicant's. */
  readonly applies: boolean;
}

export interface RouteViewInput {
  readonly route: RouteResult;
  readonly explanation: RouteExplanation | undefined;
  readonly city: CityId;
  readonly answers: Answers;
  readonly locale: string;
  readonly asOf: string;
  readonly t: T;
  /** The text is a draft not in force: nothing can be applied for yet. */
  readonly draft?: boolean;
}

/** "12 个月" → "1 年" where the text counts in years; ages in 周岁. */
export function formatAmount(n: number, unit: Threshold["unit"], t: T): string {
  if (unit === "months" && n >= 12 && n % 12 === 0) return t("result.units.years", { n: n / 12 });
  return t(`result.units.${unit === "age" ? "age" : unit === "years" ? "years" : "months"}`, { n });
}
const amount = (n: number, unit: Threshold["unit"], t: T, locale: string) =>
  once(`${locale}|amount|${unit}|${n}`, () => formatAmount(n, unit, t));

export function formatDate(iso: string, t: T): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return t("result.date", { y, m, d });
}

// Texts that depend only on the locale and the policy data are formatted once per server: a 青岛 result
// formats a few hundred of them, and ICU formatting is what a result page spends its time on. The keys
// are finite (conditions × thresholds × citations × two locales).
const memo = new Map<string, string>();
const once = (key: string, make: () => string): string => {
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  const made = make();
  memo.set(key, made);
  return made;
};

const requirementText = (r: Reason, t: T, locale: string) =>
  once(`${locale}|req|${r.id}|${r.threshold?.value ?? ""}`, () =>
    t(`policy.conditions.${r.id}`, {
      threshold: r.threshold ? formatAmount(r.threshold.value, r.threshold.unit, t) : "",
      actual: "",
    }),
  );

function valueText(r: Reason, answers: Answers, locale: string, t: T): string | null {
  if (r.actual === null || r.actual === "unknown") return null;
  if (r.threshold) return amount(Number(r.actual), r.threshold.unit === "age" ? "age" : "months", t, locale);
  // Show an answer where it says more than the tick: an ordered level ("大专" against "本科"), a count.
  const field = r.fields[0];
  if (!field || typeof r.actual === "boolean") return null;
  if (r.status === "met" && typeof r.actual === "string") return null;
  if (typeof r.actual === "number") return amount(r.actual, "months", t, locale);
  return answers[field] !== undefined ? displayAnswer(field, answers, locale, t) : null;
}

const sameCitation = (a: Citation, b: Citation) =>
  a.source === b.source && a.clause === b.clause && a.quote === b.quote;

function groupsOf(
  indices: readonly number[],
  input: RouteViewInput,
  conditions: readonly ConditionView[],
): QuoteGroup[] {
  const { route, locale, t } = input;
  const out: { citation: Citation; conditions: ConditionView[] }[] = [];
  for (const i of indices) {
    const c = route.reasons[i]!.citation;
    const g = out.find((x) => sameCitation(x.citation, c));
    if (g) {
      if (!g.conditions.includes(conditions[i]!)) g.conditions.push(conditions[i]!);
    } else out.push({ citation: c, conditions: [conditions[i]!] });
  }
  return out.map((g) => ({
    quote: quoteFor(g.citation, locale),
    where: once(`${locale}|where|${g.citation.source}|${g.citation.clause}`, () =>
      citationWhere(g.citation, locale, t),
    ),
    conditions: g.conditions,
  }));
}

export function routeView(input: RouteViewInput): RouteView {
  const { route, explanation, answers, locale, asOf, t, city } = input;
  const reasons = route.reasons;
  const conditions: ConditionView[] = reasons.map((r) => {
    const field = r.fields[0];
    // Only where the answer can still change the verdict: a closed route's unknowns do not matter.
    const open =
      r.status === "unknown" &&
      field !== undefined &&
      !route.delegated &&
      route.verdict === "needs-info" &&
      route.applies &&
      route.missing.includes(field);
    return {
      id: r.id,
      status: r.status,
      text: requirementText(r, t, locale),
      value: valueText(r, answers, locale, t),
      question: open
        ? {
            href: questionUrl(locale, field, answers, RETURN_TO_ANSWERS),
            answeredUnknown: answers[field] === "unknown",
          }
        : null,
    };
  });
  const questions: OpenQuestion[] = route.delegated
    ? []
    : route.missing.map((f) => ({
        field: f,
        title: t(`questions.${f}.title`),
        short: t(`questions.${f}.short`),
        href: questionUrl(locale, f, answers, RETURN_TO_ANSWERS),
        answeredUnknown: answers[f] === "unknown",
      }));

  const options = explanation?.options ?? [];
  const all = reasons.map((_, i) => i);
  let shown: number[];
  if (route.verdict === "eligible") shown = [...(explanation?.branch ?? all)];
  else {
    // The nearest way to open it, and whatever is already met.
    const nearest = options[0] ?? all;
    shown = all.filter((i) => nearest.includes(i) || reasons[i]!.status === "met");
  }
  const rest = all.filter((i) => !shown.includes(i));

  const opening: Opening | null =
    route.verdict === "ineligible" && route.applies ? openingOf(reasons, options, asOf) : null;
  const you = (r: Reason) => {
    const key = `policy.conditionsYou.${r.id}`;
    if (!t.has(key)) return null;
    const place = answers.district ? displayAnswer("district", answers, locale, t) : "";
    return t(key, { actual: valueText(r, answers, locale, t) ?? "", place });
  };

  let sentence: string;
  let requirement: string | null = null;
  let needs: string | null = null;
  const def = JURISDICTIONS[city].routes.find((r) => r.id === route.id);
  if (!route.applies) {
    sentence = t("result.sentence.other", {
      situations: (def?.situations ?? [])
        .map((s) => t(`policy.options.situation.${s}`))
        .join(t("result.and")),
    });
  } else if (route.delegated) sentence = t("result.sentence.delegated");
  else if (route.verdict === "eligible") {
    const facts = shown
      .map((i) => reasons[i]!)
      .filter((r) => r.threshold)
      .map((r) => ({ r, y: you(r) }))
      .filter((x) => x.y !== null)
      .map(({ r, y }) => t("result.sentence.fact", { you: y!, requirement: requirementText(r, t, locale) }));
    // A short branch (a degree and an age limit) is said whole; a long one by its numbers only.
    const plain = shown.map((i) => reasons[i]!).filter((r) => !r.threshold);
    if (facts.length > 0 && plain.length === 1)
      facts.unshift(t("result.sentence.meets", { requirement: requirementText(plain[0]!, t, locale) }));
    const draft = input.draft === true ? "Draft" : "";
    sentence =
      facts.length > 0
        ? t(`result.sentence.eligibleWith${draft}`, { facts: facts.join("；") })
        : t(`result.sentence.eligible${draft}`);
  } else if (route.verdict === "needs-info")
    sentence = t("result.sentence.needsInfo", { count: Math.max(route.missing.length, 1) });
  else if (opening) {
    const waiting = opening.waiting.map((i) => reasons[i]!);
    const y = waiting.length === 1 ? you(waiting[0]!) : null;
    const values = {
      gap: formatAmount(opening.months, "months", t),
      date: formatDate(opening.date, t),
    };
    sentence = y
      ? t("result.sentence.opens", { ...values, you: y })
      : t("result.sentence.opensPlain", values);
  } else {
    sentence = t("result.sentence.ineligible");
    if (options.length > 0) {
      const text = (o: readonly number[]) =>
        o.map((i) => requirementText(reasons[i]!, t, locale)).join(t("result.and"));
      // A few ways are said in full; many (青岛's talent list) by the nearest and a count.
      needs =
        options.length <= 3
          ? options.map(text).join(t("result.or"))
          : t("result.orMore", { conditions: text(options[0]!), count: options.length - 1 });
      requirement = t("result.requires", { conditions: needs });
    }
  }

  return {
    id: route.id,
    name: t(`policy.routes.${route.id}`),
    verdict: route.verdict,
    verdictLabel: t(`policy.verdicts.${route.verdict}`),
    sentence,
    opens: opening ? { date: opening.date, dateText: formatDate(opening.date, t) } : null,
    requirement,
    needs,
    groups: groupsOf(shown, input, conditions),
    folded: groupsOf(rest, input, conditions),
    foldedLabel:
      rest.length === 0
        ? null
        : route.verdict === "eligible"
          ? t("result.otherBranches", { count: rest.length })
          : t("result.otherConditions", { count: rest.length }),
    questions,
    applies: route.applies,
  };
}
