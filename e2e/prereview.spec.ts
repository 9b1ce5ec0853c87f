import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import fc from "fast-check";
import { bookWithChecklist, jpeg, LINES, openManage, pdf, png, upload } from "./support/prereview";
import { staffUser } from "./support/staff";

/** The e2e server's accounts (e2e/support/add-prereview-clerks.ts): two clerks of 金水 hall, one of 中原 station. */
const CLERKS = { js: ["e2e-clerk16a", 0], nojs: ["e2e-clerk16b", 1], other: ["e2e-clerk16x", 2] } as const;
const clerkLinks = () =>
  readFileSync(".reports/e2e-prereview-links.txt", "utf8")
    .split("\n")
    .filter((l) => l.startsWith("http"))
    .map((l) => new URL(l).pathname);

async function residentUploadsThree(page: Page, manageUrl: string) {
  await openManage(page, manageUrl);
  await page.getByTestId("prereview-link").click();
  await upload(page, LINES[0], { name: "a.jpg", mimeType: "image/jpeg", buffer: await jpeg() });
  await upload(page, LINES[1], { name: "b.png", mimeType: "image/png", buffer: await png() });
  await upload(page, LINES[2], { name: "c.pdf", mimeType: "application/pdf", buffer: pdf() });
  await page.locator("#mail-district").selectOption("410105");
  await page.locator("#mail-street").fill("经三路 12 号院 3 号楼 2 单元 501");
  await page.locator("#mail-recipient").fill("李四");
  await page.locator("#mail-phone").fill("13912345678");
  await page.getByTestId("mail-save").click();
  await expect(page.getByTestId("mail-status")).toContainText("*******5678");
  await page.getByTestId("prereview-submit").click();
  await expect(page.getByTestId("prereview-status")).toHaveAttribute("data-status", "submitted");
}

for (const js of [true, false]) {
  test.describe(`pre-review round trip with the clerk, JavaScript ${js ? "on" : "off"} @phone`, () => {
    test.use({ javaScriptEnabled: js });

    test("book → upload three → clerk returns one → replaced → all accepted → 预审通过 → 办结 with 邮寄 and tracking → resident sees it", async ({
      page,
      browser,
      request,
    }) => {
      test.setTimeout(240_000);
      const { reference, manageUrl } = await bookWithChecklist(request);
      await residentUploadsThree(page, manageUrl);

      const [username, index] = js ? CLERKS.js : CLERKS.nojs;
      const clerk = await staffUser(browser, username, clerkLinks()[index]!, js);
      const cp = clerk.page;
      await cp.setViewportSize({ width: 1280, height: 900 });
      await cp.goto("/zh-Hans/staff/review");
      await cp.getByRole("link", { name: reference }).click();
      await expect(cp.getByTestId("case-status")).toHaveAttribute("data-status", "in_review");
      await expect(cp.locator("[data-line]")).toHaveCount(3);
      await expect(cp.getByTestId("line-citation").first()).toBeVisible();
      if (js) {
        // The files open for this clerk only: not for another office's clerk, not signed out, not by a
        // guessed id (fuzzed: always 404, never a 5xx).
        const src = (await cp.locator("[data-file] img").first().getAttribute("src"))!;
        expect((await cp.request.get(src)).status()).toBe(200);
        const caseUrl = new URL(cp.url()).pathname;
        const [ou, oi] = CLERKS.other;
        const other = await staffUser(browser, ou, clerkLinks()[oi]!);
        expect((await other.page.request.get(src)).status()).toBe(404);
        expect((await other.page.request.get(caseUrl)).status()).toBe(404);
        await other.context.close();
        expect((await request.get(src)).status()).toBe(404);
        const hex = fc.stringMatching(/^[0-9a-f-]{1,40}$/);
        await fc.assert(
          fc.asyncProperty(hex, hex, async (a, b) => {
            const r = await cp.request.get(`/zh-Hans/staff/review/${a}/file/${b}`);
            expect(r.status()).toBe(404);
          }),
          { numRuns: 30, seed: 16 },
        );
      }

      // While the clerk reviews, the resident cannot change anything.
      await page.reload();
      await expect(page.getByTestId("prereview-status")).toHaveAttribute("data-status", "in_review");
      await expect(page.locator("[data-upload]")).toHaveCount(0);

      // A return without a reason is refused; then line 2 goes back with two reasons and a note.
      await cp.getByTestId(`accept-${LINES[0]}`).check();
      await cp.getByTestId(`return-${LINES[1]}`).check();
      await cp.getByTestId(`accept-${LINES[2]}`).check();
      await cp.getByTestId("review-submit").click();
      await expect(cp.getByTestId("review-errors")).toBeVisible();
      await cp.getByTestId(`accept-${LINES[0]}`).check();
      await cp.getByTestId(`return-${LINES[1]}`).check();
      await cp.getByTestId(`accept-${LINES[2]}`).check();
      // After the refused post the page opens the reasons of the line in error; open them otherwise.
      const reasons = cp.locator(`[data-line="${LINES[1]}"] details`);
      if ((await reasons.getAttribute("open")) === null) await reasons.locator("summary").click();
      await cp.getByTestId(`reason-${LINES[1]}-unclear`).check();
      await cp.getByTestId(`reason-${LINES[1]}-missingPage`).check();
      await cp.locator(`[id="n-${LINES[1]}"]`).fill("请拍身份证正反两面");
      await cp.getByTestId("review-submit").click();
      await expect(cp.getByTestId("case-status")).toHaveAttribute("data-status", "returned");
      if (js) await cp.screenshot({ path: "/work/shots/16/clerk-review-1280-returned.png", fullPage: true });

      // The resident sees the one list on the manage page, replaces line 2 and resubmits.
      await page.goto(`/zh-Hans/book/manage/${reference}`);
      const list = page.getByTestId("returned-list");
      await expect(list).toContainText("照片不清晰");
      await expect(list).toContainText("请拍身份证正反两面");
      await expect(list.locator("[data-returned]")).toHaveCount(1);
      await page.getByTestId("prereview-link").click();
      await expect(page.locator("[data-upload]")).toHaveCount(1);
      await upload(
        page,
        LINES[1],
        { name: "b2.jpg", mimeType: "image/jpeg", buffer: await jpeg(1000, 700) },
        true,
      );
      await page.getByTestId("prereview-submit").click();
      await expect(page.getByTestId("prereview-status")).toHaveAttribute("data-status", "submitted");

      // Second round: only the returned line is open; accepted lines stay accepted.
      await cp.goto("/zh-Hans/staff/review");
      await cp.getByRole("link", { name: reference }).click();
      await expect(cp.locator("[data-testid^=accept-]")).toHaveCount(1);
      if (js) await cp.screenshot({ path: "/work/shots/16/clerk-review-1280.png", fullPage: true });
      await cp.getByTestId(`accept-${LINES[1]}`).check();
      await cp.getByTestId("review-submit").click();
      await expect(cp.getByTestId("case-status")).toHaveAttribute("data-status", "passed");

      // 办结 with 邮寄: the address is masked until asked for (audited), then courier and tracking.
      await expect(cp.getByTestId("delivery-address")).not.toContainText("经三路");
      await cp.getByTestId("show-address").click();
      await expect(cp.getByTestId("delivery-address")).toContainText("经三路 12 号院");
      await cp.locator("#courier").selectOption("ems");
      await cp.locator("#tracking").fill("EA123456789CN");
      await cp.getByTestId("ship-submit").click();
      await expect(cp.getByTestId("shipped")).toContainText("EA123456789CN");

      await page.goto(`/zh-Hans/book/manage/${reference}`);
      await expect(page.getByTestId("prereview-passed")).toContainText("带原件到窗口当场办结");
      await expect(page.getByTestId("mail-shipped")).toContainText("中国邮政 EMS");
      await expect(page.getByTestId("mail-shipped")).toContainText("EA123456789CN");
      await clerk.context.close();
    });
  });
}
