import { expect, test } from "@playwright/test";
import { messages } from "./support/flow";

/** The portal on a phone's home screen (issue 17, ADR 0015): manifest per script, icons, robots.txt. */

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

test.describe("home screen", { tag: "@phone" }, () => {
  for (const locale of ["zh-Hans", "zh-Hant"] as const) {
    test(`the ${locale} manifest names the app in its script and opens its start page`, async ({
      page,
      request,
    }) => {
      await page.goto(`/${locale}`);
      const href = await page.locator('link[rel="manifest"]').getAttribute("href");
      expect(href).toBe(`/${locale}/manifest.webmanifest`);
      await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute("content", "#0b3a75");
      const response = await request.get(href!);
      expect(response.headers()["content-type"]).toContain("application/manifest+json");
      const manifest = await response.json();
      const m = messages[locale];
      expect(manifest).toMatchObject({
        id: `/${locale}`,
        name: m.manifest.name,
        short_name: m.manifest.shortName,
        lang: locale,
        start_url: `/${locale}`,
        scope: "/",
        display: "standalone",
        theme_color: "#0b3a75",
      });
      // The start URL is a page that answers, in that script, with no redirect.
      const start = await request.get(manifest.start_url, { maxRedirects: 0 });
      expect(start.status()).toBe(200);
      expect(await start.text()).toContain(`lang="${locale}"`);
      // Icons Android uses (192, 512, a maskable 512), each a PNG of the size it claims.
      const purposes = manifest.icons.map(
        (i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`,
      );
      expect(purposes).toEqual(expect.arrayContaining(["192x192 any", "512x512 any", "512x512 maskable"]));
      for (const icon of manifest.icons as { src: string; sizes: string; type: string }[]) {
        const file = await request.get(icon.src);
        expect(file.status(), icon.src).toBe(200);
        expect(file.headers()["content-type"]).toBe("image/png");
        const { width, height } = pngSize(await file.body());
        expect(`${width}x${height}`).toBe(icon.sizes);
      }
    });
  }

  test("iOS gets a 180 px apple-touch-icon; no manifest for a locale that does not exist", async ({
    page,
    request,
  }) => {
    await page.goto("/zh-Hant");
    const href = await page.locator('link[rel="apple-touch-icon"]').getAttribute("href");
    expect(href).toBe("/apple-touch-icon.png");
    const icon = await request.get(href!);
    expect(pngSize(await icon.body())).toEqual({ width: 180, height: 180 });
    // Static files skip the proxy: the static headers and a CSP under which nothing runs.
    expect(icon.headers()["x-content-type-options"]).toBe("nosniff");
    expect(icon.headers()["content-security-policy"]).toContain("default-src 'none'");
    expect((await request.get("/en/manifest.webmanifest", { maxRedirects: 0 })).status()).toBe(404);
  });

  test("robots.txt keeps crawlers off the API, the switch, booking and manage links, and staff pages", async ({
    request,
  }) => {
    const response = await request.get("/robots.txt", { maxRedirects: 0 });
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/plain");
    expect(response.headers()["content-security-policy"]).toContain("default-src 'none'");
    const lines = (await response.text()).split("\n").map((l) => l.trim());
    expect(lines).toContain("User-agent: *");
    for (const path of ["/api/", "/care-mode", "/*/book", "/*/staff"])
      expect(lines).toContain(`Disallow: ${path}`);
  });
});
