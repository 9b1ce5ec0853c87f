import { expect, type Page } from "@playwright/test";
import hans from "../../messages/zh-Hans.json" with { type: "json" };
import hant from "../../messages/zh-Hant.json" with { type: "json" };

export const messages = { "zh-Hans": hans, "zh-Hant": hant } as const;
export type Locale = keyof typeof messages;

/** Answers a scenario gives, as they are written in the form (link values: "1", "0", "x", enum values, numbers). */
export type Scenario = Record<string, string>;

// Questions that cannot be answered "不清楚" get these unless the scenario says otherwise.
const DEFAULTS: Scenario = { birthDate: "1990-01-01", withSpouse: "0", withChildren: "0", withParents: "0" };

/**
 * Walks the questionnaire from the first question to "check your answers", answering each question the
 * site asks from the scenario (or "不清楚" where allowed). Works with JavaScript on and off.
 */
export async function answerQuestions(page: Page, locale: Locale, scenario: Scenario): Promise<string[]> {
  const asked: string[] = [];
  const m = messages[locale];
  await page.goto(`/${locale}/check`);
  for (let i = 0; i < 60; i++) {
    const match = /\/check\/([A-Za-z0-9]+)/.exec(new URL(page.url()).pathname);
    if (!match || match[1] === "answers") break;
    const field = match[1]!;
    asked.push(field);
    const value = scenario[field] ?? DEFAULTS[field];
    const radios = page.locator('input[type="radio"]');
    if ((await radios.count()) > 0) {
      const choice = page.locator(`input[type="radio"][value="${value ?? "x"}"]`);
      expect(await choice.count(), `option ${value ?? "x"} for ${field}`).toBe(1);
      await choice.check();
    } else if (value === undefined || value === "x") {
      await page.getByRole("checkbox", { name: m.questions.common.unknown }).check();
    } else {
      await page.locator("form input[inputmode=numeric], form input[type=date]").fill(value);
    }
    const before = page.url();
    await page.getByRole("button", { name: m.flow.continue }).click();
    await page.waitForURL((url) => url.toString() !== before);
  }
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.answers.title);
  return asked;
}

export async function verdictOf(page: Page, routeId: string) {
  return page.locator(`section[data-route="${routeId}"] [data-verdict]`).getAttribute("data-verdict");
}

/**
 * On a checklist page: ticks the first document the way the page offers it — the box alone with
 * JavaScript (the update button is hidden), box then "更新清单" without — and checks the count moved.
 */
export async function tickFirstItem(page: Page, locale: Locale, javaScriptEnabled: boolean): Promise<void> {
  const update = page.getByRole("button", { name: messages[locale].checklist.update });
  const count = page.getByTestId("missing-count");
  const before = await count.textContent();
  if (javaScriptEnabled) await expect(update).toBeHidden();
  await page.locator('input[name="t"]').first().check();
  if (!javaScriptEnabled) await update.click();
  await expect(count).not.toHaveText(before!);
  await expect(page.locator('input[name="t"]').first()).toBeChecked();
}

/** A scenario (answers as the form writes them) from policy-library answers: true → "1", 12 → "12". */
export function scenarioOf(answers: Record<string, string | number | boolean | undefined>): Scenario {
  const scenario: Scenario = {};
  for (const [field, value] of Object.entries(answers)) {
    if (value === undefined) continue;
    scenario[field] = typeof value === "boolean" ? (value ? "1" : "0") : String(value);
  }
  return scenario;
}
