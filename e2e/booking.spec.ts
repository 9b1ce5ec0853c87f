import { expect, type Page, test } from "@playwright/test";
import { resultUrl } from "../lib/questionnaire/urls";
import type { Answers } from "../policies/fields";
import { ZHENGZHOU_RENTER } from "../policies/tests/applicants";
import { randomPerson, smallTargets, submitBooking } from "./support/booking";
import { type Locale, messages } from "./support/flow";

// A Zhengzhou renter who qualifies for the rental route (the questionnaire itself is covered elsewhere).
const ANSWERS: Answers = ZHENGZHOU_RENTER;

/**
 * Result → booking → confirmation → .ics → cancel, in both locales, with JavaScript on and off.
 * Each run books as a fresh random person, so runs and parallel workers never collide.
 */

async function submitStep(page: Page, testId: string) {
  const before = page.url();
  await page.getByTestId(testId).click();
  await page.waitForURL((url) => url.toString() !== before);
}

for (const javaScriptEnabled of [true, false]) {
  for (const locale of ["zh-Hans", "zh-Hant"] as Locale[]) {
    test(`booking flow, ${locale}, JavaScript ${javaScriptEnabled ? "on" : "off"}`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled, acceptDownloads: true });
      const page = await context.newPage();
      const m = messages[locale];
      const b = m.booking;
      const person = randomPerson();

      // From the result page of a Zhengzhou rental-route scenario.
      await page.goto(resultUrl(locale, ANSWERS));
      const card = page.locator('section[data-route="zz-rental"]');
      await card.getByRole("link", { name: m.result.bookLink }).click();

      await expect(page.getByRole("heading", { level: 1 })).toHaveText(b.title);
      await expect(page.getByTestId("sample-data")).toBeVisible();
      await expect(page.getByTestId("business-summary")).toContainText(m.policy.routes["zz-rental"]);
      expect(new URL(page.url()).searchParams.get("district")).toBe("410105");

      // Office (district first), date, time — nothing pre-selected: continuing without a choice is an
      // error that names the question, not a choice made for the resident.
      await expect(page.locator('input[name="office"]:checked')).toHaveCount(0);
      await expect(page.locator('input[name="office"]').first()).toHaveValue(/^410105-/);
      expect(await smallTargets(page)).toEqual([]);
      await submitStep(page, "office-submit");
      await expect(page.getByTestId("error-summary")).toContainText(b.errors.officeUnknown);
      await expect(page).toHaveTitle(new RegExp(`^${b.errors.titlePrefix}`));
      await page.locator('input[name="office"]').first().check();
      await submitStep(page, "office-submit");
      await expect(page.locator('input[name="date"]:checked')).toHaveCount(0);
      // The hint names the days this office opens, as its hours say.
      await expect(page.locator("#date-hint")).toContainText(/[周週]一至[周週][五六]/);
      expect(await smallTargets(page)).toEqual([]);
      await page.locator('input[name="date"]:not([disabled])').first().check();
      await submitStep(page, "date-submit");
      await expect(page.locator('input[name="time"]:checked')).toHaveCount(0);
      await expect(
        page.getByText(new RegExp(b.time.remaining.replace("{count}", "\\d+"))).first(),
      ).toBeVisible();
      const times = page.locator('input[name="time"]:not([disabled])');
      await times.nth(Math.floor(Math.random() * Math.min(5, await times.count()))).check();
      await submitStep(page, "time-submit");
      expect(await smallTargets(page)).toEqual([]);

      // Nothing typed: the summary names each field (not "请填写此项" three times).
      await page.getByTestId("booking-submit").click();
      for (const field of [b.fields.name, b.fields.phone, b.fields.idNumber])
        await expect(page.getByTestId("error-summary")).toContainText(
          b.errors.requiredNamed.replace("{field}", field),
        );

      // A wrong check digit: GOV.UK error summary, "错误：" title, nothing typed lost.
      const wrong = person.idNumber.slice(0, 17) + (person.idNumber[17] === "1" ? "2" : "1");
      await page.locator("#booking-name").fill(person.name);
      await page.locator("#booking-phone").fill(person.phone);
      await page.locator("#booking-id-number").fill(wrong);
      await page.getByTestId("booking-submit").click();
      const summary = page.getByTestId("error-summary");
      await expect(summary).toContainText(b.errors.id_checkDigit);
      await expect(page.getByTestId("booking-id-number-error")).toContainText(b.errors.id_checkDigit);
      await expect(page).toHaveTitle(new RegExp(`^${b.errors.titlePrefix}`));
      await expect(page.locator("#booking-name")).toHaveValue(person.name);
      await expect(page.locator("#booking-phone")).toHaveValue(person.phone);
      await expect(page.locator("#booking-id-number")).toHaveValue(wrong);
      await summary.getByRole("link").first().click();
      expect(page.url()).not.toContain(person.phone);

      // Correct it and book. Parallel runs share the database: if the time just filled up, the
      // page offers the next free times — take the first one and submit again.
      await page.locator("#booking-id-number").fill(person.idNumber);
      await submitBooking(page, person);
      await expect(page.getByTestId("manage-banner")).toContainText(b.confirmation.title);
      const reference = (await page.getByTestId("reference").textContent())?.trim() ?? "";
      expect(reference).toMatch(/^HK-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
      // The URL holds the reference only: no personal data, no manage token (that is in an httpOnly cookie).
      expect(new URL(page.url()).pathname).toBe(`/${locale}/book/manage/${reference}`);
      for (const secret of [person.phone, person.idNumber, encodeURIComponent(person.name)]) {
        expect(page.url()).not.toContain(secret);
      }
      const [cookie] = (await context.cookies()).filter((c) => c.name.startsWith("hk_manage_"));
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Strict" });
      // GOV.UK confirmation: what happens next; manage is a link; no cancel button here.
      await expect(page.getByTestId("next-steps")).toBeVisible();
      await expect(page.getByTestId("manage-link")).toHaveAttribute(
        "href",
        `/${locale}/book/manage/${reference}`,
      );
      await expect(page.getByTestId("cancel-submit")).toHaveCount(0);
      expect(await smallTargets(page)).toEqual([]);
      await expect(page.getByTestId("qr-code").locator("svg")).toBeVisible();
      // The result page attached its checklist: the confirmation links to what to bring.
      await expect(page.getByTestId("checklist-link")).toHaveAttribute(
        "href",
        new RegExp(`^/${locale}/checklist\\?`),
      );
      // Nothing on the page narrows a lookup guess: no digits of the mobile (nor of the ID number).
      const shown = (await page.locator("main").textContent()) ?? "";
      expect(shown).not.toContain(person.phone.slice(-4));
      expect(shown).not.toContain(person.idNumber.slice(-4));

      // .ics download
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByTestId("ics-link").click(),
      ]);
      expect(download.suggestedFilename()).toBe(`${reference}.ics`);
      const ics = await (await download.createReadStream()).toArray();
      const text = Buffer.concat(ics).toString("utf8");
      expect(text).toContain(`UID:${reference}@hukou-portal`);
      expect(text).toContain("BEGIN:VALARM");
      expect(text).toContain("TRIGGER:-P1D");

      // Another browser (no cookie) sees nothing of it at the manage URL.
      const stranger = await browser.newContext({ javaScriptEnabled });
      const other = await stranger.newPage();
      await other.goto(`/${locale}/book/manage/${reference}`);
      await expect(other.getByTestId("manage-expired")).toBeVisible();
      await expect(other.locator("main")).not.toContainText(b.manage.status.confirmed);
      await stranger.close();

      // Look it up by reference + mobile; cancelling takes a second, explicit step.
      await page.goto(`/${locale}/book/manage`);
      await page.locator("#lookup-reference").fill(reference.toLowerCase());
      await page.locator("#lookup-phone").fill(person.phone);
      await page.getByTestId("lookup-submit").click();
      await expect(page.getByTestId("reference")).toHaveText(reference);
      await page.getByTestId("cancel-link").click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(b.manage.cancelConfirmTitle);
      expect(await smallTargets(page)).toEqual([]);
      // "No": back, still booked.
      await page.getByTestId("cancel-keep").click();
      await expect(page.getByTestId("booking-details")).toContainText(b.manage.status.confirmed);
      await page.getByTestId("cancel-link").click();
      await page.getByTestId("cancel-submit").click();
      await expect(page.getByTestId("manage-banner")).toContainText(b.manage.cancelled);
      await expect(page.getByTestId("booking-details")).toContainText(b.manage.status.cancelled);
      await context.close();
    });
  }
}
