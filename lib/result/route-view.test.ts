import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import hans from "@/messages/zh-Hans.json";
import hant from "@/messages/zh-Hant.json";
import { evaluate, explain, FIELD_META, FIELD_NAMES, JURISDICTIONS } from "@/policies";
import type { Answers } from "@/policies/fields";
import { HUZHOU_CASES } from "@/policies/tests/cases/huzhou";
import { QINGDAO_CASES } from "@/policies/tests/cases/qingdao";
import { AS_OF } from "@/policies/tests/cases/types";
import { ZHAOQING_CASES } from "@/policies/tests/cases/zhaoqing";
import { ZHENGZHOU_CASES } from "@/policies/tests/cases/zhengzhou";
import type { CityId, Verdict } from "@/policies/types";
import { type RouteView, routeView, type T } from "./route-view";

const asOf = "2026-12-02";
const LOCALES = { "zh-Hans": hans, "zh-Hant": hant } as const;

/** Every case of the policy tables, plus each zone unanswered and answered 不清楚 throughout. */
function answerSets(): [Answers, string][] {
  const out: [Answers, string][] = [
    ...ZHENGZHOU_CASES,
    ...QINGDAO_CASES,
    ...HUZHOU_CASES,
    ...ZHAOQING_CASES,
  ].map((c) => [c.answers, c.asOf ?? AS_OF]);
  for (const city of Object.keys(JURISDICTIONS) as CityId[])
    for (const z of JURISDICTIONS[city].zones) {
      const district = z.districts.find((d) => /^\d{6}$/.test(d)) ?? z.districts[0]!;
      out.push([{ city, district }, asOf]);
      const unknown: Record<string, unknown> = { city, district, birthDate: "1981-03-10" };
      for (const f of FIELD_NAMES) if (FIELD_META[f].unknown) unknown[f] = "unknown";
      out.push([unknown as Answers, asOf]);
      // Durations that fall short (the way forward is a date) and a Qingdao newcomer.
      out.push([
        {
          city,
          district,
          situation: city === "qingdao" ? "moving-in" : undefined,
          hukouRural: true,
          permit: true,
          permitMonths: 3,
          siLast12: 2,
          siTotal: 2,
          renting: true,
          leaseFiled: true,
          rentMonths: 5,
          resideMonths: 4,
          employed: true,
          origin: "other-city",
          urbanArea: true,
          home: "none",
          spouseHome: false,
        } as Answers,
        asOf,
      ]);
    }
  return out;
}

const texts = (v: RouteView): string[] => [
  v.name,
  v.sentence,
  v.verdictLabel,
  v.requirement ?? "",
  v.foldedLabel ?? "",
  v.opens?.dateText ?? "",
  ...[...v.groups, ...v.folded].flatMap((g) => [
    g.where,
    g.quote.text,
    ...g.conditions.flatMap((c) => [c.text, c.value ?? "x"]),
  ]),
  ...v.questions.map((q) => q.title),
];

const UNIT = "(?:个月|個月|周岁|週歲|岁|歲|年)";
/** "个月个月", "週歲週歲", "1 年个月": two units in a row. */
const DOUBLED = new RegExp(`${UNIT}\\s*${UNIT}`);
/** "（你：）", "你：个月", "未回答个月", "undefined": a value that is not there. */
const EMPTY = new RegExp(`你：\\s*(?:$|[）)，。、]|${UNIT})|未回答|undefined|null|NaN`);
const RAW_FIELD = new RegExp(`\\b(${FIELD_NAMES.join("|")})\\b`);

describe("every route of every city reads as words (both scripts, every verdict)", () => {
  for (const [locale, messages] of Object.entries(LOCALES)) {
    it(locale, () => {
      const t = createTranslator({ locale, messages }) as unknown as T;
      const seen = new Map<string, Set<Verdict>>();
      const problems: string[] = [];
      for (const [answers, when] of answerSets()) {
        const e = evaluate(answers, { asOf: when });
        if (!e.jurisdiction) continue;
        const ex = explain(e);
        for (const route of e.routes) {
          const v = routeView({
            route,
            explanation: ex[route.id],
            city: e.jurisdiction,
            answers,
            locale,
            asOf: when,
            t,
          });
          if (!seen.has(route.id)) seen.set(route.id, new Set());
          seen.get(route.id)!.add(route.verdict);
          for (const s of texts(v)) {
            const bad =
              s === ""
                ? null
                : DOUBLED.test(s)
                  ? "doubled unit"
                  : /[¶§{}]|\.txt|\d{3}_[0-9a-f]{16}|policy\.|result\.|citation\./.test(s)
                    ? "raw sign, key or file name"
                    : RAW_FIELD.test(s)
                      ? "raw field name"
                      : EMPTY.test(s)
                        ? "empty value"
                        : null;
            if (bad) problems.push(`${route.id} ${route.verdict}: ${bad}: ${s}`);
          }
          if (v.sentence.trim() === "") problems.push(`${route.id}: no sentence`);
          if (v.groups.length === 0) problems.push(`${route.id} ${route.verdict}: no conditions`);
          // A question is offered only where its answer can still open the route.
          const asks = [...v.groups, ...v.folded].some((g) => g.conditions.some((c) => c.question));
          if (asks && (route.verdict !== "needs-info" || !route.applies))
            problems.push(`${route.id} ${route.verdict}: asks a question that cannot change it`);
        }
      }
      expect(problems.slice(0, 20)).toEqual([]);
      // Every route of every city was rendered, open and not open.
      const routeIds = Object.values(JURISDICTIONS).flatMap((j) => j.routes.map((r) => r.id));
      for (const id of routeIds) {
        const verdicts = seen.get(id);
        expect(verdicts, id).toBeDefined();
        if (id !== "qd-county")
          expect([...verdicts!].sort(), id).toEqual(["eligible", "ineligible", "needs-info"]);
      }
    });
  }

  it("a 郑州 renter's eligible rental route says it in one sentence with the months once", () => {
    const answers: Answers = {
      city: "zhengzhou",
      district: "410105",
      origin: "other-city",
      renting: true,
      leaseFiled: true,
      rentMonths: 14,
    };
    const e = evaluate(answers, { asOf });
    const route = e.routes.find((r) => r.id === "zz-rental")!;
    const t = createTranslator({ locale: "zh-Hans", messages: hans }) as unknown as T;
    const v = routeView({
      route,
      explanation: explain(e)[route.id],
      city: "zhengzhou",
      answers,
      locale: "zh-Hans",
      asOf,
      t,
    });
    expect(v.sentence).toBe("你在金水区租房并登记已 14 个月，满足“租赁住房满 1 年”的要求，可以申请。");
    // One quote per clause: the four conditions cite three clauses.
    expect(v.groups.length).toBeLessThan(v.groups.flatMap((g) => g.conditions).length);
    expect(v.groups.map((g) => g.where)).toContain(
      "郑州日报报道《社保缴够6个月、租房满一年 均可落户郑州》，第三部分第一段",
    );
  });

  it("a route short of months says from which day it opens", () => {
    const answers: Answers = {
      city: "zhengzhou",
      district: "410105",
      origin: "other-city",
      renting: true,
      leaseFiled: true,
      rentMonths: 8,
    };
    const e = evaluate(answers, { asOf });
    const route = e.routes.find((r) => r.id === "zz-rental")!;
    const t = createTranslator({ locale: "zh-Hans", messages: hans }) as unknown as T;
    const v = routeView({
      route,
      explanation: explain(e)[route.id],
      city: "zhengzhou",
      answers,
      locale: "zh-Hans",
      asOf,
      t,
    });
    expect(v.opens?.date).toBe("2027-04-02");
    expect(v.sentence).toBe(
      "你在金水区租房并登记已 8 个月，还差 4 个月。按现在的情况，2027 年 4 月 2 日起可以申请。",
    );
  });
});
