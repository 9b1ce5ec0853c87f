import { expect, test } from "@playwright/test";
import hant from "../messages/zh-Hant.json" with { type: "json" };
import pkg from "../package.json" with { type: "json" };

const paths = ["/", "/zh-Hans", "/zh-Hant", "/api/health", "/api/v1/policies", "/zh-Hans/no-such-page"];

test.describe("security headers", () => {
  for (const path of paths) {
    test(`on ${path}`, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 });
      const h = response.headers();
      const csp = h["content-security-policy"] ?? "";
      if (path.startsWith("/api/")) {
        // JSON runs no script: nothing at all may load in its context.
        expect(csp).toContain("default-src 'none'");
      } else {
        const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
        expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
        expect(scriptSrc).not.toContain("unsafe-inline");
      }
      expect(csp).toContain("frame-ancestors 'none'");
      expect(h["x-content-type-options"]).toBe("nosniff");
      expect(["strict-origin-when-cross-origin", "same-origin", "no-referrer", "strict-origin"]).toContain(
        h["referrer-policy"],
      );
      expect(h["permissions-policy"]).toContain("camera=()");
    });
  }

  test("on static files and the icon, and page scripts carry the nonce", async ({ page, request }) => {
    const response = await page.goto("/zh-Hans");
    const nonce = /'nonce-([^']+)'/.exec(response!.headers()["content-security-policy"]!)![1];
    const scripts = await page
      .locator("script")
      .evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).nonce));
    expect(scripts.length).toBeGreaterThan(0);
    for (const n of scripts) expect(n).toBe(nonce);
    // Scripts, styles and the icon skip the proxy: static headers, a CSP under which nothing runs.
    const asset = await page.locator("script[src]").first().getAttribute("src");
    const icon = await page.locator('link[rel="icon"]').getAttribute("href");
    expect(icon).toMatch(/^\/icon\.svg/);
    for (const path of [asset!, icon!]) {
      const h = (await request.get(path)).headers();
      expect(h["x-content-type-options"]).toBe("nosniff");
      expect(h["content-security-policy"]).toContain("default-src 'none'");
      expect(h["content-security-policy"]).not.toContain("nonce");
    }
    expect((await request.get(icon!)).headers()["content-type"]).toContain("image/svg+xml");
  });

  test("no CSP violation is reported while the start page hydrates", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (msg) => {
      if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
    });
    await page.goto("/zh-Hant");
    await page.waitForLoadState("networkidle");
    expect(violations).toEqual([]);
  });
});

test("GET /api/health says the version and the database in use", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/json");
  expect(await response.json()).toMatchObject({ status: "ok", version: pkg.version, database: "embedded" });
});

test("an unknown page explains itself in the page's language, without JavaScript too", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/zh-Hant/no-such-page");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(hant.errors.notFoundTitle);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await page.getByRole("link", { name: hant.errors.backHome }).click();
  await expect(page).toHaveURL(/\/zh-Hant$/);
  await context.close();
});

test("the benchmarks' baseline page and echo route do not exist on a normal server", async ({ request }) => {
  expect((await request.get("/bench-hello")).status()).toBe(404);
  const echo = await request.post("/api/bench-echo", { data: { a: 1 } });
  expect(echo.status()).toBe(404);
});
