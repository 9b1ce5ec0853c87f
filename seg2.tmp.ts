import { chromium } from "@playwright/test";
import { chromiumLaunch } from "/work/wt/12/e2e/support/chromium";
// Screenshot of one element: name url width js selector
const [name, url, width, js, sel] = process.argv.slice(2);
const browser = await chromium.launch(chromiumLaunch);
const page = await (await browser.newContext({ viewport: { width: Number(width), height: 900 }, javaScriptEnabled: js === "1" })).newPage();
await page.goto(url!);
await page.locator(sel!).first().screenshot({ path: `/work/shots/12/${name}.png` });
await browser.close();
