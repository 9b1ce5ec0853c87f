import { expect, type Page, test } from "@playwright/test";
import { LINK_KEYS } from "../lib/answers-url/keys";
import { questionUrl, resultUrl } from "../lib/questionnaire/urls";
import { ZHENGZHOU_RENTER } from "../policies/tests/applicants";
import { fillPerson, randomPerson, submitBooking } from "./support/booking";
import {
  a11yProblems,
  bookThroughApi,
  careViolations,
  enableCare,
  openManageLink,
  reflowViolations,
  TEXT_SPACING_CSS,
  visibleText,
} from "./support/care";
import { answerQuestions, type Locale, messages, scenarioOf } from "./support/flow";

/**
 * 关怀模式 (issue 17, ADR 0015): the switch, the care-mode measurements on every kind of resident page at
 * 390 px in both scripts, 200 % zoom and WCAG 1.4.12 text spacing in both modes, and 朗读.
 */

const ZZ = { city: "zhengzhou", district: "410105" } as const;
const RENTER_SCENARIO = scenarioOf(ZHENGZHOU_RENTER);

async function submitStep(page: Page, testId: string) {
  const before = page.url();
  await page.getByTestId(testId).click();
  await page.waitForURL((url) => url.toString() !== before);
}

// Request-level and one-page tests: the width does not matter, so they run once (@phone).
test.describe("the care-mode switch", { tag: "@phone" }, () => {
  test("works without JavaScript, returns to the same page and query, and persists", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const m = messages["zh-Hant"];
    const question = questionUrl("zh-Hant", "district", ZZ);
    await page.goto(question);
    await expect(page.locator("html")).not.toHaveClass(/care/);
    const toCare = page.getByRole("link", { name: m.care.switchOn });
    await expect(toCare).toHaveAttribute("rel", "nofollow");
    await toCare.click();
    await expect(page).toHaveURL(question);
    await expect(page.locator("html")).toHaveClass("care");
    const cookie = (await context.cookies()).find((c) => c.name === "care");
    expect(cookie).toMatchObject({ value: "1", httpOnly: true, sameSite: "Lax", path: "/" });
    expect(cookie!.expires - Date.now() / 1000).toBeGreaterThan(300 * 24 * 3600);
    // Persists: another page, the other script.
    await page.goto("/zh-Hans");
    await expect(page.locator("html")).toHaveClass("care");
    // Secondary links are folded away: the language links sit in a closed 更多.
    await expect(page.getByTestId("language-switch")).toBeHidden();
    await page.getByText(messages["zh-Hans"].care.more, { exact: true }).click();
    await expect(page.getByTestId("language-switch")).toBeVisible();
    // And back to 标准版.
    await page.getByRole("link", { name: messages["zh-Hans"].care.switchOff }).click();
    await expect(page).toHaveURL(/\/zh-Hans$/);
    await expect(page.locator("html")).not.toHaveClass(/care/);
    await context.close();
  });

  test("sends the browser nowhere but a page of this portal", async ({ request }) => {
    const attacks = [
      "//evil.example",
      "//evil.example/zh-Hans",
      "/\\evil.example",
      "/%09/evil.example",
      "%09//evil.example",
      "/%0a/evil.example",
      "javascript:alert(1)",
      "https://evil.example/zh-Hans",
      "/api/v1/policies",
    ];
    for (const back of attacks) {
      // The attack string is put in the query as an attacker would write it (%09 stays a tab).
      const response = await request.get(`/care-mode?on=1&back=${back.replace(/\\/g, "%5C")}`, {
        maxRedirects: 0,
        headers: { Cookie: "NEXT_LOCALE=zh-Hant" },
      });
      expect(response.status(), back).toBe(303);
      expect(response.headers().location, back).toBe("/zh-Hant");
    }
    // A spoofed Host or X-Forwarded-Host changes nothing: the way back is relative.
    const spoofed = await request.get(`/care-mode?on=0&back=${encodeURIComponent("/zh-Hans/result?v=1")}`, {
      maxRedirects: 0,
      headers: { "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "https" },
    });
    expect(spoofed.headers().location).toBe("/zh-Hans/result?v=1");
    expect(spoofed.headers()["set-cookie"]).toMatch(/^care=0; Path=\/; Max-Age=0/);
    expect(spoofed.headers()["x-robots-tag"]).toContain("noindex");
  });

  test("with JavaScript, returns to the page as it is now (a ticked checklist); large print", async ({
    page,
  }) => {
    const m = messages["zh-Hans"];
    await page.goto(
      `/zh-Hans/checklist?${new URLSearchParams(resultUrl("zh-Hans", ZHENGZHOU_RENTER).split("?")[1]).toString()}&${LINK_KEYS.route}=zz-rental`,
    );
    await page.locator('input[name="t"]').first().check();
    await expect(page).toHaveURL(/[?&]t=/);
    const ticked = page.url();
    await page.getByRole("link", { name: m.care.switchOn }).click();
    await expect(page.locator("html")).toHaveClass("care");
    expect(page.url()).toBe(ticked);
    await expect(page.locator('input[name="t"]').first()).toBeChecked();
    // Back to 标准版, tick another, and take the checklist's own large-print link.
    await page.getByRole("link", { name: m.care.switchOff }).click();
    await expect(page.locator("html")).not.toHaveClass(/care/);
    await page.locator('input[name="t"]').nth(1).check();
    await expect(page).not.toHaveURL(ticked);
    const twoTicked = page.url();
    await page.getByTestId("large-print").click();
    await expect(page.locator("html")).toHaveClass("care");
    expect(page.url()).toBe(twoTicked);
    await expect(page.getByTestId("large-print")).toHaveCount(0);
    // Printed in care mode, it is large print: 16 pt text (21.3 px), 24 pt title.
    await page.emulateMedia({ media: "print" });
    const sizes = await page.evaluate(() => ({
      body: getComputedStyle(document.body).fontSize,
      title: getComputedStyle(document.querySelector("h1")!).fontSize,
      item: getComputedStyle(document.querySelector("li[data-item] label[data-speak]")!).fontSize,
    }));
    expect(Number.parseFloat(sizes.body)).toBeGreaterThanOrEqual(21.3);
    expect(Number.parseFloat(sizes.title)).toBeGreaterThanOrEqual(32);
    expect(Number.parseFloat(sizes.item)).toBeGreaterThanOrEqual(21.3);
  });
});

for (const locale of ["zh-Hans", "zh-Hant"] as Locale[]) {
  test(`care mode at 390 px, ${locale}: text, targets, spacing, one column, axe and contrast on every resident page`, {
    tag: "@phone",
  }, async ({ browser, baseURL }) => {
    test.setTimeout(150_000);
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    await enableCare(context, baseURL!);
    const page = await context.newPage();
    const m = messages[locale];
    const b = m.booking;
    const checked: string[] = [];
    // axe (with the 4.5:1 contrast check) on every page in one script; in the other, on the pages whose
    // content differs most (the measurements, which are cheap, run everywhere in both).
    const axeIn =
      locale === "zh-Hans" ? () => true : (what: string) => /start|result|details|manage \(/.test(what);
    const check = async (what: string) => {
      await expect(page.locator("html"), what).toHaveClass("care");
      expect(await careViolations(page), `${what}: ${page.url()}`).toEqual([]);
      if (axeIn(what)) expect(await a11yProblems(page), `${what}: ${page.url()}`).toEqual([]);
      checked.push(what);
    };

    await page.goto(`/${locale}`);
    await check("start");
    await page.goto(questionUrl(locale, "district", ZZ));
    await check("question (radio)");
    await page.goto(
      questionUrl(locale, "rentMonths", { ...ZZ, origin: "other-city", renting: true, leaseFiled: true }),
    );
    await check("question (number, with 不清楚)");
    await page.goto(questionUrl(locale, "birthDate", ZZ));
    await check("question (date)");
    // A submitted empty answer: the error summary and the inline error.
    await page.getByRole("button", { name: m.flow.continue }).click();
    await expect(page.getByTestId("error-summary")).toBeVisible();
    await check("question (error)");

    await answerQuestions(page, locale, RENTER_SCENARIO);
    await check("check answers");
    await page.getByRole("link", { name: m.answers.seeResult }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.result.title);
    // Everything folded on the result (other branches, routes not open) is measured unfolded too.
    await page.locator("main details").evaluateAll((all) => {
      for (const d of all) (d as HTMLDetailsElement).open = true;
    });
    await check("result (reasons open)");
    const card = page.locator('section[data-route="zz-rental"]');
    await card.getByRole("link", { name: m.result.checklistLink }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.checklist.title);
    await check("checklist");

    await page.goBack();
    await card.getByRole("link", { name: m.result.bookLink }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(b.title);
    await check("booking: office");
    // Nothing is pre-selected: the resident chooses.
    await page.locator('input[name="office"]').first().check();
    await submitStep(page, "office-submit");
    await check("booking: date");
    await page.locator('input[name="date"]:not([disabled])').first().check();
    await submitStep(page, "date-submit");
    await check("booking: time");
    // Parallel runs share the database: a random one of the last free times, and if it fills up
    // meanwhile, the first time the page suggests instead.
    const times = page.locator('input[name="time"]:not([disabled])');
    // (From the end of the day: booking.spec.ts takes one of the first five.)
    const count = await times.count();
    await times.nth(count - 1 - Math.floor(Math.random() * Math.min(8, count))).check();
    await submitStep(page, "time-submit");
    await check("booking: details");
    const person = randomPerson();
    await fillPerson(page, person);
    await submitBooking(page, person);
    await expect(page.getByTestId("manage-banner")).toBeVisible();
    await check("manage (confirmation)");
    await page.goto(`/${locale}/book/manage`);
    await check("manage: look-up");
    expect(checked).toHaveLength(14);
    await context.close();
  });
}

const ZOOM_PAGES = (locale: Locale) => [
  `/${locale}`,
  questionUrl(locale, "district", ZZ),
  questionUrl(locale, "birthDate", ZZ),
  resultUrl(locale, ZHENGZHOU_RENTER),
  `/${locale}/checklist?${resultUrl(locale, ZHENGZHOU_RENTER).split("?")[1]}&${LINK_KEYS.route}=zz-rental`,
  `/${locale}/book?business=settlement&route=zz-rental&district=410105`,
];

for (const mode of ["standard", "care"] as const) {
  const locale: Locale = mode === "care" ? "zh-Hant" : "zh-Hans";
  test(`${mode} mode, ${locale}: 200 % zoom and WCAG 1.4.12 text spacing lose nothing`, {
    tag: "@phone",
  }, async ({ browser, baseURL, request }) => {
    test.setTimeout(120_000);
    // Browser zoom at 200 % of a 1280 × 800 window = a 640 × 400 CSS-pixel viewport drawn at 2 device
    // pixels per CSS pixel: media queries, wrapping and text size are what the resident gets. (CSS zoom
    // leaves media queries at 1280; page scale (pinch) does not reflow at all.)
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      deviceScaleFactor: 2,
    });
    if (mode === "care") await enableCare(context, baseURL!);
    const page = await context.newPage();
    const manage = await openManageLink(page, await bookThroughApi(request, locale));
    for (const path of [...ZOOM_PAGES(locale), manage]) {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(path);
      await expect(page.locator("html")).toHaveClass(mode === "care" ? "care" : "");
      if (mode === "standard") expect(await a11yProblems(page), path).toEqual([]);
      const full = await visibleText(page);
      await page.setViewportSize({ width: 640, height: 400 });
      expect(await reflowViolations(page), `200 %: ${path}`).toEqual([]);
      expect(await visibleText(page), `200 % shows all the text: ${path}`).toBe(full);
      const spacing = await page.addStyleTag({ content: TEXT_SPACING_CSS });
      expect(await reflowViolations(page), `text spacing at 200 %: ${path}`).toEqual([]);
      await page.setViewportSize({ width: 1280, height: 800 });
      expect(await reflowViolations(page), `text spacing at 100 %: ${path}`).toEqual([]);
      await spacing.evaluate((el) => (el as Element).remove());
    }
    await context.close();
  });
}

/** A speechSynthesis of our own: voices arrive late (as in Chrome), utterances are recorded. */
function fakeSpeech(voices: { lang: string; name: string }[]) {
  const spoken: { text: string; lang: string; voice?: string }[] = [];
  (window as unknown as { __spoken: typeof spoken }).__spoken = spoken;
  const events = new EventTarget();
  let list: typeof voices = [];
  class Utterance {
    lang = "";
    voice: { name: string } | null = null;
    rate = 1;
    onend: (() => void) | null = null;
    onerror: (() => void) | null = null;
    constructor(public text: string) {}
  }
  const synth = {
    getVoices: () => list.map((v) => ({ ...v, localService: true, default: false, voiceURI: v.name })),
    speak: (u: Utterance) => {
      spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name });
      setTimeout(() => u.onend?.(), 50);
    },
    cancel: () => {},
    addEventListener: events.addEventListener.bind(events),
    removeEventListener: events.removeEventListener.bind(events),
  };
  Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
  Object.defineProperty(window, "SpeechSynthesisUtterance", { value: Utterance, configurable: true });
  setTimeout(() => {
    list = voices;
    events.dispatchEvent(new Event("voiceschanged"));
  }, 300);
}

test.describe("朗读 (read aloud)", { tag: "@phone" }, () => {
  test("reads the verdict and the checklist in a voice of the page's script", async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext();
    await enableCare(context, baseURL!);
    await context.addInitScript(fakeSpeech, [
      { lang: "en-US", name: "English" },
      { lang: "zh-HK", name: "粵語" },
      { lang: "zh-TW", name: "國語（臺灣）" },
      { lang: "zh-CN", name: "普通话" },
    ]);
    const page = await context.newPage();
    const spoken = () =>
      page.evaluate(
        () => (window as unknown as { __spoken: { text: string; lang: string; voice?: string }[] }).__spoken,
      );
    for (const locale of ["zh-Hant", "zh-Hans"] as Locale[]) {
      const m = messages[locale];
      await page.goto(resultUrl(locale, ZHENGZHOU_RENTER));
      const button = page.getByRole("button", { name: m.care.readAloud });
      await button.click();
      const said = await spoken();
      expect(said[0]).toEqual({
        text: m.result.title,
        lang: locale === "zh-Hant" ? "zh-TW" : "zh-CN",
        voice: locale === "zh-Hant" ? "國語（臺灣）" : "普通话",
      });
      const all = said.map((s) => s.text).join("\n");
      expect(all).toContain(m.policy.routes["zz-rental"]);
      expect(all).toContain(m.policy.verdicts.eligible);
      await page.evaluate(() => {
        (window as unknown as { __spoken: unknown[] }).__spoken.length = 0;
      });
    }
    await page.goto(
      `/zh-Hans/checklist?${resultUrl("zh-Hans", ZHENGZHOU_RENTER).split("?")[1]}&${LINK_KEYS.route}=zz-rental`,
    );
    await page.getByRole("button", { name: messages["zh-Hans"].care.readAloud }).click();
    const items = await page.locator("li[data-item] label[data-speak]").allInnerTexts();
    const texts = (await spoken()).map((s) => s.text);
    expect(texts[0]).toBe(messages["zh-Hans"].checklist.title);
    for (const item of items) expect(texts).toContain(item.trim());
    await context.close();
  });

  test("is absent without a Chinese voice, in standard mode, and without JavaScript", async ({
    browser,
    baseURL,
  }) => {
    const url = resultUrl("zh-Hans", ZHENGZHOU_RENTER);
    const noVoice = await browser.newContext();
    await enableCare(noVoice, baseURL!);
    await noVoice.addInitScript(fakeSpeech, [
      { lang: "en-US", name: "English" },
      { lang: "ja-JP", name: "日本語" },
    ]);
    const page = await noVoice.newPage();
    await page.goto(url);
    await page.waitForTimeout(800); // the voices have arrived by now
    expect(await page.evaluate(() => window.speechSynthesis.getVoices().length)).toBe(2);
    await expect(page.getByTestId("read-aloud")).toHaveCount(0);
    await noVoice.close();

    const standard = await browser.newContext();
    await standard.addInitScript(fakeSpeech, [{ lang: "zh-CN", name: "普通话" }]);
    const page2 = await standard.newPage();
    await page2.goto(url);
    await page2.waitForTimeout(800);
    await expect(page2.getByTestId("read-aloud")).toHaveCount(0);
    await standard.close();

    const noScript = await browser.newContext({ javaScriptEnabled: false });
    await enableCare(noScript, baseURL!);
    const page3 = await noScript.newPage();
    await page3.goto(url);
    await expect(page3.locator("html")).toHaveClass("care");
    await expect(page3.getByTestId("read-aloud")).toHaveCount(0);
    await expect(page3.locator("[data-speak]").first()).toBeVisible();
    await noScript.close();
  });
});
