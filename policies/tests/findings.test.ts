// Issue 12, requirement 5 and 6: what a clause-by-clause reading of the texts found wrong or missing.
// Each test fails on the library as it was before (see the issue note for the old behaviour).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { evaluate } from "../evaluate";
import { huZheTransfer } from "../hu-zhe-transfer";
import { JURISDICTIONS } from "../registry";

const asOf = "2026-12-01";
const route = (a: Parameters<typeof evaluate>[0], id: string) =>
  evaluate(a, { asOf }).routes.find((r) => r.id === id)!;
const messages = JSON.parse(
  readFileSync(path.join(import.meta.dirname, "../../messages/zh-Hans.json"), "utf8"),
) as { policy: { notes: Record<string, string> } };

describe("requirement 5: the texts read clause by clause", () => {
  it("青岛 §二(一): a student registers where the school decides, not by the five-step order", () => {
    const r = route(
      { city: "qingdao", district: "370202", birthDate: "2004-01-01", edu: "below", student: "abroad" },
      "qd-talent",
    );
    expect(r.verdict).toBe("eligible");
    expect(r.addresses.map((a) => a.id)).toEqual(["qd-school-collective", "qd-city-talent-collective"]);
    expect(r.chooseAddress).toBe(false);
    // A graduate keeps the order.
    const grad = route(
      { city: "qingdao", district: "370202", birthDate: "1990-01-01", edu: "master" },
      "qd-talent",
    );
    expect(grad.addresses[0]!.id).toBe("qd-own-home");
    expect(grad.chooseAddress).toBe(true);
  });

  it("青岛 §二(四): 赋权激励 is applied for by the unit, the person brings nothing", () => {
    const r = route({ city: "qingdao", district: "370202", employed: true, keyProject: true }, "qd-unit");
    expect(r.appliedBy).toBe("employer");
    expect(r.materials).toEqual([]);
    expect(r.notes.map((n) => n.id)).toContain("qd-unit-ask-employer");
  });

  it("湖州 talent: a county-level recognition from elsewhere does not make the route open", () => {
    const r = route(
      {
        city: "huzhou",
        district: "330502",
        urbanArea: true,
        edu: "below",
        title: "none",
        skill: "none",
        talentLevel: "county",
      },
      "hz-talent",
    );
    expect(r.verdict).toBe("needs-info");
    expect(r.delegated).toBe(true);
    expect(r.reasons.map((x) => x.id)).toContain("hz-talent-local-conditions");
  });

  it("湖州 合法稳定住所 includes 居住房屋承租权", () => {
    const r = route(
      { city: "huzhou", district: "330502", urbanArea: true, home: "none", renting: true, tenancy: "public" },
      "hz-home",
    );
    expect(r.verdict).toBe("eligible");
    expect(r.materials.map((m) => m.id)).toContain("public-tenancy-proof");
  });

  it("湖州 family route: spouse, minor and unmarried children may move along (02 末段 covers it)", () => {
    const r = route(
      {
        city: "huzhou",
        district: "330502",
        urbanArea: true,
        joins: "spouse",
        coResident: true,
        withChildren: 1,
      },
      "hz-family",
    );
    expect(r.family.map((f) => f.member)).toEqual(["spouse", "minor-child", "unmarried-child"]);
    expect(r.materials.some((m) => m.person === "child")).toBe(true);
  });

  it("湖州 居住证互认: the notes keep their condition 符合合法稳定居住、就业和连续就读条件之一", () => {
    for (const id of ["hz-permit-recognition", "hz-registration-recognition"])
      expect(messages.policy.notes[id]).toContain("符合合法稳定居住、就业和连续就读条件之一");
  });

  it("郑州 rental: the application is made at the rented home's station", () => {
    const r = route(
      {
        city: "zhengzhou",
        district: "410105",
        origin: "other-city",
        renting: true,
        leaseFiled: true,
        rentMonths: 12,
      },
      "zz-rental",
    );
    expect(r.applyAt).toBe("rented-home");
    expect(r.notes.find((n) => n.id === "zz-rent-where")?.checklist).toBe(true);
  });

  it("郑州: what the police check online is not asked for", () => {
    const permit = route(
      { city: "zhengzhou", district: "410105", hukouRural: true, permit: true, permitMonths: 12 },
      "zz-permit",
    );
    const si = route({ city: "zhengzhou", district: "410105", siLast12: 6 }, "zz-insurance");
    expect(permit.materials.map((m) => m.id)).not.toContain("residence-permit");
    expect(si.materials.map((m) => m.id)).not.toContain("social-insurance-record");
  });

  it("郑州: when the 户口簿 shows the relation, no relation proof and no book of the member's own", () => {
    const a = {
      city: "zhengzhou",
      district: "410105",
      siLast12: 6,
      withSpouse: true,
      withChildren: 1,
    } as const;
    const shown = route({ ...a, relationShown: true }, "zz-insurance");
    const notShown = route({ ...a, relationShown: false }, "zz-insurance");
    expect(shown.materials.filter((m) => m.person !== "applicant").map((m) => m.id)).toEqual(["id-card"]);
    expect(notShown.materials.map((m) => m.id)).toContain("relation-proof-spouse");
    expect(notShown.materials.map((m) => m.id)).toContain("relation-proof-child");
  });
});

describe("requirement 6: dates as the sources say", () => {
  it("郑州: 郑州日报 of 2019-12-11 (即日起)", () => {
    expect(JURISDICTIONS.zhengzhou.effectiveFrom).toBe("2019-12-11");
    expect(JURISDICTIONS.zhengzhou.dateBasis).toBe("publication");
    expect(evaluate({ city: "zhengzhou", district: "410105" }, { asOf: "2019-12-10" }).status).toBe(
      "not-in-force",
    );
    expect(evaluate({ city: "zhengzhou", district: "410105" }, { asOf: "2019-12-11" }).status).toBe(
      "in-force",
    );
  });

  it("肇庆 (issue day of 肇府〔2016〕14号 unknown), 湖州 (year not in the text) and 沪浙 (month not in the text) are unverified", () => {
    expect(JURISDICTIONS.zhaoqing.dateBasis).toBe("unverified");
    expect(JURISDICTIONS.huzhou.dateBasis).toBe("unverified");
    expect(huZheTransfer.dateBasis).toBe("unverified");
    expect(JURISDICTIONS.qingdao.dateBasis).toBe("text");
  });
});
