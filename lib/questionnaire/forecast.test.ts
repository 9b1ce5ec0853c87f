import { describe, expect, it } from "vitest";
import { evaluate, JURISDICTIONS, relevantFields } from "@/policies";
import { type AnswerField, type Answers, FIELD_META, SITUATIONS } from "@/policies/fields";
import type { CityId } from "@/policies/types";
import { expectedAfter, progressOf, replay } from "./flow";

const asOf = "2026-12-02";
const BIRTH_DATES = ["1981-03-10", "2012-01-01", "1995-01-01", "1970-01-01", "1960-01-01"];

/** A small seeded generator: the same walks on every run. */
function rng(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

function randomAnswer(field: AnswerField, r: () => number): unknown {
  const m = FIELD_META[field];
  if (m.unknown && r() < 0.25) return "unknown";
  switch (m.kind) {
    case "boolean":
      return r() < 0.5;
    case "enum":
      return m.values![Math.floor(r() * m.values!.length)];
    case "months":
    case "number":
      return Math.floor(r() * Math.min(m.max!, 30));
    case "date":
      return BIRTH_DATES[Math.floor(r() * BIRTH_DATES.length)];
    default:
      return undefined;
  }
}

/** How many questions a real path from `answers` asks when every answer keeps routes undecided. */
function longestWalk(answers: Answers): number {
  let best = 0;
  for (const birthDate of BIRTH_DATES) {
    const a = { ...answers } as Record<string, unknown>;
    let n = 0;
    for (
      let open = relevantFields(a as Answers, { asOf });
      open.length > 0;
      open = relevantFields(a as Answers, { asOf })
    ) {
      const f = open[0]!;
      a[f] = f === "birthDate" ? birthDate : FIELD_META[f].unknown ? "unknown" : randomAnswer(f, rng(n));
      n++;
    }
    // The family questions follow while a route that applies may open.
    if (evaluate(a as Answers, { asOf }).routes.some((r) => r.applies && r.verdict !== "ineligible")) n += 3;
    best = Math.max(best, n);
  }
  return best;
}

function starts(): Answers[] {
  const out: Answers[] = [];
  for (const city of Object.keys(JURISDICTIONS) as CityId[]) {
    const j = JURISDICTIONS[city];
    for (const z of j.zones)
      for (const situation of j.situations ? SITUATIONS : [undefined])
        out.push({ city, situation, district: z.districts[0]! } as Answers);
  }
  return out;
}

describe("the forecast of questions walks every city's paths honestly", () => {
  it.each(starts().map((s) => [`${s.city} ${s.situation ?? ""} ${s.district}`, s] as const))(
    "%s",
    (_name, start) => {
      for (let seed = 1; seed <= 6; seed++) {
        const r = rng(seed * 7919);
        let given: Answers = { ...start };
        let before: { total: number; most: number } | null = null;
        for (let step = 0; step < 60; step++) {
          const state = replay(given, asOf);
          if (state.next === null) break;
          const total = progressOf(state, state.next, asOf).total;
          if (total === null) {
            given = { ...given, [state.next]: randomAnswer(state.next, r) } as Answers;
            continue;
          }
          const current = state.path.length + 1;
          const most = current + state.remaining;
          // Never above what a real path can still ask.
          expect(total, `${state.next} step ${step}`).toBeLessThanOrEqual(
            current + longestWalk(state.answers) - 0,
          );
          expect(total).toBeLessThanOrEqual(most);
          if (before) {
            // The most that can come never grows; the estimate grows only by questions the answer opened
            // (those the "no / none" answer it assumed would have closed).
            expect(most).toBeLessThanOrEqual(before.most);
            expect(total - before.total).toBeLessThanOrEqual(Math.max(0, most - before.total));
          }
          before = { total, most };
          given = { ...given, [state.next]: randomAnswer(state.next, r) } as Answers;
        }
      }
    },
  );

  it("a 青岛 newcomer is told about a dozen questions, not two dozen", () => {
    const state = replay({ city: "qingdao", situation: "moving-in", district: "370212" }, asOf);
    expect(state.next).toBe("birthDate");
    const { total } = progressOf(state, "birthDate", asOf);
    expect(total).toBeLessThanOrEqual(16);
    expect(expectedAfter(state, asOf)).toBeGreaterThan(3);
  });
});
