import { describe, expect, it } from "vitest";
import { evaluate } from "@/policies";
import { ZHENGZHOU_RENTER } from "@/policies/tests/applicants";
import { allItemKeys, buildChecklist, encodeTicks, readTicks } from "./items";

const asOf = "2026-11-22";
const answers = {
  ...ZHENGZHOU_RENTER,
  withSpouse: true,
  withChildren: 2,
  withParents: 0,
} as const;

describe("checklist", () => {
  const route = evaluate(answers, { asOf }).routes.find((r) => r.id === "zz-rental")!;
  const [section] = buildChecklist([route], answers);

  it("groups documents by person: applicant, spouse, each child", () => {
    const people = section!.groups.map((g) => g.person.key);
    expect(people[0]).toBe("a");
    expect(people).toContain("s");
    expect(people).toContain("c1");
    expect(people).toContain("c2");
    expect(people).not.toContain("p1");
  });

  it("lists the lease the rental route names for the applicant", () => {
    const applicant = section!.groups.find((g) => g.person.key === "a")!;
    expect(applicant.items.some((i) => i.material.basis === "named")).toBe(true);
    expect(applicant.items.map((i) => i.key)).toContain("hukou-book_a");
  });

  it("reads ticks from either link form and ignores ones not on this checklist", () => {
    const keys = allItemKeys([section!]);
    const { ticks, dropped } = readTicks(["hukou-book_a.id-card_a", "made-up_a"], keys);
    expect([...ticks].sort()).toEqual(["hukou-book_a", "id-card_a"]);
    expect(dropped).toBe(1);
    expect(encodeTicks(ticks, keys).split(".").sort()).toEqual(["hukou-book_a", "id-card_a"]);
  });
});
