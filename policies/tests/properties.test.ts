import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { answersSchema } from "../answers";
import { DIVISIONS } from "../divisions";
import { evaluate, relevantFields } from "../evaluate";
import {
  type AnswerField,
  type Answers,
  EDU,
  FIELD_META,
  FIELD_NAMES,
  SKILL,
  TALENT,
  TITLE,
} from "../fields";
import { answersArb, asOfArb, valueArb } from "./arbitraries";

const verdicts = (a: Answers, asOf: string) =>
  Object.fromEntries(evaluate(a, { asOf }).routes.map((r) => [r.id, r.verdict]));
/** Verdicts of the routes that apply to the applicant's situation (the questionnaire asks only for them). */
const applying = (a: Answers, asOf: string) =>
  Object.fromEntries(
    evaluate(a, { asOf })
      .routes.filter((r) => r.applies)
      .map((r) => [r.id, r.verdict]),
  );

const MONTHS = FIELD_NAMES.filter((f) => FIELD_META[f].kind === "months");
const LADDERS: readonly [AnswerField, readonly string[]][] = [
  ["edu", EDU],
  ["title", TITLE],
  ["skill", SKILL],
  ["talentLevel", TALENT],
];

describe("properties", () => {
  it("generated answers are schema-valid and evaluate never throws", () => {
    fc.assert(
      fc.property(answersArb, asOfArb, (a, asOf) => {
        expect(answersSchema.safeParse(a).success).toBe(true);
        const e = evaluate(a, { asOf });
        for (const r of e.routes) {
          expect(["eligible", "ineligible", "needs-info"]).toContain(r.verdict);
          if (r.verdict !== "needs-info") expect(r.missing).toEqual([]);
        }
        relevantFields(a, { asOf });
      }),
      { numRuns: 3000 },
    );
  });

  it("gaining a qualification never turns an eligible route ineligible", () => {
    const gain = fc.oneof(
      fc.record({ field: fc.constantFrom(...MONTHS), by: fc.integer({ min: 1, max: 60 }) }),
      fc.record({
        ladder: fc.integer({ min: 0, max: LADDERS.length - 1 }),
        by: fc.integer({ min: 1, max: 5 }),
      }),
    );
    fc.assert(
      fc.property(answersArb, asOfArb, gain, (a, asOf, g) => {
        const b: Record<string, unknown> = { ...a };
        if ("field" in g) {
          const v = a[g.field];
          if (typeof v !== "number") return;
          b[g.field] = Math.min(v + g.by, FIELD_META[g.field].max!);
        } else {
          const [f, ladder] = LADDERS[g.ladder]!;
          const i = ladder.indexOf(a[f] as string);
          if (i < 0) return;
          b[f] = ladder[Math.min(i + g.by, ladder.length - 1)];
        }
        const before = verdicts(a, asOf);
        const after = verdicts(b as Answers, asOf);
        for (const [id, v] of Object.entries(before))
          if (v === "eligible") expect(after[id]).toBe("eligible");
      }),
      { numRuns: 3000 },
    );
  });

  it("the questionnaire stops once no answer can change any verdict", () => {
    fc.assert(
      fc.property(answersArb, (full) => {
        const asOf = "2025-06-01";
        const district = full.district ?? DIVISIONS.find((d) => d.city === full.city)!.id;
        const a: Record<string, unknown> = { city: full.city, district };
        let steps = 0;
        for (let next = relevantFields(a, { asOf }); next.length > 0; next = relevantFields(a, { asOf })) {
          const f = next[0]!;
          expect(a[f]).toBeUndefined();
          // Answer from the generated applicant, or "unknown"/a value when the generator left it out.
          a[f] = full[f] ?? (FIELD_META[f].unknown ? "unknown" : fc.sample(valueArb(f), 1)[0]);
          steps++;
          expect(steps).toBeLessThanOrEqual(FIELD_NAMES.length);
        }
        const settled = applying(a as Answers, asOf);
        for (const f of FIELD_NAMES) {
          if (a[f] !== undefined || f === "city" || f === "district" || f === "situation") continue;
          // Moving in implies a hukou elsewhere: origin is read from the situation, never asked.
          if (f === "origin" && a.situation !== undefined && a.situation !== "returning") continue;
          for (const v of fc.sample(valueArb(f), 4))
            expect(applying({ ...a, [f]: v } as Answers, asOf)).toEqual(settled);
        }
      }),
      { numRuns: 300 },
    );
  });
});
