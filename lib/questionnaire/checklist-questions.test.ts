import { describe, expect, it } from "vitest";
import { ZHENGZHOU_RENTER } from "@/policies/tests/applicants";
import { addressChoices } from "./checklist-questions";
import { replay } from "./flow";
import { optionsFor } from "./options";

const asOf = "2026-12-01";
const family = { withSpouse: true, withChildren: 1, withParents: 0 } as const;
// The renter with the other two routes closed, so the questionnaire reaches the family questions.
const RENTER = { ...ZHENGZHOU_RENTER, hukouRural: false, siLast12: 0 } as const;

describe("questions that decide the checklist (after who moves along)", () => {
  it("郑州: asks the registration address, then whether the 户口簿 shows the relation", () => {
    expect(replay({ ...RENTER, ...family }, asOf).next).toBe("regAddress");
    expect(replay({ ...RENTER, ...family, regAddress: "rented" }, asOf).next).toBe("relationShown");
    const done = replay({ ...RENTER, ...family, regAddress: "rented", relationShown: true }, asOf);
    expect(done.next).toBeNull();
    expect(done.path.slice(-2)).toEqual(["regAddress", "relationShown"]);
  });

  it("郑州 alone: no relation question — nobody needs a relation proof", () => {
    const alone = { withSpouse: false, withChildren: 0, withParents: 0, regAddress: "unit" } as const;
    expect(replay({ ...RENTER, ...alone }, asOf).next).toBeNull();
  });

  it("offers the places the text offers, in its order, named as that city names them", () => {
    expect(addressChoices({ ...ZHENGZHOU_RENTER }, asOf).map((a) => a.id)).toEqual([
      "zz-unit-collective",
      "zz-rented-home",
      "zz-relative-home",
      "zz-community-collective",
    ]);
    expect(optionsFor("regAddress", { ...ZHENGZHOU_RENTER }, "zh-Hans").map((o) => o.labelKey)).toEqual([
      "policy.addresses.zz-unit-collective",
      "policy.addresses.zz-rented-home",
      "policy.addresses.zz-relative-home",
      "policy.addresses.zz-community-collective",
      "policy.options.regAddress.unknown",
    ]);
  });

  it("青岛: not asked where the text fixes the place (a home owner; a student)", () => {
    const home = { city: "qingdao", district: "370211", home: "residential" } as const;
    const state = replay({ ...home, ...family }, asOf);
    expect(state.path).not.toContain("regAddress");
    const student = {
      city: "qingdao",
      district: "370202",
      birthDate: "2004-01-01",
      edu: "below",
      title: "none",
      skill: "none",
      talentLevel: "none",
      student: "domestic",
    } as const;
    expect(addressChoices(student, asOf).map((a) => a.id)).not.toContain("qd-school-collective");
  });

  it("drops an address answer no open route asks for (a stale link)", () => {
    const state = replay(
      { city: "qingdao", district: "370211", home: "residential", ...family, regAddress: "unit" },
      asOf,
    );
    expect(state.answers.regAddress).toBeUndefined();
  });
});
