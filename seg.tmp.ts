import { chromium } from "@playwright/test";
import { chromiumLaunch } from "/work/wt/12/e2e/support/chromium";
// usage: seg.ts name url width js(1/0) [print]
const [name, url, width, js, media] = process.argv.slice(2);
const browser = await chromium.launch(chromiumLaunch);
const ctx = await browser.newContext({ viewport: { width: Number(width), height: 900 }, javaScriptEnabled: js === "1" });
const page = await ctx.newPage();
await page.goto(url!);
if (media === "print") await page.emulateMedia({ media: "print" });
const h = await page.evaluate(() => document.documentElement.scrollHeight);
let i = 0;
for (let y = 0; y < h; y += 850) {
  await page.screenshot({ path: `/work/shots/12/${name}-${i++}.png`, fullPage: true, clip: { x: 0, y, width: Number(width), height: Math.min(850, h - y) } });
}
console.log(name, h, i);
await browser.close();
