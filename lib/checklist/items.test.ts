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

  it("groups documents by person: applicant, spouse, each child moving along", () => {
    const people = section!.groups.map((g) => g.person.key);
    expect(people).toEqual(["a", "s", "c1", "c2"]);
    // Two children: each has their own relation proof, numbered.
    const kids = section!.groups.filter((g) => g.person.person === "child");
    expect(kids.map((g) => g.person.index)).toEqual([1, 2]);
    for (const g of kids) expect(g.items.map((i) => i.material?.id)).toContain("relation-proof-child");
  });

  it("lists the lease the rental route names for the applicant", () => {
    const applicant = section!.groups.find((g) => g.person.key === "a")!;
    expect(applicant.items.some((i) => i.material?.basis === "named")).toBe(true);
    expect(applicant.items.map((i) => i.key)).toContain("hukou-book_a");
    expect(applicant.items.map((i) => i.key)).toContain("lease-contract_a");
  });

  it("counts a group of alternatives as one item", () => {
    // Address not chosen: the four places are one group, one tick.
    const a = { ...ZHENGZHOU_RENTER, withSpouse: false, withChildren: 0, withParents: 0 } as const;
    const r = evaluate(a, { asOf }).routes.find((x) => x.id === "zz-rental")!;
    const keys = allItemKeys(buildChecklist([r], a));
    const groups = [...keys].filter((k) => k.startsWith("@"));
    expect(groups).toEqual(["@zz-unit-collective~zz-rented-home~zz-relative-home~zz-community-collective_a"]);
    expect(keys.size).toBe(4); // 户口簿, 身份证, 租赁合同, one group
  });

  it("reads ticks from either link form and ignores ones not on this checklist", () => {
    const keys = allItemKeys([section!]);
    const { ticks, dropped } = readTicks(["hukou-book_a.id-card_a", "made-up_a"], keys);
    expect([...ticks].sort()).toEqual(["hukou-book_a", "id-card_a"]);
    expect(dropped).toBe(1);
    expect(encodeTicks(ticks, keys).split(".").sort()).toEqual(["hukou-book_a", "id-card_a"]);
  });
});
