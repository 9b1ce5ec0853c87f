import type { Page } from "@playwright/test";
import { idCheckDigit } from "../../lib/booking/id-number";

/** A fresh random person for each booking, so runs and parallel workers never collide. */
export function randomPerson() {
  const birth = `19${60 + Math.floor(Math.random() * 40)}0${1 + Math.floor(Math.random() * 9)}1${Math.floor(Math.random() * 9)}`;
  const first17 = `410105${birth}${String(Math.floor(Math.random() * 1000)).padStart(3, "0")}`;
  return {
    name: "张三",
    phone: `13${5 + Math.floor(Math.random() * 4)}${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`,
    idNumber: first17 + idCheckDigit(first17),
  };
}
export type Person = ReturnType<typeof randomPerson>;

/**
 * On the details step, with the person's details typed in: submits, and, since parallel runs share the
 * database, when the time has just filled up takes the first time the page suggests, types the details
 * again and submits again (up to 3 times). Ends on the confirmation page, or wherever the last try left.
 */
export async function submitBooking(page: Page, person: Person): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    await page.getByTestId("booking-submit").click();
    const outcome = await Promise.race([
      page
        .getByTestId("manage-banner")
        .waitFor()
        .then(() => "booked"),
      page
        .getByTestId("suggestions")
        .waitFor()
        .then(() => "full"),
    ]);
    if (outcome === "booked" || attempt >= 3) return;
    await page.getByTestId("suggestions").getByRole("link").first().click();
    await fillPerson(page, person);
  }
}

export async function fillPerson(page: Page, person: Person): Promise<void> {
  await page.locator("#booking-name").fill(person.name);
  await page.locator("#booking-phone").fill(person.phone);
  await page.locator("#booking-id-number").fill(person.idNumber);
}

/**
 * Tap targets below 44 × 44 CSS px (WCAG 2.5.5 / GOV.UK): links, buttons and the labels of radios and
 * checkboxes inside the main content. Links inside running text are exempt only when they wrap.
 */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.locator("main").evaluate((main) => {
    const out: string[] = [];
    const targets = main.querySelectorAll<HTMLElement>(
      "a[href], button, input[type=submit], label:has(input)",
    );
    for (const el of targets) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue; // not rendered (hidden)
      if (el.closest(".sr-only")) continue;
      // The target's height is what a finger hits; width is fine for any label of two characters or more.
      if (r.height < 44)
        out.push(
          `${el.tagName.toLowerCase()} "${(el.textContent ?? "").trim().slice(0, 30)}" ${Math.round(r.height)} px`,
        );
    }
    return out;
  });
}
