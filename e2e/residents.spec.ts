import { expect, test } from "@playwright/test";
import { answerQuestions, type Locale, messages, verdictOf } from "./support/flow";
import { RESIDENTS } from "./support/residents";

// Issue 13's five residents, each once (phone or desktop as they would use it, one script each, the
// other script checked on the same result link).
test.setTimeout(150_000);

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? `{${k}}`));

/** Words a resident must never see in a route card. */
async function expectReadable(page: import("@playwright/test").Page) {
  const cards = await page.locator("section[data-route]").allInnerTexts();
  for (const text of cards) {
    expect(text).not.toMatch(/个月\s*个月|個月\s*個月|周岁\s*周岁|週歲\s*週歲|[¶§]|\.txt|未回答个月/);
    expect(text).not.toMatch(/\b(rentMonths|siLast12|birthDate|policy\.|result\.)\b/);
  }
}

test("1. a 郑州 renter with spouse and child: full-width months, a changed answer kept, one open route with a date for another", {
  tag: "@phone",
}, async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const m = messages["zh-Hans"];
  const asked = await answerQuestions(page, "zh-Hans", RESIDENTS.zhengzhouRenter);
  expect(asked).toEqual([
    "city",
    "district",
    "origin",
    "hukouRural",
    "siLast12",
    "renting",
    "leaseFiled",
    "rentMonths",
    "withSpouse",
    "withChildren",
    "withParents",
    // The checklist's own questions (issue 12): where to register, whether the 户口簿 shows the relations.
    "regAddress",
    "relationShown",
  ]);
  await expect(page.getByTestId("answer-rentMonths")).toHaveText("14 个月");
  // 租房 → 否 drops the lease questions from the answers; → 是 brings them back without asking again.
  for (const [value, back] of [
    ["0", false],
    ["1", true],
  ] as const) {
    await page.getByTestId("change-renting").click();
    await page.locator(`input[type="radio"][value="${value}"]`).check();
    await page.getByRole("button", { name: m.flow.continue }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.answers.title);
    await expect(page.getByTestId("answer-rentMonths")).toHaveCount(back ? 1 : 0);
  }
  await expect(page.getByTestId("answer-leaseFiled")).toHaveText(m.policy.options.leaseFiled.true);

  await page.getByRole("link", { name: m.answers.seeResult }).click();
  const rental = page.locator('section[data-route="zz-rental"]');
  expect(await verdictOf(page, "zz-rental")).toBe("eligible");
  await expect(rental.getByTestId("route-sentence")).toHaveText(
    "你在金水区租房并登记已 14 个月，满足“租赁住房满 1 年”的要求，可以申请。",
  );
  await expect(rental).toContainText("第三部分第一段");
  // The insurance route is 3 months short: the day it opens, and a reminder with no personal data.
  const insurance = page.locator('section[data-route="zz-insurance"]');
  await expect(insurance.getByTestId("route-sentence")).toContainText(
    "你近一年内参加城镇社保 3 个月，还差 3 个月。",
  );
  await expect(insurance.getByTestId("route-sentence")).toHaveText(
    /\d{4} 年 \d{1,2} 月 \d{1,2} 日起可以申请。$/,
  );
  const ics = await page.request.get((await insurance.getByTestId("reminder").getAttribute("href"))!);
  expect(ics.headers()["content-type"]).toContain("text/calendar");
  const body = await ics.text();
  expect(body).toContain("BEGIN:VEVENT");
  expect(body).toMatch(/DTSTART;VALUE=DATE:\d{8}/);
  // Only the date and the route: not the district, the months answered, or the answers' link.
  expect(body).not.toMatch(/金水|410105|14 个月|3 个月|v=1|rn=|\/result\?/);
  await expectReadable(page);

  // The same link in Traditional script: the sentence converted, the quote with its original a tap away.
  await page.goto(page.url().replace("/zh-Hans/", "/zh-Hant/"));
  await expect(rental.getByTestId("route-sentence")).toHaveText(
    "你在金水區租房並登記已 14 個月，滿足“租賃住房滿 1 年”的要求，可以申請。",
  );
  await rental.getByText(messages["zh-Hant"].citation.original).first().click();
  await expect(rental.getByTestId("quote-original").first()).toContainText("租赁住房");
  await page.goto(page.url().replace("/zh-Hant/", "/zh-Hans/"));

  // Next steps are buttons; the checklist leads on to booking.
  await expect(rental.getByTestId("booking-button")).toBeVisible();
  await rental.getByTestId("checklist-button").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.checklist.title);
  await page.getByTestId("checklist-booking").click();
  await expect(page).toHaveURL(/\/zh-Hans\/book\?business=settlement&route=zz-rental/);
  await context.close();
});

test("2. a 45-year-old 本科 graduate moving to 青岛, JavaScript off, Traditional script", {
  tag: "@phone",
}, async ({ browser }) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 1280, height: 800 },
  });
  const page = await context.newPage();
  const m = messages["zh-Hant"];
  const asked = await answerQuestions(page, "zh-Hant", RESIDENTS.qingdaoGraduate);
  expect(asked.slice(0, 3)).toEqual(["city", "situation", "district"]);
  for (const f of ["gradCollective", "returnWork", "homestead", "origin"]) expect(asked).not.toContain(f);
  // 12 questions, and where to register once the talent route is open (the checklist's consent follows it).
  expect(asked).toHaveLength(13);
  expect(asked).toContain("regAddress");
  // Without JavaScript too, a changed answer keeps the rest: 就业 → 否 drops the key-project question,
  // → 是 brings its answer back without asking it again.
  for (const [value, back] of [
    ["0", false],
    ["1", true],
  ] as const) {
    await page.getByTestId("change-employed").click();
    await page.locator(`input[type="radio"][value="${value}"]`).check();
    await page.getByRole("button", { name: m.flow.continue }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.answers.title);
    await expect(page.getByTestId("answer-keyProject")).toHaveCount(back ? 1 : 0);
  }
  await page.getByRole("link", { name: m.answers.seeResult }).click();
  expect(await verdictOf(page, "qd-talent")).toBe("eligible");
  const talent = page.locator('section[data-route="qd-talent"]');
  await expect(talent.getByTestId("route-sentence")).toHaveText(
    "你符合“具有國家承認的本科學歷或學士學位”；你今年 45 週歲，滿足“年齡在 45 週歲以下”的要求，可以申請。",
  );
  await expect(talent).toContainText("第二條第（一）項第2目");
  // 青岛's own Traditional quote, shown once, with nothing to convert.
  await expect(talent.locator("blockquote:visible")).toHaveCount(1);
  await expect(talent.locator("blockquote:visible")).toContainText("45周歲以下,具有國家承認的本科學歷");
  // Routes for people already in 青岛 or returning home are folded away; so are the closed ones.
  await expect(page.getByTestId("other-routes")).toContainText(fill(m.result.otherRoutes, { count: 4 }));
  await expect(page.getByTestId("closed-routes")).not.toHaveAttribute("open", "");
  await expectReadable(page);

  // The forecast at the first real question: about a dozen, not two dozen.
  await page.goto("/zh-Hant/check/birthDate?v=1&c=qingdao&sn=moving-in&d=370212");
  const progress = (await page.getByTestId("progress").textContent()) ?? "";
  const total = Number(/共 (\d+) 題/.exec(progress)?.[1]);
  expect(total).toBeGreaterThanOrEqual(4);
  expect(total).toBeLessThanOrEqual(16);

  // In Simplified script the Traditional quote is converted, the original one tap away.
  await page.goto(
    `/zh-Hans/result?v=1&c=qingdao&sn=moving-in&d=370212&b=1981-03-10&e=bachelor&em=1&kp=0&h=none&j=none&ws=1&wc=0&wp=0`,
  );
  await expect(talent.locator("blockquote").first()).toContainText("45周岁以下,具有国家承认的本科学历");
  await talent.getByText(messages["zh-Hans"].citation.original).first().click();
  await expect(talent.getByTestId("quote-original").first()).toContainText("45周歲以下");
  await context.close();
});

test("3. the HR office opens an employee's shared checklist and goes on to booking", {
  tag: "@phone",
}, async ({ browser }) => {
  const employee = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await employee.newPage();
  const m = messages["zh-Hans"];
  const asked = await answerQuestions(page, "zh-Hans", RESIDENTS.qingdaoEmployee);
  expect(asked).toHaveLength(18);
  expect(asked).toContain("regAddress");
  await page.getByRole("link", { name: m.answers.seeResult }).click();
  expect(await verdictOf(page, "qd-stable")).toBe("eligible");
  await page.locator('section[data-route="qd-stable"]').getByTestId("checklist-button").click();
  const shared = (await page.getByTestId("share-url").textContent())!;
  await employee.close();

  const office = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 1280, height: 800 },
  });
  const hr = await office.newPage();
  await hr.goto(shared.replace("/zh-Hans/", "/zh-Hant/"));
  const t = messages["zh-Hant"];
  await expect(hr.getByRole("heading", { level: 1 })).toHaveText(t.checklist.title);
  await expect(hr.getByTestId("checklist-booking")).toHaveText(t.checklist.toBooking);
  await hr.getByTestId("checklist-booking").click();
  await expect(hr).toHaveURL(/\/zh-Hant\/book\?business=settlement&route=qd-stable&district=370211/);
  await office.close();
});

test("4. a 湖州 resident joining a spouse in 上海 is sent to the transfer check; 湖州's draft cannot be booked", {
  tag: "@phone",
}, async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  for (const locale of ["zh-Hans", "zh-Hant"] as Locale[]) {
    const m = messages[locale];
    await page.goto(`/${locale}/check`);
    await expect(page).toHaveURL(/\/check\/city/);
    await page
      .getByTestId("transfer-aside")
      .getByRole("link", { name: m.questions.city.transferLink })
      .click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/transfer$`));
    await page.getByLabel(m.transfer.form.from).selectOption("330500");
    await page.getByLabel(m.transfer.form.to).selectOption("310100");
    await page.locator('input[name="k"][value="spouse"]').check();
    await page.getByRole("button", { name: m.transfer.form.submit }).click();
    await expect(page.getByTestId("transfer-verdict")).toHaveText(m.transfer.result.yes);

    // Settling in 湖州 itself: the draft is shown, the checklist offered, booking replaced by a notice.
    await page.goto(`/${locale}/result?v=1&c=huzhou&d=330502&h=residential&ua=1&ws=1&wc=0&wp=0`);
    const home = page.locator('section[data-route="hz-home"]');
    await expect(page.getByTestId("draft-warning")).toBeVisible();
    await expect(home.getByTestId("checklist-button")).toBeVisible();
    await expect(home.getByTestId("booking-button")).toHaveCount(0);
    await expect(home.getByTestId("draft-no-booking")).toHaveText(m.result.draftNoBooking);
  }
  await context.close();
});

test("5. a 肇庆 applicant answering 不清楚 seven times gets ways forward and where to ask", {
  tag: "@phone",
}, async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const m = messages["zh-Hant"];
  const asked = await answerQuestions(page, "zh-Hant", RESIDENTS.zhaoqingUnsure);
  const unsure = asked.filter((f) => (RESIDENTS.zhaoqingUnsure as Record<string, string>)[f] === "x");
  expect(unsure).toHaveLength(7);
  expect(asked).toHaveLength(17);
  await page.getByRole("link", { name: m.answers.seeResult }).click();
  await expect(page.getByTestId("summary")).toHaveText(m.result.summaryNone);
  const ways = page.getByTestId("ways-forward");
  await expect(ways.locator('[data-way="questions"]')).toHaveCount(4);
  await expect(ways).toContainText(m.questions.permit.short);
  await expect(page.getByTestId("ask-offices").locator("li").first()).toContainText("端州");
  await expectReadable(page);
  // Each 不清楚 links back to its question, returning to the check page.
  await page
    .locator('section[data-route="zq-rental"]')
    .getByRole("link", { name: m.result.answeredUnknown })
    .first()
    .click();
  await expect(page).toHaveURL(/\/zh-Hant\/check\/permit\?.*ret=answers/);
  await context.close();
});
