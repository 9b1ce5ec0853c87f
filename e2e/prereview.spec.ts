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
      if (js)
        await page.screenshot({ path: "/work/shots/16/resident-manage-390-returned.png", fullPage: true });
      await page.getByTestId("prereview-link").click();
      await expect(page.locator("[data-upload]")).toHaveCount(1);
      await page.screenshot({
        path: `/work/shots/16/resident-upload-390-returned-${js ? "js" : "nojs"}.png`,
        fullPage: true,
      });
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

/**
 * Issue 16: the resident's pre-review, with JavaScript and without. The clerk's side of the round trip
 * is in the second describe (it needs a clerk account of the hall).
 */
for (const js of [true, false]) {
  test.describe(`pre-review upload, JavaScript ${js ? "on" : "off"} @phone`, () => {
    test.use({ javaScriptEnabled: js, viewport: { width: 390, height: 844 } });

    test("upload three lines (a JPEG named .pdf among them), withdraw and replace, choose 邮寄, submit", async ({
      page,
      request,
    }) => {
      const { manageUrl } = await bookWithChecklist(request);
      await openManage(page, manageUrl);
      await page.getByTestId("prereview-link").click();
      await expect(page.getByTestId("prereview-status")).toHaveAttribute("data-status", "draft");

      // Refused by its bytes, with a message that says what to do; nothing stored.
      await page.locator(`[data-upload="${LINES[0]}"] input[type=file][name="file"]`).setInputFiles({
        name: "户口簿.jpg",
        mimeType: "image/jpeg",
        buffer: Buffer.from("<html><script>alert(1)</script></html>"),
      });
      await page.locator(`[data-upload="${LINES[0]}"]`).getByTestId("upload-send").click();
      const problem = js ? page.getByTestId("upload-problem") : page.getByTestId("prereview-problem");
      await expect(problem).toContainText("JPG、PNG");
      await expect(page.locator(`[data-line="${LINES[0]}"] [data-file]`)).toHaveCount(0);

      await upload(page, LINES[0], { name: "scan.pdf", mimeType: "application/pdf", buffer: await jpeg() });
      // A second page on the same line (the same outcome URL again: the page must still reload).
      await upload(page, LINES[0], {
        name: "page2.jpg",
        mimeType: "image/jpeg",
        buffer: await jpeg(1000, 800),
      });
      await expect(page.locator(`[data-line="${LINES[0]}"] [data-file]`)).toHaveCount(2);
      await upload(page, LINES[1], { name: "id.png", mimeType: "image/png", buffer: await png() });
      await upload(page, LINES[2], { name: "consent.pdf", mimeType: "application/pdf", buffer: pdf() });
      const first = page.locator(`[data-line="${LINES[0]}"]`);
      await expect(first.getByTestId("line-status")).toHaveAttribute("data-state", "uploaded");
      // The JPEG is described as a photo; no file name anywhere on the page.
      await expect(first.locator("[data-file]").first()).toContainText("照片");
      await expect(page.locator("main")).not.toContainText("scan.pdf");
      await expect(page.locator("main")).not.toContainText("consent.pdf");

      // Replace line 2, then withdraw and upload again.
      await upload(
        page,
        LINES[1],
        { name: "id2.jpg", mimeType: "image/jpeg", buffer: await jpeg(900, 600) },
        true,
      );
      await expect(page.locator(`[data-line="${LINES[1]}"] [data-file]`)).toHaveCount(1);
      await page.locator(`[data-line="${LINES[1]}"]`).getByTestId("withdraw").click();
      await expect(page.getByTestId("prereview-ok")).toContainText("已撤回");
      await expect(page.locator(`[data-line="${LINES[1]}"] [data-file]`)).toHaveCount(0);
      await upload(page, LINES[1], { name: "id3.png", mimeType: "image/png", buffer: await png() });

      // The file opens for the holder of the manage cookie, and for nobody else.
      const href = (await first.locator("[data-file] a").first().getAttribute("href"))!;
      const mine = await page.request.get(href);
      expect(mine.status()).toBe(200);
      expect(mine.headers()["content-type"]).toBe("image/jpeg");
      expect(mine.headers()["cache-control"]).toContain("no-store");
      const stranger = await request.get(href);
      expect(stranger.status()).toBe(404);

      // 邮寄: a bad mobile is refused with its own message; then a valid address is kept, masked.
      await page.locator("#mail-district").selectOption("410105");
      await page.locator("#mail-street").fill("经三路 12 号院 3 号楼 2 单元 501");
      await page.locator("#mail-recipient").fill("李四");
      await page.locator("#mail-phone").fill(js ? "12345" : "1234567890");
      if (js) await page.locator("#mail-phone").evaluate((e) => e.removeAttribute("required"));
      await page.getByTestId("mail-save").click();
      await expect(page.getByTestId("prereview-problem")).toContainText("11 位手机号码");
      await page.locator("#mail-district").selectOption("410105");
      await page.locator("#mail-street").fill("经三路 12 号院 3 号楼 2 单元 501");
      await page.locator("#mail-recipient").fill("李四");
      await page.locator("#mail-phone").fill("139 1234 5678");
      await page.getByTestId("mail-save").click();
      await expect(page.getByTestId("mail-status")).toContainText(
        "河南省郑州市金水区 ****（李*，*******5678）",
      );
      await expect(page.locator("main")).not.toContainText("经三路");

      await page.getByTestId("prereview-submit").click();
      await expect(page.getByTestId("prereview-ok")).toContainText("前答复");
      await expect(page.getByTestId("prereview-status")).toHaveAttribute("data-status", "submitted");
    });
  });
}

test.describe("upload endpoints under fuzz @phone", () => {
  test("random multipart and form bodies: never a 5xx, never a stored file", async ({ page, request }) => {
    const { manageUrl } = await bookWithChecklist(request);
    await openManage(page, manageUrl);
    await page.getByTestId("prereview-link").click();
    const base = new URL(page.url()).pathname;
    const statuses: number[] = [];
    const bytes = fc.uint8Array({ maxLength: 2048 });
    const text = fc.string({ maxLength: 120 });
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          item: fc.oneof(fc.constantFrom(...LINES, "", "../x", "hukou-book_a\u0000"), text),
          mode: fc.oneof(fc.constant("replace"), text),
          body: bytes,
          type: fc.constantFrom("image/jpeg", "application/pdf", "text/html", ""),
          name: text,
          raw: fc.boolean(),
          boundary: fc.stringMatching(/^[A-Za-z0-9]{1,40}$/),
        }),
        async (f) => {
          const res = f.raw
            ? await page.request.post(`${base}/upload`, {
                headers: {
                  "content-type": `multipart/form-data; boundary=${f.boundary}`,
                  accept: "application/json",
                },
                data: Buffer.concat([
                  Buffer.from(`--${f.boundary}\r\n`),
                  Buffer.from(f.body),
                  Buffer.from(`\r\n--${f.boundary}--`),
                ]),
              })
            : await page.request.post(`${base}/upload`, {
                headers: { accept: "application/json" },
                multipart: {
                  item: f.item,
                  mode: f.mode,
                  file: {
                    name: f.name || "x",
                    mimeType: f.type || "application/octet-stream",
                    buffer: Buffer.from(f.body),
                  },
                },
              });
          statuses.push(res.status());
          expect(res.status()).toBeLessThan(500);
          const act = await page.request.post(`${base}/act`, {
            headers: { accept: "application/json" },
            form: {
              op: f.item,
              file: f.name,
              line: f.mode,
              email: f.name,
              district: f.item,
              street: f.name,
              recipient: f.mode,
              phone: f.name,
            },
          });
          statuses.push(act.status());
          expect(act.status()).toBeLessThan(500);
        },
      ),
      { numRuns: 60, seed: 16 },
    );
    expect(statuses.length).toBe(120);
    // Random bytes are never a JPEG, PNG or PDF: nothing was stored.
    await page.reload();
    await expect(page.locator("[data-file]")).toHaveCount(0);
  });
});
