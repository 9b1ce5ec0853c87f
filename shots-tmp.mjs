import { chromium } from "@playwright/test";

const base = "http://127.0.0.1:4120";
const [, , name, path, width = "390", js = "on", open = ""] = process.argv;
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu"],
});
const ctx = await browser.newContext({
  viewport: { width: Number(width), height: 900 },
  javaScriptEnabled: js === "on",
});
const page = await ctx.newPage();
const res = await page.goto(base + path);
if (open) for (const d of await page.locator("details").all()) await d.evaluate((e) => (e.open = true));
await page.screenshot({ path: `/work/shots/13/${name}.png`, fullPage: true });
console.log(res.status(), page.url());
console.log((await page.locator("main").innerText()).slice(0, 6000));
await browser.close();
