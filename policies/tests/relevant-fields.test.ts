import { describe, expect, it } from "vitest";
import { relevantFields } from "../evaluate";

const asOf = "2025-06-01";

describe("relevantFields", () => {
  it("asks city, then district", () => {
    expect(relevantFields({}, { asOf })).toEqual(["city"]);
    expect(relevantFields({ city: "zhengzhou" }, { asOf })).toEqual(["district"]);
  });
  it("asks only what Zhengzhou's central routes read, in question order", () => {
    expect(relevantFields({ city: "zhengzhou", district: "410102" }, { asOf })).toEqual([
      "origin",
      "hukouRural",
      "siLast12",
      "permit",
      "permitMonths",
      "renting",
      "leaseFiled",
      "rentMonths",
    ]);
  });
  it("county variants ask about the town instead of durations", () => {
    const f = relevantFields({ city: "zhengzhou", district: "410122" }, { asOf });
    expect(f).toContain("urbanArea");
    expect(f).not.toContain("permitMonths");
    expect(f).not.toContain("rentMonths");
  });
  it("drops a route's questions once it is decided", () => {
    const f = relevantFields(
      { city: "zhengzhou", district: "410102", hukouRural: false, siLast12: 6 },
      { asOf },
    );
    expect(f).not.toContain("permit");
    expect(f).not.toContain("permitMonths");
    expect(f).toEqual(["origin", "renting", "leaseFiled", "rentMonths"]);
  });
  it("does not re-ask fields answered 不清楚", () => {
    const f = relevantFields({ city: "zhengzhou", district: "410102", origin: "unknown" }, { asOf });
    expect(f).not.toContain("origin");
  });
  it("is empty when every route is decided", () => {
    expect(
      relevantFields(
        {
          city: "zhengzhou",
          district: "410102",
          hukouRural: false,
          siLast12: 0,
          origin: "same-city",
        },
        { asOf },
      ),
    ).toEqual([]);
  });
  it("is empty when the rules are not in force", () => {
    expect(relevantFields({ city: "qingdao", district: "370202" }, { asOf: "2020-01-01" })).toEqual([]);
  });
});
