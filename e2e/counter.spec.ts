import { type Browser, expect, type Page, test } from "@playwright/test";
import { checklistUrl } from "../lib/questionnaire/urls";
import { ZHENGZHOU_RENTER } from "../policies/tests/applicants";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { fillPerson, randomPerson, submitBooking } from "./support/booking";
import { messages } from "./support/flow";
import { cliEnrolmentLinks, staffUser } from "./support/staff";

const OFFICE = "410105-hall";
/** The second test has its own office: the two run in parallel and each calls every number ahead of its own. */
const HALL2 = "410103-station";
const m = messages["zh-Hans"];
const c = m.counter;

/**
 * A clerk's browser, enrolled from the one-time link `npm run staff -- add` printed when the e2e server
 * started (e2e/support/serve-e2e.sh: links 3 and 4 are the two counter clerks) and signed in.
 */
async function clerk(browser: Browser, which: 1 | 2): Promise<Page> {
  const link = cliEnrolmentLinks()[1 + which]!;
  const user = await staffUser(browser, `e2e-clerk-${which}`, link);
  await user.page.setViewportSize({ width: 1280, height: 900 });
  return user.page;
}

/**
 * Both sides of one visit: a resident books with a checklist (two items ticked), the clerk checks them
 * in, the hall's screen shows the number live, the clerk marks 材料不全 with two items, and the
 * resident's manage page shows exactly those two with a link to book again.
 */
test("a booking with a checklist, checked in, called on the hall screen, 材料不全 told to the resident @phone", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  // The resident, JavaScript off (the plainest browser): tick two documents, then book from the list.
  const resident = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  const person = randomPerson();
  await resident.goto(checklistUrl("zh-Hans", ZHENGZHOU_RENTER, { rt: "zz-rental" }));
  const boxes = resident.locator('input[name="t"]');
  const total = await boxes.count();
  expect(total).toBeGreaterThanOrEqual(4);
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await resident.getByRole("button", { name: m.checklist.update }).click();
  await expect(resident).toHaveURL(/[?&]t=/);
  const ticked = [await boxes.nth(0).getAttribute("value"), await boxes.nth(1).getAttribute("value")];
  await resident.getByTestId("checklist-booking").click();
  await resident.locator(`input[name="office"][value="${OFFICE}"]`).check();
  await resident.getByTestId("office-submit").click();
  await resident.locator('input[name="date"]:not([disabled])').first().check();
  await resident.getByTestId("date-submit").click();
  await resident.locator('input[name="time"]:not([disabled])').first().check();
  await resident.getByTestId("time-submit").click();
  await fillPerson(resident, person);
  await submitBooking(resident, person);
  await expect(resident.getByTestId("manage-banner")).toBeVisible();
  const reference = ((await resident.getByTestId("reference").textContent()) ?? "").trim();
  const manageUrl = resident.url().split("?")[0]!;

  // The clerk's day list for that date: the booking, masked name, and the resident's own ticks.
  const desk = await clerk(browser, 1);
  await desk.goto(`/zh-Hans/staff/counter/${OFFICE}?counter=3`);

  // The hall's screen, open before the call (a 1920×1080 TV).
  const hall = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  await hall.goto(`/zh-Hans/hall/${OFFICE}`);
  await expect(hall.getByTestId("hall-mode")).toHaveAttribute("data-live", "1");

  // Check-in as a scanner types it (lower case, no dashes, Enter). The booking is for a later day:
  // the clerk is asked, and says yes.
  await desk.locator("#checkin-reference").fill(reference.toLowerCase().replaceAll("-", ""));
  await desk.locator("#checkin-reference").press("Enter");
  await expect(desk.getByTestId("confirm-other-day")).toBeVisible();
  const date = /\d{4}-\d{2}-\d{2}/.exec(
    (await desk.getByTestId("confirm-other-day").textContent()) ?? "",
  )![0];
  await desk.getByTestId("confirm-other-day").getByRole("button").click();
  const code = ((await desk.getByTestId("issued-code").textContent()) ?? "").trim();
  expect(code).toMatch(/^A\d{3}$/);
  await expect(desk.getByTestId("full-name")).toHaveText(person.name);
  // The ID number is kept only hashed: the clerk checks the card in front of them against it.
  const wrongId = person.idNumber.slice(0, 17) + (person.idNumber[17] === "1" ? "2" : "1");
  await desk.locator("#id-check").fill(wrongId);
  await desk.locator("#id-check").press("Enter");
  await expect(desk.getByTestId("id-check-result")).toHaveAttribute("data-match", "mismatch");
  await desk.locator("#id-check").fill(person.idNumber.toLowerCase());
  await desk.locator("#id-check").press("Enter");
  await expect(desk.getByTestId("id-check-result")).toHaveAttribute("data-match", "match");
  await expect(desk.getByTestId("full-name")).toHaveText(person.name);

  // The day's list for the booked date: masked name, the resident's two ticks, the number. Printed
  // (A4, print CSS) it still has all of that, and none of the screen's controls.
  const list = await desk.context().newPage();
  await list.goto(`/zh-Hans/staff/day/${OFFICE}?date=${date}`);
  const row = list.locator(`tr[data-reference="${reference}"]`);
  await expect(row).toContainText("张*");
  await expect(row).not.toContainText(person.name);
  await expect(row).toContainText(m.booking.business.settlement);
  await expect(row).toContainText(m.policy.routes["zz-rental"]);
  await expect(row.locator('[data-ticked="1"]')).toHaveCount(2);
  await expect(row.locator("[data-item]")).toHaveCount(total);
  await expect(row.getByTestId("row-state")).toContainText(`${c.state.waiting}${code}`);
  await list.emulateMedia({ media: "print" });
  await expect(row).toBeVisible();
  await expect(row.locator('[data-ticked="1"]').first()).toBeVisible();
  await expect(list.locator("form").first()).toBeHidden();
  await expect(list.getByRole("heading", { level: 1 })).toBeVisible();
  await list.close();

  // Call until our number comes up (an earlier run on the same day may have left numbers waiting).
  for (let i = 0; i < 30; i++) {
    await desk.getByTestId("call-next").click();
    const serving = ((await desk.getByTestId("serving").locator("p").first().textContent()) ?? "").trim();
    if (serving.includes(code)) break;
    await desk.getByTestId("outcome-form").getByRole("button", { name: c.desk.served }).click();
  }
  // The screen shows it live: "请 A00x 到 3 号窗口".
  await expect(hall.getByTestId("hall-code")).toHaveText(code);
  await expect(hall.getByTestId("hall-counter")).toHaveText("3");
  await expect(hall.getByTestId("hall-latest")).toHaveText(
    c.display.call.replace("{code}", code).replace("{counter}", "3"),
  );

  // 材料不全: the two documents the resident had not ticked.
  const form = desk.getByTestId("outcome-form");
  const missingBoxes = form.locator('input[name="missing"]');
  expect(await missingBoxes.count()).toBe(total);
  const missing = [
    await missingBoxes.nth(total - 1).getAttribute("value"),
    await missingBoxes.nth(total - 2).getAttribute("value"),
  ];
  expect(missing).not.toContain(ticked[0]);
  await missingBoxes.nth(total - 1).check();
  await missingBoxes.nth(total - 2).check();
  await form.getByRole("button", { name: c.desk.incomplete }).click();
  await expect(desk.getByTestId("desk-recorded")).toContainText(code);

  // The resident's manage page: exactly those two, and a link to book again with the list.
  await resident.goto(manageUrl);
  const notice = resident.getByTestId("counter-outcome");
  await expect(notice).toContainText(m.booking.manage.incomplete.title);
  const items = notice.getByTestId("missing-items").locator("li");
  await expect(items).toHaveCount(2);
  expect((await items.evaluateAll((els) => els.map((e) => e.getAttribute("data-item")))).sort()).toEqual(
    [...missing].sort(),
  );
  const rebook = notice.getByTestId("rebook-link");
  await expect(rebook).toHaveAttribute("href", /\/zh-Hans\/book\?.*checklist=/);
  await rebook.click();
  await expect(resident.getByRole("heading", { level: 1 })).toHaveText(m.booking.title);
});

/** The screen keeps working when its live stream cannot get through (a proxy that buffers, say): it polls. */
test("the hall screen falls back to polling, and the counter pages pass axe, in zh-Hant @phone", async ({
  browser,
}) => {
  const hall = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await hall.route("**/api/hall/*/events", (route) => route.abort());
  await hall.goto(`/zh-Hant/hall/${HALL2}`);
  await expect(hall.getByTestId("hall-mode")).toHaveAttribute("data-live", "0");
  await expect(hall.getByTestId("hall-mode")).toHaveText(messages["zh-Hant"].counter.display.polling);
  await expectNoSeriousA11yViolations(hall);

  const desk = await clerk(browser, 2);
  await desk.goto(`/zh-Hant/staff/counter/${HALL2}?counter=7`);
  await expectNoSeriousA11yViolations(desk);
  await desk.getByTestId("walkin-form").getByRole("button").click();
  const issued = ((await desk.getByTestId("walkin-code").textContent()) ?? "").match(/B\d{3}/)![0];
  // Take every number ahead of ours (other tests may have left some), recording each as served.
  for (let i = 0; i < 30; i++) {
    await desk.getByTestId("call-next").click();
    const serving = (await desk.getByTestId("serving").locator("p").first().textContent()) ?? "";
    if (serving.includes(issued)) break;
    await desk
      .getByTestId("outcome-form")
      .getByRole("button", { name: messages["zh-Hant"].counter.desk.served })
      .click();
  }
  await expect(hall.getByTestId("hall-code")).toHaveText(issued, { timeout: 8000 });
  await expect(hall.getByTestId("hall-counter")).toHaveText("7");

  // Another office's pages do not even admit they exist (issue-15's requireStaff: 404).
  for (const path of [`/zh-Hant/staff/day/${OFFICE}`, `/zh-Hant/staff/counter/${OFFICE}?counter=1`]) {
    expect((await desk.goto(path))?.status()).toBe(404);
  }
  expect((await desk.request.get(`/zh-Hant/staff/stats/${OFFICE}/export`)).status()).toBe(404);
  const csv = await desk.request.get(`/zh-Hant/staff/stats/${HALL2}/export`);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect((await csv.text()).split("\r\n")[0]).toContain(messages["zh-Hant"].counter.stats.waitMedian);

  for (const path of [
    `/zh-Hant/staff/day/${HALL2}`,
    `/zh-Hant/staff/stats/${HALL2}`,
    "/zh-Hant/staff/stats",
  ]) {
    await desk.goto(path);
    await expectNoSeriousA11yViolations(desk);
  }
});
