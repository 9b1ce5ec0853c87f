import { describe, expect, it } from "vitest";
import { careReturnPath, careSwitchHref, isStaffPath } from "./mode";

describe("careReturnPath: the switch only ever returns to a page of this portal", () => {
  it("keeps a portal page's path and query", () => {
    expect(careReturnPath("/zh-Hant/check/district?v=1&c=zhengzhou")).toBe(
      "/zh-Hant/check/district?v=1&c=zhengzhou",
    );
    expect(careReturnPath("/zh-Hans")).toBe("/zh-Hans");
    expect(careReturnPath("/zh-Hans/checklist?v=1&t=a.b#top")).toBe("/zh-Hans/checklist?v=1&t=a.b");
  });

  it.each([
    "//evil.example",
    "//evil.example/zh-Hans",
    "/\\evil.example",
    "/\\/evil.example/zh-Hans",
    "\\\\evil.example",
    "/\t/evil.example",
    "/%09/evil.example",
    "/\n/evil.example",
    "\t//evil.example",
    " //evil.example",
    "https://evil.example/zh-Hans",
    "http:/evil.example/zh-Hans",
    "javascript:alert(1)",
    "JavaScript:alert(1)//",
    "data:text/html,<script>alert(1)</script>",
    "evil.example",
    "zh-Hans",
    "",
    "/api/v1/policies",
    "/care-mode?on=1",
    "/en/result",
    `/zh-Hans/${"a".repeat(5000)}`,
  ])("refuses %j and falls back to the start page", (raw) => {
    const back = careReturnPath(raw, "zh-Hant");
    // "/%09/evil.example" is a harmless path on this site only when it starts with a locale; it doesn't.
    expect(back).toBe("/zh-Hant");
  });

  it("never yields anything a browser could read as another origin", () => {
    for (const raw of [
      "/zh-Hans/..//evil.example",
      "/zh-Hans/../../evil.example",
      "/zh-Hans//evil.example",
    ]) {
      const back = careReturnPath(raw);
      expect(back.startsWith("/zh-Hans") || back === "/zh-Hans").toBe(true);
      expect(new URL(back, "https://portal.example").origin).toBe("https://portal.example");
    }
  });

  it("drops Next's in-app navigation key, keeps the rest", () => {
    expect(careReturnPath("/zh-Hans/checklist?v=1&_rsc=abc&t=x")).toBe("/zh-Hans/checklist?v=1&t=x");
  });

  it("falls back to zh-Hans when the locale cookie is not a locale", () => {
    expect(careReturnPath("//evil.example", "<script>")).toBe("/zh-Hans");
    expect(careReturnPath(null)).toBe("/zh-Hans");
  });
});

describe("the switch link and staff pages", () => {
  it("carries the page back, encoded", () => {
    expect(careSwitchHref(true, "/zh-Hans/result?v=1&c=qingdao")).toBe(
      "/care-mode?on=1&back=%2Fzh-Hans%2Fresult%3Fv%3D1%26c%3Dqingdao",
    );
    expect(careSwitchHref(false, "/zh-Hant")).toBe("/care-mode?on=0&back=%2Fzh-Hant");
  });

  it("knows staff pages in both scripts", () => {
    expect(isStaffPath("/zh-Hans/staff")).toBe(true);
    expect(isStaffPath("/zh-Hant/staff/day")).toBe(true);
    expect(isStaffPath("/zh-Hans/staffing")).toBe(false);
    expect(isStaffPath("/zh-Hans/result")).toBe(false);
  });
});
