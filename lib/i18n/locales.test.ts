import { describe, expect, it } from "vitest";
import { negotiateLocale, splitLocale } from "./locales";

describe("negotiateLocale", () => {
  it.each([
    ["zh-TW", "zh-Hant"],
    ["zh-HK", "zh-Hant"],
    ["zh-MO", "zh-Hant"],
    ["zh-Hant", "zh-Hant"],
    ["zh-Hant-HK", "zh-Hant"],
    ["zh-tw;q=0.8, en;q=0.9", "zh-Hant"],
    ["en;q=0.9, zh-HK;q=0.8", "zh-Hant"],
    ["zh-CN", "zh-Hans"],
    ["zh-SG", "zh-Hans"],
    ["zh", "zh-Hans"],
    ["zh-Hans-CN", "zh-Hans"],
    ["zh-CN;q=0.5, zh-TW;q=0.9", "zh-Hant"],
    ["zh-TW;q=0, zh-CN", "zh-Hans"],
    ["en-US,en;q=0.9", "zh-Hans"],
    ["", "zh-Hans"],
    ["*", "zh-Hans"],
    ["zh-TWX", "zh-Hans"],
  ])("Accept-Language %j → %s", (header, expected) => {
    expect(negotiateLocale(undefined, header)).toBe(expected);
  });

  it("prefers a valid cookie over the header", () => {
    expect(negotiateLocale("zh-Hant", "zh-CN")).toBe("zh-Hant");
    expect(negotiateLocale("zh-Hans", "zh-TW")).toBe("zh-Hans");
  });

  it("ignores a cookie that is not a locale", () => {
    expect(negotiateLocale("en", "zh-TW")).toBe("zh-Hant");
    expect(negotiateLocale("zh-hant", null)).toBe("zh-Hans");
  });
});

describe("splitLocale", () => {
  it("separates the locale prefix", () => {
    expect(splitLocale("/zh-Hant/result")).toEqual({ locale: "zh-Hant", rest: "/result" });
    expect(splitLocale("/zh-Hans")).toEqual({ locale: "zh-Hans", rest: "/" });
    expect(splitLocale("/check")).toEqual({ locale: null, rest: "/check" });
  });
});
