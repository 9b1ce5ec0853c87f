import { describe, expect, it } from "vitest";
import { toChineseNumeral } from "@/lib/text/chinese-numerals";
import { normalizeCount } from "./number-input";
import { checkAnswer } from "./validate";

describe("numbers as people type them", () => {
  it.each([
    ["14", "14"],
    ["１４", "14"],
    [" 1 4 ", "14"],
    ["14个月", "14"],
    ["１４ 個月", "14"],
    ["45岁", "45"],
    ["45 周岁", "45"],
    ["2人", "2"],
    ["十四", "14"],
    ["十", "10"],
    ["二十", "20"],
    ["九十九", "99"],
    ["两", "2"],
    ["零", "0"],
    ["007", "7"],
  ])("%j → %s", (raw, want) => expect(normalizeCount(raw)).toBe(want));

  it.each(["一百", "十四点五", "14.5", "abc", "一年", "-3", "十十"])("%j is not read as a number", (raw) =>
    expect(normalizeCount(raw)).toBe(raw.trim()),
  );

  it("the questionnaire accepts them and still rejects what is out of range", () => {
    expect(checkAnswer("rentMonths", "１４个月", {})).toEqual({ ok: true, value: 14 });
    expect(checkAnswer("rentMonths", "十四", {})).toEqual({ ok: true, value: 14 });
    expect(checkAnswer("siLast12", "十三", {})).toEqual({ ok: false, error: "range" });
    expect(checkAnswer("rentMonths", "一百二十", {})).toEqual({ ok: false, error: "number" });
  });

  it("writes 0–99 as Chinese numerals and reads them back", () => {
    for (let n = 0; n <= 99; n++) expect(normalizeCount(toChineseNumeral(n))).toBe(String(n));
    expect(toChineseNumeral(14)).toBe("十四");
    expect(toChineseNumeral(100)).toBe("100");
  });
});
