import { expect, type Page, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { type Locale, messages, tickFirstItem } from "./support/flow";

const LOCALES: Locale[] = ["zh-Hans", "zh-Hant"];
const HUZHOU_TO_SHANGHAI = "v=1&fr=330500&to=310100&k=spouse";
const DAMAGED = "v=1&fr=999999&to=310100&k=boss";

async function checkMove(page: Page, locale: Locale, from: string, to: string, kind: string) {
  const m = messages[locale].transfer;
  await page.goto(`/${locale}/transfer`);
  await page.getByLabel(m.form.from).selectOption(from);
  await page.getByLabel(m.form.to).selectOption(to);
  await page.locator(`input[name="k"][value="${kind}"]`).check();
  await page.getByRole("button", { name: m.form.submit }).click();
  await page.waitForURL(/\/transfer\/result\?/);
}

// Each flow sets its own phone-sized context: @phone runs it once, in the phone project.
test.describe("Huzhou → Shanghai spouse reunion", { tag: "@phone" }, () => {
  test.setTimeout(120_000);

  for (const javaScriptEnabled of [true, false])
    for (const locale of LOCALES)
      test(`check → two visits → dates → checklist → print → book, ${locale}, JavaScript ${javaScriptEnabled ? "on" : "off"}`, async ({
        browser,
      }) => {
        const context = await browser.newContext({
          javaScriptEnabled,
          viewport: { width: 390, height: 844 },
        });
        const page = await context.newPage();
        const m = messages[locale];
        const t = m.transfer;

        await checkMove(page, locale, "330500", "310100", "spouse");
        await expect(page.getByTestId("transfer-verdict")).toHaveText(t.result.yes);
        await expect(page.getByTestId("flow-electronic")).toContainText(
          t.result.electronicVisits.replace("{count}", "2"),
        );
        await expect(page.getByTestId("flow-paper")).toContainText(
          t.result.paperVisits.replace("{count}", "4"),
        );
        // Today's dates by default; then the National Day case.
        await expect(page.locator('[data-testid="timeline"] li[data-step="cancel"]')).toHaveAttribute(
          "data-date",
          /^\d{4}-\d{2}-\d{2}$/,
        );
        await page.getByLabel(t.result.approval).fill("2026-09-30");
        await page.getByRole("button", { name: t.result.calculate }).click();
        await page.waitForURL(/ad=2026-09-30/);
        const timeline = page.getByTestId("timeline");
        await expect(timeline.locator('li[data-step="cancel"]')).toHaveAttribute("data-date", "2026-10-08");
        await expect(timeline.locator('li[data-step="register"]')).toHaveAttribute("data-date", "2026-10-09");
        await expect(timeline.locator('li[data-step="cancel"]')).toContainText("2026年10月8日");
        await expect(timeline.locator('li[data-step="cancel"]')).toContainText(
          m.calendar.holidays["national-day"],
        );
        expect(page.url()).not.toMatch(/check=|name|phone/);
        const resultUrl = page.url();

        // The checklist: tick the first document.
        await page.getByTestId("checklist-link").click();
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.checklist.title);
        await tickFirstItem(page, locale, javaScriptEnabled);
        expect(page.url()).toMatch(/[?&]t=id-card_a/);
        await expect(page.getByTestId("share-url")).toContainText("t=id-card_a");
        await expect(page.getByTestId("qr")).toBeVisible();

        // Print view: the page's own navigation is hidden, the checklist and QR code stay.
        await page.emulateMedia({ media: "print" });
        await expect(page.locator("header").first()).toBeHidden();
        await expect(page.getByTestId("back-link")).toBeHidden();
        await expect(page.getByRole("button", { name: m.checklist.update })).toBeHidden();
        await expect(page.getByTestId("qr")).toBeVisible();
        await page.emulateMedia({ media: "screen" });

        // 预约迁入地派出所: the booking page with the business pre-set, for a Shanghai counter.
        await page.goto(resultUrl);
        await page.getByTestId("book").click();
        await page.waitForURL(/\/book\?/);
        const url = new URL(page.url());
        expect(url.searchParams.get("business")).toBe("cross-province-transfer");
        expect(url.searchParams.get("district")).toBe("310100");
        expect(url.searchParams.get("checklist")).toMatch(/^\/zh-Han[st]\/transfer\/checklist\?/);
        await expect(page.getByTestId("business-summary")).toContainText(
          m.booking.business["cross-province-transfer"],
        );
        await context.close();
      });
});

test.describe("transfer pages", () => {
  for (const locale of LOCALES) {
    const t = messages[locale].transfer;

    test(`talent transfer: not yet, with the reason, ${locale}`, async ({ page }) => {
      await checkMove(page, locale, "330500", "310100", "talent");
      await expect(page.getByTestId("transfer-verdict")).toHaveText(t.result.no);
      await expect(page.getByTestId("transfer-reasons")).toContainText(
        t.result.whyNot["transfer-kind-to-follow"],
      );
      await expect(page.getByTestId("timeline")).toHaveCount(0);
      await expect(page.getByTestId("book")).toHaveCount(0);
    });

    test(`form errors GOV.UK-style, ${locale}`, async ({ page }) => {
      await page.goto(`/${locale}/transfer`);
      await page.getByRole("button", { name: t.form.submit }).click();
      await expect(page).toHaveTitle(new RegExp(`^${t.form.errorPrefix}`));
      const summary = page.getByTestId("error-summary");
      await expect(summary.getByRole("link")).toHaveText([
        t.form.errors.fromRequired,
        t.form.errors.toRequired,
        t.form.errors.kindRequired,
      ]);
      await expect(page.getByLabel(t.form.from)).toHaveAttribute("aria-invalid", "true");
      await expectNoSeriousA11yViolations(page);
    });

    test(`a damaged link explains itself, ${locale}`, async ({ page }) => {
      for (const path of ["/transfer/result", "/transfer/checklist"]) {
        const res = await page.goto(`/${locale}${path}?${DAMAGED}`);
        expect(res?.status()).toBe(200);
        const notice = page.getByTestId("link-notice");
        await expect(notice).toContainText(t.link.heading);
        await expect(notice).toContainText(t.form.from);
        await expect(notice).toContainText(t.form.kind);
      }
      await page.getByRole("link", { name: t.link.fix }).click();
      await expect(page.getByLabel(t.form.to)).toHaveValue("310100");
    });

    for (const [name, path] of [
      ["check", "/transfer"],
      ["result", `/transfer/result?${HUZHOU_TO_SHANGHAI}&ad=2026-10-08`],
      ["result (not applicable)", "/transfer/result?v=1&fr=320000&to=310100&k=child"],
      ["checklist", `/transfer/checklist?${HUZHOU_TO_SHANGHAI}&t=id-card_a`],
      ["damaged link", `/transfer/result?${DAMAGED}`],
    ] as const)
      test(`axe: ${name}, ${locale}`, async ({ page }) => {
        await page.goto(`/${locale}${path}`);
        await page.locator("details").evaluateAll((all) => {
          for (const d of all) (d as HTMLDetailsElement).open = true;
        });
        await expectNoSeriousA11yViolations(page);
      });
  }
});
