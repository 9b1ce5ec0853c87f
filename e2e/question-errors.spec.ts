import { expect, test } from "@playwright/test";
import { messages } from "./support/flow";

// A question that takes a number: 租房月数 for someone renting in 郑州's central districts.
const rentMonths = "/check/rentMonths?v=1&c=zhengzhou&d=410105&o=other-city&r=1&lf=1";
/** An error message as the page shows it: naming the field it is about. */
const named = (text: string, what: string) => text.replace("{what}", what);

for (const javaScriptEnabled of [true, false]) {
  for (const locale of ["zh-Hans", "zh-Hant"] as const) {
    test(`a wrong answer gets a summary, an inline message and keeps what was typed (${locale}, JS ${javaScriptEnabled ? "on" : "off"})`, async ({
      browser,
    }) => {
      const m = messages[locale];
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(`/${locale}${rentMonths}`);
      const input = page.getByRole("textbox", { name: m.questions.rentMonths.title });
      // Numbers as people type them are fine (１２, 十二, 12个月); past 99 in words is not.
      await input.fill("一百二十");
      await page.getByRole("button", { name: m.flow.continue }).click();
      const summary = page.getByTestId("error-summary");
      await expect(summary).toBeVisible();
      const message = named(m.questions.errors.number, m.questions.rentMonths.short);
      await expect(summary).toContainText(message);
      await expect(summary).toBeFocused();
      await expect(page).toHaveTitle(new RegExp(`^${m.flow.errorPrefix}`));
      await expect(input).toHaveValue("一百二十");
      await expect(input).toHaveAttribute("aria-invalid", "true");
      const describedBy = (await input.getAttribute("aria-describedby")) ?? "";
      await expect(page.locator(`#${describedBy.split(" ").at(-1)}`)).toContainText(message);
      // The summary links to the field.
      await summary.getByRole("link").click();
      await expect(input).toBeFocused();
      // Not qualifying is an outcome, not an error: one month, typed with a full-width digit, is accepted.
      await input.fill("１个月");
      await page.getByRole("button", { name: m.flow.continue }).click();
      await expect(page).not.toHaveURL(/\/check\/rentMonths/);
      await expect(page.getByTestId("error-summary")).toHaveCount(0);
      await context.close();
    });
  }
}

test("choosing nothing asks to choose, in the page's language", async ({ page }) => {
  await page.goto("/zh-Hant/check/city?v=1");
  await page.getByRole("button", { name: messages["zh-Hant"].flow.continue }).click();
  const m = messages["zh-Hant"];
  await expect(page.getByTestId("error-summary")).toContainText(
    named(m.questions.errors.choose, m.questions.city.short),
  );
});

test("with JavaScript, the answer is checked as you type and the live hint names the open route", async ({
  page,
}) => {
  const m = messages["zh-Hans"];
  await page.goto(`/zh-Hans${rentMonths}`);
  const input = page.getByRole("textbox", { name: m.questions.rentMonths.title });
  await input.fill("99999");
  await expect(page.locator(`#${await input.getAttribute("id")}-error`)).toContainText("0");
  await input.fill("12");
  await expect(page.getByTestId("live-hint")).toContainText(m.policy.routes["zz-rental"]);
  await input.fill("11");
  await expect(page.getByTestId("live-hint")).not.toContainText(m.policy.routes["zz-rental"]);
});

test("back link agrees with the browser's back button", async ({ page }) => {
  const m = messages["zh-Hans"];
  await page.goto("/zh-Hans/check/city?v=1");
  await page.locator('input[value="zhengzhou"]').check();
  await page.getByRole("button", { name: m.flow.continue }).click();
  await expect(page).toHaveURL(/\/check\/district/);
  await page.locator('input[value="410105"]').check();
  await page.getByRole("button", { name: m.flow.continue }).click();
  const third = page.url();
  await page.getByTestId("back-link").click();
  await expect(page).toHaveURL(/\/check\/district/);
  await expect(page.locator('input[value="410105"]')).toBeChecked();
  await page.goto(third);
  await page.goBack();
  await expect(page).toHaveURL(/\/check\/district/);
});

test("with JavaScript, a wrong answer is flagged as you type; the summary waits for continue", async ({
  page,
}) => {
  const m = messages["zh-Hans"];
  await page.goto(`/zh-Hans${rentMonths}`);
  const input = page.getByRole("textbox", { name: m.questions.rentMonths.title });
  await input.pressSequentially("十二个半月");
  await expect(page.locator(`#${await input.getAttribute("id")}-error`)).toContainText(
    named(m.questions.errors.number, m.questions.rentMonths.short),
  );
  // Typing on is not interrupted: no summary yet, and focus stays in the box.
  await expect(page.getByTestId("error-summary")).toHaveCount(0);
  await expect(input).toBeFocused();
  await page.getByRole("button", { name: m.flow.continue }).click();
  await expect(page.getByTestId("error-summary")).toBeFocused();
  await expect(page).toHaveURL(/\/check\/rentMonths/);
});

test("a choice made while the form's scripts are still loading is kept", async ({ page }) => {
  const m = messages["zh-Hans"];
  await page.goto("/zh-Hans/check/district?v=1&c=zhengzhou");
  // Everything the page loads from now on (the validation chunk) arrives a second late.
  await page.route("**/_next/static/**", async (route) => {
    await new Promise((r) => setTimeout(r, 1000));
    await route.continue();
  });
  await page.locator('input[value="410102"]').check();
  await page.locator('input[value="410105"]').check();
  await page.waitForTimeout(1500);
  await expect(page.locator('input[value="410105"]')).toBeChecked();
  await page.getByRole("button", { name: m.flow.continue }).click();
  await expect(page).toHaveURL(/[?&]d=410105(&|$)/);
});
