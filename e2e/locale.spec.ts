import { expect, test } from "@playwright/test";

test.describe("locale routing", () => {
  for (const [acceptLanguage, expected] of [
    ["zh-TW,zh;q=0.9", "zh-Hant"],
    ["zh-HK", "zh-Hant"],
    ["zh-MO,en;q=0.5", "zh-Hant"],
    ["zh-Hant-TW", "zh-Hant"],
    ["zh-CN,zh;q=0.9", "zh-Hans"],
    ["en-US,en;q=0.9", "zh-Hans"],
  ] as const) {
    test(`/ with Accept-Language ${acceptLanguage} → /${expected}`, async ({ request }) => {
      const response = await request.get("/", {
        headers: { "Accept-Language": acceptLanguage },
        maxRedirects: 0,
      });
      expect(response.status()).toBe(307);
      expect(response.headers().location).toBe(`/${expected}`);
    });
  }

  for (const [browserLocale, expected] of [
    ["zh-TW", "zh-Hant"],
    ["zh-CN", "zh-Hans"],
  ] as const) {
    test(`a browser set to ${browserLocale} lands on /${expected} with a matching <html lang>`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ locale: browserLocale });
      const page = await context.newPage();
      await page.goto("/");
      await expect(page).toHaveURL(new RegExp(`/${expected}$`));
      await expect(page.locator("html")).toHaveAttribute("lang", expected);
      await context.close();
    });
  }

  test("the cookie wins over Accept-Language", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ extraHTTPHeaders: { "Accept-Language": "zh-CN" } });
    await context.addCookies([{ name: "NEXT_LOCALE", value: "zh-Hant", url: baseURL! }]);
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(/\/zh-Hant$/);
    await context.close();
  });

  test("a path without locale keeps its path and query when redirected", async ({ request }) => {
    const response = await request.get("/check?c=zz&v=1", {
      headers: { "Accept-Language": "zh-HK" },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(307);
    expect(response.headers().location).toBe("/zh-Hant/check?c=zz&v=1");
  });

  test("the language switcher keeps the current page and its query string", async ({ page }) => {
    await page.goto("/zh-Hans/some/page?v=1&c=qd&t=a.b");
    const link = page.getByTestId("language-switch");
    await expect(link).toHaveAttribute("href", "/zh-Hant/some/page?v=1&c=qd&t=a.b");
    await page.goto("/zh-Hans?v=1&c=zz");
    await page.getByTestId("language-switch").click();
    await expect(page).toHaveURL(/\/zh-Hant\?v=1&c=zz$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hant");
    // Switching sets the cookie, so the bare address now opens the chosen script.
    await page.goto("/");
    await expect(page).toHaveURL(/\/zh-Hant$/);
  });
});
