import { expect, test } from "@playwright/test";
import fc from "fast-check";
import { bookWithChecklist, jpeg, LINES, openManage, pdf, png, upload } from "./support/prereview";

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
