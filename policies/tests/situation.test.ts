import { describe, expect, it } from "vitest";
import { evaluate, relevantFields } from "../evaluate";
import { explain } from "../explain";
import { type AnswerField, type Answers, FIELD_META, SITUATIONS } from "../fields";
import { QINGDAO_ZONES } from "../qingdao";

const asOf = "2025-06-01";

/** Everything the questionnaire would ask, answering 不清楚 wherever it can. */
function asked(start: Answers): AnswerField[] {
  const a = { ...start } as Record<string, unknown>;
  const out: AnswerField[] = [];
  for (
    let open = relevantFields(a as Answers, { asOf });
    open.length > 0;
    open = relevantFields(a as Answers, { asOf })
  ) {
    const f = open[0]!;
    out.push(f);
    a[f] = f === "birthDate" ? "1990-01-01" : FIELD_META[f].unknown ? "unknown" : FIELD_META[f].values?.[0];
  }
  return out;
}

describe("the applicant's situation (青岛 §四, §五(三))", () => {
  it("is asked right after the city in 青岛, never elsewhere", () => {
    expect(relevantFields({ city: "qingdao" }, { asOf })).toEqual(["situation"]);
    expect(relevantFields({ city: "qingdao", situation: "moving-in" }, { asOf })).toEqual(["district"]);
    // A link from before the question (district, no situation) keeps its answers and every route.
    const old = relevantFields({ city: "qingdao", district: "370202" }, { asOf });
    expect(old).not.toContain("situation");
    expect(old).toContain("gradCollective");
    for (const city of ["zhengzhou", "huzhou", "zhaoqing"] as const)
      expect(asked({ city, district: city === "zhengzhou" ? "410105" : undefined })).not.toContain(
        "situation",
      );
  });

  it.each(QINGDAO_ZONES.map((z) => [z.id, z.districts[0]!] as const))(
    "a newcomer in %s is never asked about 高校集体户, 宅基地 or 返乡",
    (_zone, district) => {
      const q = asked({ city: "qingdao", situation: "moving-in", district });
      for (const f of ["gradCollective", "returnWork", "homestead", "stableIncome", "returnLive", "origin"])
        expect(q).not.toContain(f);
      // …while someone returning to the place of origin is.
      const back = asked({ city: "qingdao", situation: "returning", district });
      expect(back).toEqual(expect.arrayContaining(["returnWork", "homestead"]));
    },
  );

  it("routes for other situations are still judged, marked as not applying", () => {
    const e = evaluate({ city: "qingdao", situation: "moving-in", district: "370202" }, { asOf });
    const applies = Object.fromEntries(e.routes.map((r) => [r.id, r.applies]));
    expect(applies["qd-talent"]).toBe(true);
    expect(applies["qd-spouse"]).toBe(true);
    expect(applies["qd-local-move"]).toBe(false);
    expect(applies["qd-return-work"]).toBe(false);
    expect(applies["qd-return-homestead"]).toBe(false);
    expect(applies["qd-return-rural"]).toBe(true);
    const local = evaluate(
      { city: "qingdao", situation: "local", district: "370202", home: "residential" },
      { asOf },
    );
    expect(local.routes.find((r) => r.id === "qd-local-move")).toMatchObject({
      applies: true,
      verdict: "eligible",
    });
    expect(local.routes.find((r) => r.id === "qd-spouse")!.applies).toBe(false);
  });

  it("moving in means the hukou is elsewhere: origin is read from it, an explicit answer wins", () => {
    const spouse: Answers = {
      city: "qingdao",
      situation: "moving-in",
      district: "370202",
      joins: "spouse",
      sponsorReg: "home",
    };
    expect(evaluate(spouse, { asOf }).routes.find((r) => r.id === "qd-spouse")!.verdict).toBe("eligible");
    expect(
      evaluate({ ...spouse, origin: "same-city" }, { asOf }).routes.find((r) => r.id === "qd-spouse")!
        .verdict,
    ).toBe("ineligible");
    for (const s of SITUATIONS)
      expect(evaluate({ city: "qingdao", situation: s }, { asOf }).routes).toEqual([]);
  });
});

describe("explain: the branch that decides", () => {
  it("an open route shows the one branch that is met", () => {
    const e = evaluate(
      {
        city: "qingdao",
        district: "370202",
        birthDate: "1980-06-01",
        edu: "bachelor",
        title: "intermediate",
      },
      { asOf },
    );
    const r = e.routes.find((x) => x.id === "qd-talent")!;
    const ids = explain(e)["qd-talent"]!.branch.map((i) => r.reasons[i]!.id);
    expect(ids).toEqual(["qd-edu-bachelor", "qd-edu-bachelor-age"]);
  });
  it("a route short of months: the nearest way forward is the duration alone", () => {
    const e = evaluate(
      {
        city: "zhengzhou",
        district: "410105",
        origin: "other-city",
        renting: true,
        leaseFiled: true,
        rentMonths: 8,
      },
      { asOf },
    );
    const r = e.routes.find((x) => x.id === "zz-rental")!;
    expect(explain(e)["zz-rental"]!.options[0]!.map((i) => r.reasons[i]!.id)).toEqual(["zz-rent-months"]);
  });
});
