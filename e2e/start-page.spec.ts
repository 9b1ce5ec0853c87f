import { expect, test } from "@playwright/test";
import hans from "../messages/zh-Hans.json" with { type: "json" };
import hant from "../messages/zh-Hant.json" with { type: "json" };
import { expectNoSeriousA11yViolations } from "./support/axe";

for (const [locale, m] of [
  ["zh-Hans", hans],
  ["zh-Hant", hant],
] as const) {
  test.describe(`start page (${locale})`, () => {
    test("says what the service does and has one start button", async ({ page }) => {
      await page.goto(`/${locale}`);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.start.title);
      await expect(page.getByText(m.start.coverage.huzhe)).toBeVisible();
      await expect(page.getByText(m.start.duration)).toBeVisible();
      const start = page.getByRole("link", { name: m.start.startButton });
      await expect(start).toHaveCount(1);
      await expect(start).toHaveAttribute("href", `/${locale}/check`);
      // No horizontal scrolling at phone width.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });

    test("skip link moves focus to the main content", async ({ page }) => {
      await page.goto(`/${locale}`);
      await page.keyboard.press("Tab");
      const skip = page.getByRole("link", { name: m.layout.skipLink });
      await expect(skip).toBeFocused();
      await page.keyboard.press("Enter");
      await expect(page.locator("#main-content")).toBeFocused();
    });

    test("has no serious accessibility violations", async ({ page }) => {
      await page.goto(`/${locale}`);
      await expectNoSeriousA11yViolations(page);
    });

    test("sets its text in the script's Chinese faces, even when the stylesheet never arrives", async ({
      page,
    }) => {
      const face = locale === "zh-Hant" ? "PingFang TC" : "PingFang SC";
      await page.route("**/*.css", (route) => route.abort());
      await page.goto(`/${locale}`);
      const heading = page.getByRole("heading", { level: 1 });
      await expect(heading).toHaveText(m.start.title);
      const family = await heading.evaluate((el) => getComputedStyle(el).fontFamily);
      expect(family.startsWith(`"${face}"`), family).toBe(true);
      // No face of the other script ahead of it either.
      const other = locale === "zh-Hant" ? "SC" : "TC";
      expect(family.slice(0, family.indexOf("WenQuanYi"))).not.toContain(` ${other}"`);
    });

    test("renders without JavaScript", async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`/${locale}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.start.title);
      await context.close();
    });
  });
}
