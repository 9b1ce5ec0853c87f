import { readFileSync } from "node:fs";
import { type Browser, type BrowserContext, expect, type Page } from "@playwright/test";
import { generateSync } from "otplib";

export const STAFF_PASSWORD = "counter morning tea 2026";

/** The one-time links `npm run staff -- add` printed when the e2e server started (serve-e2e.sh). */
export function cliEnrolmentLinks(): string[] {
  return readFileSync(".reports/e2e-staff-links.txt", "utf8")
    .split("\n")
    .filter((l) => l.startsWith("http"))
    .map((l) => new URL(l).pathname);
}

/**
 * A code for the next 30-second step: enrolment has just used this step's code, and a code is
 * accepted once, so the first sign-in uses the next one (the server allows one step of drift).
 */
export function nextCode(secret: string): string {
  return generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });
}
export function currentCode(secret: string): string {
  return generateSync({ secret, epoch: Math.floor(Date.now() / 1000) });
}

export interface StaffUser {
  username: string;
  secret: string;
  context: BrowserContext;
  page: Page;
}

/** Opens an enrolment link, reads the TOTP secret off the page, sets the password, proves a code. */
export async function enrol(page: Page, linkPath: string): Promise<string> {
  await page.goto(linkPath);
  const secret = ((await page.getByTestId("totp-secret").textContent()) ?? "").replace(/\s/g, "");
  await page.locator("#f-password").fill(STAFF_PASSWORD);
  await page.locator("#f-confirm").fill(STAFF_PASSWORD);
  await page.locator("#f-code").fill(currentCode(secret));
  await page.getByTestId("enrol-form").getByRole("button").click();
  await expect(page.getByTestId("enrolled-note")).toBeVisible();
  return secret;
}

export async function signIn(page: Page, username: string, password: string, code: string): Promise<void> {
  if (!page.url().includes("/staff/sign-in")) await page.goto("/zh-Hans/staff/sign-in");
  await page.locator("#f-username").fill(username);
  await page.locator("#f-password").fill(password);
  await page.locator("#f-code").fill(code);
  await page.getByTestId("sign-in-form").getByRole("button").click();
}

/** A new browser, enrolled from `linkPath` and signed in. */
export async function staffUser(
  browser: Browser,
  username: string,
  linkPath: string,
  javaScriptEnabled = true,
): Promise<StaffUser> {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  const secret = await enrol(page, linkPath);
  await signIn(page, username, STAFF_PASSWORD, nextCode(secret));
  await expect(page.getByTestId("signed-in-as")).toContainText(username);
  return { username, secret, context, page };
}

/**
 * The fields a form on `page` would send (including React's server-action id), so a test can
 * replay the POST with a forged token or from another origin.
 */
export async function formFields(page: Page, selector: string): Promise<Record<string, string>> {
  return page.locator(selector).evaluate((form) => {
    const out: Record<string, string> = {};
    for (const [k, v] of new FormData(form as HTMLFormElement)) if (typeof v === "string") out[k] = v;
    return out;
  });
}
