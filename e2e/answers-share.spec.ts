import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { answerQuestions, messages } from "./support/flow";

const zhengzhou = {
  city: "zhengzhou",
  district: "410105",
  origin: "other-city",
  renting: "1",
  leaseFiled: "1",
  rentMonths: "12",
};

test.setTimeout(120_000);

test("changing an answer from the check page asks any new question, then returns to the check page", {
  tag: "@phone",
}, async ({ page }) => {
  const m = messages["zh-Hans"];
  await answerQuestions(page, "zh-Hans", { ...zhengzhou, leaseFiled: "0" });
  // 租赁合同备案 → 是 opens a new question (the months), asked before returning to the check page.
  await page.getByTestId("change-leaseFiled").click();
  await expect(page).toHaveURL(/\/check\/leaseFiled\?.*ret=answers/);
  await page.locator(`input[type="radio"][value="1"]`).check();
  await page.getByRole("button", { name: m.flow.continue }).click();
  await expect(page).toHaveURL(/\/check\/rentMonths\?.*ret=answers/);
  await page.locator("form input[inputmode=numeric]").fill("12");
  await page.getByRole("button", { name: m.flow.continue }).click();
  // 12 months open the rental route, which lets the applicant choose where to register: asked too.
  await expect(page).toHaveURL(/\/check\/regAddress\?.*ret=answers/);
  await page.locator(`input[type="radio"][value="rented"]`).check();
  await page.getByRole("button", { name: m.flow.continue }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.answers.title);
  await expect(page.getByTestId("answer-rentMonths")).toHaveText("12 个月");
});

test("a shared checklist link opens the same checklist, ticks included, on another device in the other script", {
  tag: "@phone",
}, async ({ page, browser }) => {
  const m = messages["zh-Hans"];
  await answerQuestions(page, "zh-Hans", zhengzhou);
  await page.getByRole("link", { name: m.answers.seeResult }).click();
  await page
    .locator('section[data-route="zz-rental"]')
    .getByRole("link", { name: m.result.checklistLink })
    .click();
  const boxes = page.locator('input[name="t"]');
  await boxes.nth(0).check();
  await expect(page).toHaveURL(/[?&]t=/);
  await boxes.nth(1).check();
  await expect(page.getByTestId("missing-count")).toContainText(String((await boxes.count()) - 2));
  const shared = (await page.getByTestId("share-url").textContent())!;
  // The shared link is the list (v=2), not the answers (e2e/checklist.spec.ts checks what it holds).
  expect(shared).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/zh-Hans\/checklist\?v=2&/);
  expect(shared).not.toMatch(/name|phone|idNumber/);
  const ticked = await boxes.evaluateAll((els) =>
    els.filter((e) => (e as HTMLInputElement).checked).map((e) => (e as HTMLInputElement).value),
  );

  // A family member opens it on a phone with no cookies, and switches to Traditional script.
  const other = await browser.newContext({ javaScriptEnabled: false });
  const phone = await other.newPage();
  await phone.goto(shared);
  await phone.getByTestId("language-switch").click();
  await expect(phone).toHaveURL(/\/zh-Hant\/checklist\?v=2&/);
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText(messages["zh-Hant"].checklist.title);
  const ticked2 = await phone
    .locator('input[name="t"]')
    .evaluateAll((els) =>
      els.filter((e) => (e as HTMLInputElement).checked).map((e) => (e as HTMLInputElement).value),
    );
  expect(ticked2).toEqual(ticked);
  await other.close();
});

test("the checklist prints on A4 without navigation, with the link and QR code at the foot", {
  tag: "@phone",
}, async ({ page }) => {
  const m = messages["zh-Hant"];
  await page.goto(
    "/zh-Hant/checklist?v=1&c=zhengzhou&d=410105&o=other-city&r=1&lf=1&rn=12&ws=1&wc=1&wp=0&rt=zz-rental&t=hukou-book_a",
  );
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("header")).toBeHidden();
  await expect(page.locator("footer")).toBeHidden();
  await expect(page.getByTestId("restart")).toBeHidden();
  await expect(page.getByRole("button", { name: m.checklist.share })).toBeHidden();
  await expect(page.getByTestId("qr")).toBeVisible();
  await expect(page.getByTestId("share-url")).toBeVisible();
  const colour = await page.locator("body").evaluate((b) => getComputedStyle(b).color);
  expect(colour).toBe("rgb(0, 0, 0)");
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.byteLength).toBeGreaterThan(1000);
});

for (const locale of ["zh-Hans", "zh-Hant"] as const) {
  test(`every page of the flow passes axe-core (${locale})`, { tag: "@phone" }, async ({ page }) => {
    const q = `v=1&c=huzhou&d=330502&h=residential&ua=1`;
    for (const path of [
      `/check/city?v=1`,
      `/check/district?v=1&c=huzhou`,
      `/check/birthDate?v=1&c=qingdao&d=370202`,
      `/check/rentMonths?v=1&c=zhengzhou&d=410105&o=other-city&r=1&lf=1`,
      `/check/rentMonths?v=1&c=zhengzhou&d=410105&o=other-city&r=1&lf=1&rn=abc&go=1`,
      `/check/answers?${q}`,
      `/result?${q}`,
      `/checklist?${q}`,
      `/result?v=7&c=huzhou&d=999`,
    ]) {
      await page.goto(`/${locale}${path}`);
      await expectNoSeriousA11yViolations(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `horizontal scroll on ${path}`).toBeLessThanOrEqual(0);
      // Tap targets: every visible link, button, summary and choice's label is at least 44 px high.
      const small = await page
        .locator("a:visible, button:visible, summary:visible, label:has(input):visible")
        .evaluateAll((els) =>
          els
            .filter(
              (e) =>
                e.getBoundingClientRect().height < 43.5 &&
                !e.closest("p, blockquote") &&
                !e.matches(".sr-only"),
            )
            .map(
              (e) =>
                `${e.tagName} "${e.textContent?.trim().slice(0, 20)}" ${Math.round(e.getBoundingClientRect().height)}px`,
            ),
        );
      expect(small, `small tap targets on ${path}`).toEqual([]);
    }
  });
}

test("a damaged link explains itself and offers to keep the valid part", { tag: "@phone" }, async ({
  page,
}) => {
  const m = messages["zh-Hans"];
  const response = await page.goto("/zh-Hans/result?v=1&c=zhengzhou&d=410105&rn=NaN&zz=1");
  expect(response!.status()).toBe(200);
  await expect(page.getByTestId("link-notice")).toContainText(m.link.invalidParts.replace("{count}", "1"));
  await page.getByRole("link", { name: m.link.keepValid }).click();
  await expect(page).toHaveURL(/\/zh-Hans\/result\?v=1&c=zhengzhou&d=410105$/);
});
