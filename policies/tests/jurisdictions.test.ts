import { describe, expect, it } from "vitest";
import { evaluate } from "../evaluate";
import { HUZHOU_CASES } from "./cases/huzhou";
import { QINGDAO_CASES } from "./cases/qingdao";
import { AS_OF, type Case } from "./cases/types";
import { ZHAOQING_CASES } from "./cases/zhaoqing";
import { ZHENGZHOU_CASES } from "./cases/zhengzhou";

const run = (cases: readonly Case[]) =>
  it.each(cases.map((c) => [c.name, c] as const))("%s", (_n, c) => {
    const e = evaluate(c.answers, { asOf: c.asOf ?? AS_OF });
    for (const [route, want] of Object.entries(c.expect)) {
      const r = e.routes.find((x) => x.id === route);
      if (want === "absent") expect(r, route).toBeUndefined();
      else {
        expect(r, route).toBeDefined();
        expect(r!.verdict, route).toBe(want);
        // Every verdict explains itself: one reason per condition, each with a citation.
        expect(r!.reasons.length).toBeGreaterThan(0);
        if (want === "needs-info") expect(r!.reasons.some((x) => x.status === "unknown")).toBe(true);
        if (want === "ineligible") expect(r!.reasons.some((x) => x.status === "unmet")).toBe(true);
      }
    }
    for (const [route, fields] of Object.entries(c.missing ?? {}))
      expect(e.routes.find((x) => x.id === route)!.missing).toEqual(fields);
  });

describe("郑州 case table", () => run(ZHENGZHOU_CASES));
describe("青岛 case table", () => run(QINGDAO_CASES));
describe("湖州 case table", () => run(HUZHOU_CASES));
describe("肇庆 case table", () => run(ZHAOQING_CASES));

describe("coverage of the case tables", () => {
  const all = [...ZHENGZHOU_CASES, ...QINGDAO_CASES, ...HUZHOU_CASES, ...ZHAOQING_CASES];
  it("reaches every route both ways (the delegated county route can only need info)", () => {
    const seen = new Map<string, Set<string>>();
    for (const c of all)
      for (const [r, v] of Object.entries(c.expect)) {
        if (!seen.has(r)) seen.set(r, new Set());
        seen.get(r)!.add(v);
      }
    for (const [r, v] of seen) {
      if (r === "qd-county") expect([...v]).toEqual(["needs-info"]);
      else {
        expect(v.has("eligible"), `${r} eligible`).toBe(true);
        expect(v.has("ineligible"), `${r} ineligible`).toBe(true);
      }
    }
    expect(seen.size).toBe(33);
  });
});

describe("evaluate: jurisdiction-level behaviour", () => {
  it("asks for the city first", () => {
    expect(evaluate({}, { asOf: AS_OF }).missing).toEqual(["city"]);
  });
  it("asks for the district of a multi-zone city", () => {
    const e = evaluate({ city: "qingdao" }, { asOf: AS_OF });
    expect(e.missing).toEqual(["district"]);
    expect(e.routes).toEqual([]);
  });
  it("is not in force before Zhengzhou's assumed date", () => {
    const e = evaluate({ city: "zhengzhou", district: "410102" }, { asOf: "2017-12-31" });
    expect(e.status).toBe("not-in-force");
    expect(e.routes).toEqual([]);
  });
  it("marks Huzhou as a draft", () => {
    expect(evaluate({ city: "huzhou" }, { asOf: AS_OF }).status).toBe("draft");
  });
  it("carries Zhaoqing's abolished points system and family-planning check as notes", () => {
    const ids = evaluate({ city: "zhaoqing" }, { asOf: AS_OF }).notes.map((n) => n.id);
    expect(ids).toContain("zq-no-points");
    expect(ids).toContain("zq-no-family-planning");
  });
  it("reports threshold, actual value and citation for the issue's example", () => {
    const e = evaluate(
      { city: "qingdao", district: "370202", title: "intermediate", birthDate: "1978-01-01" },
      { asOf: AS_OF },
    );
    const r = e.routes.find((x) => x.id === "qd-talent")!;
    const age = r.reasons.find((x) => x.id === "qd-intermediate-age")!;
    expect(age.status).toBe("unmet");
    expect(age.actual).toBe(47);
    expect(age.threshold).toMatchObject({ bound: "max", value: 45, term: "以下", inclusive: true });
    expect(age.citation).toMatchObject({ source: "001_213b074b70c971b1.txt", clause: "§二(一)3" });
  });
  it("lists materials per person moving along, only for members the route allows", () => {
    const base = { city: "zhengzhou", district: "410102", siLast12: 6 } as const;
    const alone = evaluate(base, { asOf: AS_OF }).routes.find((r) => r.id === "zz-insurance")!;
    expect(alone.materials.every((m) => m.person === "applicant")).toBe(true);
    const family = evaluate({ ...base, withSpouse: true, withChildren: 1 }, { asOf: AS_OF }).routes.find(
      (r) => r.id === "zz-insurance",
    )!;
    // Zhengzhou names one 迁入人关系证明 per member: no marriage or birth certificate on top of it.
    expect(family.materials.some((m) => m.id === "marriage-certificate")).toBe(false);
    const named = family.materials.find((m) => m.id === "relation-proof-spouse" && m.person === "spouse")!;
    expect(named.basis).toBe("named");
    expect(named.unless).toBe("hukou-book-shows-relation");
    expect(family.materials.some((m) => m.person === "child" && m.id === "relation-proof-child")).toBe(true);
    // Qingdao's unit route lets nobody move along, and the unit applies: nothing to bring.
    const unit = evaluate(
      { city: "qingdao", district: "370202", withSpouse: true, employed: true, keyProject: true },
      { asOf: AS_OF },
    ).routes.find((r) => r.id === "qd-unit")!;
    expect(unit.materials).toEqual([]);
    expect(unit.appliedBy).toBe("employer");
  });
  it("orders address options as each text does", () => {
    const qd = evaluate({ city: "qingdao", district: "370202" }, { asOf: AS_OF }).routes.find(
      (r) => r.id === "qd-talent",
    )!;
    expect(qd.addresses.map((a) => a.id)).toEqual([
      "qd-own-home",
      "qd-relative-household",
      "qd-unit-collective",
      "qd-talent-collective",
      "qd-community-collective",
    ]);
    const zz = evaluate({ city: "zhengzhou", district: "410102" }, { asOf: AS_OF }).routes[0]!;
    expect(zz.addresses.map((a) => [a.id, a.order, a.consent])).toEqual([
      ["zz-unit-collective", 1, "employer"],
      ["zz-rented-home", 1, "landlord"],
      ["zz-relative-home", 1, "householder"],
      ["zz-community-collective", 2, null],
    ]);
  });
});
