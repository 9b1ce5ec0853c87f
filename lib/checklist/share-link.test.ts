import { describe, expect, it } from "vitest";
import { decodeAnswers } from "@/lib/answers-url/codec";
import { SHORT_KEYS } from "@/lib/answers-url/keys";
import { evaluate } from "@/policies";
import type { Answers } from "@/policies/fields";
import { allItemKeys, buildChecklist } from "./items";
import { decodeSharedChecklist, encodeSharedChecklist, SHARE_KEYS } from "./share-link";

const asOf = "2026-12-01";

/** The shared link of one route's checklist, as the checklist page builds it. */
const shareOf = (a: Answers, routeId: string, ticks = "") => {
  const r = evaluate(a, { asOf }).routes.find((x) => x.id === routeId)!;
  const [section] = buildChecklist([r], a);
  return encodeSharedChecklist(
    { city: a.city!, district: a.district, route: routeId, address: r.address },
    section!,
    ticks,
  );
};

// A Zhengzhou applicant whose answers an HR office must not learn.
const applicant: Answers = {
  city: "zhengzhou",
  district: "410105",
  birthDate: "1979-11-22",
  origin: "other-city",
  hukouRural: true,
  permit: true,
  permitMonths: 30,
  siLast12: 7,
  renting: true,
  leaseFiled: true,
  rentMonths: 14,
  withSpouse: true,
  withChildren: 2,
  withParents: 0,
  regAddress: "unit",
  relationShown: false,
};

describe("the shared checklist link (v=2) carries the checklist, not the answers", () => {
  const query = shareOf(applicant, "zz-insurance", "hukou-book_a.id-card_a");
  const params = new URLSearchParams(query);

  it("holds only list keys: city, district, route, address, items, checksum, ticks", () => {
    expect([...new Set(params.keys())].sort()).toEqual(["ad", "c", "d", "i", "rt", "t", "v", "z"]);
    expect(params.get("v")).toBe("2");
    // Read as an answers link, nothing but city and district survives.
    expect(decodeAnswers(params).answers).toEqual({ city: "zhengzhou", district: "410105" });
    for (const field of [
      "birthDate",
      "hukouRural",
      "siLast12",
      "permitMonths",
      "married",
      "stableIncome",
    ] as const)
      expect(params.has(SHORT_KEYS[field])).toBe(false);
    expect(query).not.toMatch(/1979|11-22|hukouRural|siLast12/);
  });

  it("the answers cannot be recovered: applicants who differ only in them share the same link", () => {
    const others: Answers[] = [
      { ...applicant, birthDate: "2001-02-03" },
      { ...applicant, hukouRural: false, permit: false },
      { ...applicant, siLast12: 12 },
      { ...applicant, origin: "same-city", renting: false },
    ];
    for (const a of others) expect(shareOf(a, "zz-insurance", "hukou-book_a.id-card_a")).toBe(query);
  });

  it("decodes to the same checklist: people, documents, consents, groups and ticks", () => {
    const r = evaluate(applicant, { asOf }).routes.find((x) => x.id === "zz-insurance")!;
    const [section] = buildChecklist([r], applicant);
    const shared = decodeSharedChecklist(params)!;
    expect(shared.route).toBe("zz-insurance");
    expect(shared.address).toBe("zz-unit-collective");
    expect(shared.section.groups.map((g) => [g.person.key, g.person.index])).toEqual([
      ["a", null],
      ["s", null],
      ["c1", 1],
      ["c2", 2],
    ]);
    expect([...allItemKeys([shared.section])]).toEqual([...allItemKeys([section!])]);
    const unitConsent = shared.section.groups[0]!.items.find((i) => i.material?.id === "unit-consent")!;
    expect(unitConsent.material!.issuer).toBe("employer");
  });

  it("keeps a group of alternatives as one item with its options", () => {
    const a: Answers = {
      city: "qingdao",
      district: "370202",
      birthDate: "1990-01-01",
      edu: "unknown",
      title: "unknown",
      skill: "none",
      talentLevel: "none",
      student: "none",
      orgTransfer: false,
    };
    const shared = decodeSharedChecklist(new URLSearchParams(shareOf(a, "qd-talent")))!;
    const groups = shared.section.groups[0]!.items.filter((i) => i.choice);
    expect(groups.map((g) => g.choice!.options.length)).toEqual([2, 5]);
    expect(groups[0]!.choice!.options.map((o) => o.materials.map((m) => m.id))).toEqual([
      ["degree-certificate"],
      ["title-certificate"],
    ]);
  });

  it("a cut or altered link is reported, not shown as a shorter list", () => {
    const full = `v=2&${query.slice(4)}`;
    // Cut anywhere before the ticks: the checksum no longer matches (or is gone).
    const zAt = full.indexOf("&z=");
    for (const cut of [10, 30, Math.floor(zAt / 2), zAt - 3, zAt, zAt + 4])
      expect(decodeSharedChecklist(new URLSearchParams(full.slice(0, cut))), `cut at ${cut}`).toBeNull();
    const altered = new URLSearchParams(full);
    altered.set(SHARE_KEYS.items, altered.get(SHARE_KEYS.items)!.replace("unit-consent_a.", ""));
    expect(decodeSharedChecklist(altered)).toBeNull();
    // A document the route never asks for, even with a matching checksum, is refused.
    const forged = encodeSharedChecklist(
      { city: "zhengzhou", route: "zz-insurance" },
      {
        route: { id: "zz-insurance", materials: [] },
        groups: [
          {
            person: { key: "a", person: "applicant", index: null },
            items: [{ key: "talent-card_a", material: { id: "talent-card" } as never }],
          },
        ],
      },
      "",
    );
    expect(decodeSharedChecklist(new URLSearchParams(forged))).toBeNull();
  });
});
