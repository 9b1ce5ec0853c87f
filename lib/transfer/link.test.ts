import { describe, expect, it } from "vitest";
import { allItemKeys } from "@/lib/checklist/items";
import { evaluateTransfer } from "@/policies";
import { transferChecklist } from "./checklist";
import { decodeTransferLink, encodeTransferLink } from "./link";
import { placeName, placeOf } from "./places";
import { transferBookingUrl } from "./urls";

const huzhou = {
  originProvince: "330000",
  originCity: "330500",
  destProvince: "310000",
  destCity: "310100",
  kind: "spouse",
} as const;

describe("transfer link", () => {
  it("round-trips a move in compact keys, v=1 first", () => {
    const q = encodeTransferLink(huzhou, { ticks: "id-card_a" });
    expect(q).toBe("v=1&fr=330500&to=310100&k=spouse&t=id-card_a");
    const link = decodeTransferLink(new URLSearchParams(q));
    expect(link).toMatchObject({ input: huzhou, missing: [], invalid: [], version: "current" });
  });

  it("takes a whole province outside 沪浙", () => {
    expect(decodeTransferLink({ v: "1", fr: "320000", to: "310100", k: "child" }).input).toEqual({
      originProvince: "320000",
      destProvince: "310000",
      destCity: "310100",
      kind: "child",
    });
  });

  it.each([
    ["an unknown place", { v: "1", fr: "999999", to: "310100", k: "spouse" }, { invalid: ["from"] }],
    ["a kind that does not exist", { v: "1", fr: "330500", to: "310100", k: "boss" }, { invalid: ["kind"] }],
    ["a truncated link", { v: "1", fr: "330500" }, { missing: ["to", "kind"] }],
    ["another version", { v: "9", fr: "330500", to: "310100", k: "spouse" }, { version: "unsupported" }],
    [
      "prototype names",
      { v: "1", fr: "__proto__", to: "constructor", k: "toString" },
      {
        invalid: ["from", "to", "kind"],
      },
    ],
  ])("reports %s instead of throwing", (_n, query, expected) => {
    const link = decodeTransferLink(query);
    expect(link).toMatchObject(expected);
  });

  it("names places in the page's script", () => {
    const other = (c: string) => `省${c}`;
    expect(placeName("330500", "zh-Hans", other)).toBe("浙江省湖州市");
    expect(placeName("330200", "zh-Hant", other)).toBe("浙江省寧波市");
    expect(placeName("310100", "zh-Hans", other)).toBe("上海市");
    expect(placeName("320000", "zh-Hans", other)).toBe("省320000");
    expect(placeOf("330500")).toEqual({ province: "330000", city: "330500" });
  });

  it("books the first visit at the destination with the business pre-set and the checklist", () => {
    const url = new URL(transferBookingUrl("zh-Hans", huzhou), "http://x");
    expect(url.pathname).toBe("/zh-Hans/book");
    expect(url.searchParams.get("business")).toBe("cross-province-transfer");
    expect(url.searchParams.get("district")).toBe("310100");
    expect(url.searchParams.get("checklist")).toBe(
      "/zh-Hans/transfer/checklist?v=1&fr=330500&to=310100&k=spouse",
    );
  });
});

describe("transfer checklist", () => {
  const sections = transferChecklist(evaluateTransfer(huzhou, { asOf: "2026-06-01" }));
  it("has one section per visit, the applicant and the sponsor on the first", () => {
    expect(sections.map((s) => s.route.step)).toEqual(["apply", "register"]);
    expect(sections[0]!.groups.map((g) => g.person.key)).toEqual(["a", "sp"]);
    expect(sections[0]!.groups[0]!.items.map((i) => i.key)).toContain("marriage-certificate_a");
  });
  it("keeps tick keys unique when the ID card is on both visits", () => {
    const keys = [...allItemKeys(sections)];
    expect(keys).toContain("id-card_a");
    expect(keys).toContain("2-id-card_a");
    expect(new Set(keys).size).toBe(sections.flatMap((s) => s.groups.flatMap((g) => g.items)).length);
  });
});
