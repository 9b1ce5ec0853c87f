import { describe, expect, it } from "vitest";
import { fullYears, isInclusive, parseDate, satisfies, threshold } from "../legal";

describe("legal reading (民法典 art. 1259)", () => {
  it.each([
    ["以上", true],
    ["以下", true],
    ["以内", true],
    ["届满", true],
    ["满", true],
    ["不满", false],
    ["超过", false],
    ["以外", false],
  ] as const)("%s inclusive = %s", (term, inc) => expect(isInclusive(term)).toBe(inc));

  it("35周岁以下 includes 35, excludes 36", () => {
    const t = threshold("max", 35, "age", "以下");
    expect(satisfies(35, t)).toBe(true);
    expect(satisfies(36, t)).toBe(false);
  });
  it("满6个月 includes 6, excludes 5", () => {
    const t = threshold("min", 6, "months", "满");
    expect(satisfies(6, t)).toBe(true);
    expect(satisfies(5, t)).toBe(false);
  });
  it("不满18周岁 excludes 18", () => {
    const t = threshold("max", 18, "age", "不满");
    expect(satisfies(17, t)).toBe(true);
    expect(satisfies(18, t)).toBe(false);
  });
  it("超过 excludes the number as a minimum", () => {
    const t = threshold("min", 2, "years", "超过");
    expect(satisfies(2, t)).toBe(false);
    expect(satisfies(3, t)).toBe(true);
  });
});

describe("full years (周岁)", () => {
  it("turns N on the birthday", () => {
    expect(fullYears("1990-06-01", "2025-06-01")).toBe(35);
    expect(fullYears("1990-06-02", "2025-06-01")).toBe(34);
    expect(fullYears("1990-05-31", "2025-06-01")).toBe(35);
  });
  it("29 February birthdays count from 1 March in common years", () => {
    expect(fullYears("2000-02-29", "2018-02-28")).toBe(17);
    expect(fullYears("2000-02-29", "2018-03-01")).toBe(18);
    expect(fullYears("2000-02-29", "2020-02-29")).toBe(20);
  });
  it("rejects malformed and future dates", () => {
    expect(fullYears("2000-02-30", "2020-01-01")).toBeUndefined();
    expect(fullYears("2030-01-01", "2020-01-01")).toBeUndefined();
    expect(parseDate("2020-13-01")).toBeUndefined();
    expect(parseDate("20200101")).toBeUndefined();
  });
});
