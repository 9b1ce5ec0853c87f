import { describe, expect, it } from "vitest";
import {
  ELECTRONIC_STEPS,
  evaluateTransfer,
  PAPER_STEPS,
  TRANSFER_KINDS,
  TRANSFER_VISITS,
  type TransferInput,
} from "../hu-zhe-transfer";
import { transferInputSchema } from "../transfer-schema";

const AS_OF = "2025-06-01";
const SH = "310000";
const ZJ = "330000";
const JS = "320000";
const AH = "340000";

interface Row {
  readonly name: string;
  readonly input: TransferInput;
  readonly asOf?: string;
  readonly applies: boolean;
  readonly unmet?: string;
}

const rows: Row[] = [];
for (const kind of TRANSFER_KINDS) {
  const inScope = kind === "spouse" || kind === "child" || kind === "elderly";
  for (const [o, d] of [
    [SH, ZJ],
    [ZJ, SH],
  ] as const)
    rows.push({
      name: `${kind} ${o}→${d}`,
      input: { originProvince: o, destProvince: d, kind },
      applies: inScope,
      unmet: inScope
        ? undefined
        : kind === "talent" || kind === "student"
          ? "transfer-kind-to-follow"
          : "transfer-kind",
    });
  for (const [o, d, unmet] of [
    [SH, SH, "transfer-cross-province"],
    [ZJ, ZJ, "transfer-cross-province"],
    [JS, SH, "transfer-provinces"],
    [ZJ, JS, "transfer-provinces"],
    [SH, JS, "transfer-provinces"],
    [JS, ZJ, "transfer-provinces"],
    [JS, AH, "transfer-provinces"],
  ] as const)
    rows.push({
      name: `${kind} ${o}→${d}`,
      input: { originProvince: o, destProvince: d, kind },
      applies: false,
      unmet,
    });
}
rows.push(
  {
    name: "Huzhou → Shanghai spouse reunion (issue 6's resident)",
    input: { originProvince: ZJ, originCity: "330500", destProvince: SH, destCity: "310100", kind: "spouse" },
    applies: true,
  },
  {
    name: "a city outside its province",
    input: { originProvince: ZJ, originCity: "310100", destProvince: SH, kind: "spouse" },
    applies: false,
    unmet: "transfer-provinces",
  },
  {
    name: "the day before launch",
    input: { originProvince: ZJ, destProvince: SH, kind: "spouse" },
    asOf: "2020-05-13",
    applies: false,
    unmet: "transfer-in-force",
  },
  {
    name: "launch day",
    input: { originProvince: ZJ, destProvince: SH, kind: "spouse" },
    asOf: "2020-05-14",
    applies: true,
  },
);

describe("沪浙 online transfer scope", () => {
  it.each(rows.map((r) => [r.name, r] as const))("%s", (_n, r) => {
    const res = evaluateTransfer(r.input, { asOf: r.asOf ?? AS_OF });
    expect(res.applies).toBe(r.applies);
    if (r.unmet) expect(res.reasons.find((x) => x.status === "unmet")?.id).toBe(r.unmet);
    else expect(res.reasons.every((x) => x.status === "met")).toBe(true);
    for (const x of res.reasons) expect(x.citation.source).toBe("004_a966a1bec2c2d2ee.txt");
  });
});

describe("沪浙 online transfer steps", () => {
  it("has four electronic steps with one-working-day limits on the two checks", () => {
    expect(ELECTRONIC_STEPS.map((s) => [s.id, s.actor, s.place, s.limitWorkingDays])).toEqual([
      ["apply", "applicant", "destination", null],
      ["approve", "destination-police", "destination", null],
      ["cancel", "origin-police", "origin", 1],
      ["register", "destination-police", "destination", 1],
    ]);
  });
  it("cuts visits from 4 to 2, none at the origin", () => {
    expect(ELECTRONIC_STEPS.filter((s) => s.visit).length).toBe(TRANSFER_VISITS.electronic.count);
    expect(TRANSFER_VISITS.electronic.count).toBe(2);
    expect(ELECTRONIC_STEPS.some((s) => s.visit && s.place === "origin")).toBe(false);
    expect(PAPER_STEPS.filter((s) => s.visit).length).toBe(TRANSFER_VISITS.paper.count);
    expect(TRANSFER_VISITS.paper.count).toBe(4);
  });
  it("names the ID card and the notice form, and implies the marriage certificate for spouses", () => {
    const m = evaluateTransfer(
      { originProvince: ZJ, destProvince: SH, kind: "spouse" },
      { asOf: AS_OF },
    ).materials;
    expect(m.find((x) => x.id === "id-card")?.basis).toBe("named");
    expect(m.find((x) => x.id === "transfer-notice-form")?.basis).toBe("named");
    expect(m.find((x) => x.id === "marriage-certificate")?.basis).toBe("implied");
  });
  it("lists what to bring on each of the two visits: everything first, the ID card again to register", () => {
    for (const kind of TRANSFER_KINDS) {
      const r = evaluateTransfer({ originProvince: ZJ, destProvince: SH, kind }, { asOf: AS_OF });
      expect(r.visits.map((v) => v.step)).toEqual(ELECTRONIC_STEPS.filter((s) => s.visit).map((s) => s.id));
      expect(r.visits[0]!.materials).toEqual(r.materials);
      expect(r.visits[1]!.materials.map((m) => [m.id, m.person, m.basis])).toEqual([
        ["id-card", "applicant", "named"],
      ]);
    }
    const proof = (kind: TransferInput["kind"]) =>
      evaluateTransfer({ originProvince: ZJ, destProvince: SH, kind }, { asOf: AS_OF }).materials.map(
        (m) => m.id,
      );
    expect(proof("child")).toContain("birth-certificate");
    expect(proof("elderly")).toContain("relation-proof");
    expect(proof("spouse")).toContain("marriage-certificate");
  });
  it("validates input at the boundary", () => {
    expect(
      transferInputSchema.safeParse({ originProvince: ZJ, destProvince: SH, kind: "spouse" }).success,
    ).toBe(true);
    expect(
      transferInputSchema.safeParse({ originProvince: "33", destProvince: SH, kind: "spouse" }).success,
    ).toBe(false);
    expect(transferInputSchema.safeParse({ originProvince: ZJ, destProvince: SH, kind: "x" }).success).toBe(
      false,
    );
  });
});
