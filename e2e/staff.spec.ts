import { type APIRequestContext, expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import {
  cliEnrolmentLinks,
  enrol,
  formFields,
  nextCode,
  STAFF_PASSWORD,
  type StaffUser,
  signIn,
  staffUser,
} from "./support/staff";

/**
 * Staff accounts end to end (issue 15 part A), run once (@phone): the first accounts come from
 * `npm run staff -- add` (serve-e2e.sh), the city admin creates the rest on the accounts page, every
 * account enrols with TOTP and signs in; then who may open what, brute force, fixation, CSRF, axe.
 */
test.describe.configure({ mode: "serial" });

const users: Record<string, StaffUser> = {};
const L = "/zh-Hans";

async function status(request: APIRequestContext, path: string): Promise<number | string> {
  const r = await request.get(path, { maxRedirects: 0 });
  if (r.status() >= 300 && r.status() < 400)
    return `→${new URL(r.headers().location ?? "", "http://x").pathname}`;
  return r.status();
}

test("@phone the first account from the command line enrols and signs in without JavaScript", async ({
  browser,
}) => {
  const [cityLink, auditorLink] = cliEnrolmentLinks();
  users.city = await staffUser(browser, "e2e-city", cityLink!, false);
  const home = await users.city.page.request.get(`${L}/staff`);
  expect(home.headers()["cache-control"]).toBe("no-store");
  await expect(users.city.page.getByTestId("staff-tasks")).toContainText("工作人员账户");
  users.auditor = await staffUser(browser, "e2e-auditor", auditorLink!);
  // An enrolment link works once.
  const again = await users.auditor.context.newPage();
  await again.goto(auditorLink!);
  await expect(again.getByTestId("enrol-gone")).toBeVisible();
});

test("@phone an admin creates accounts only for their own offices; each gets a one-time link", async ({
  browser,
}) => {
  const { page } = users.city!;
  const add = async (username: string, role: string, officeId: string) => {
    await page.goto(`${L}/staff/accounts`);
    await page.locator("#f-username").fill(username);
    await page.locator("#f-name").fill("测试民警");
    await page.locator("#f-role").selectOption(role);
    await page.locator("#f-officeId").selectOption(officeId);
    await page.getByTestId("add-account-form").getByRole("button").click();
    const link = (await page.getByTestId("form-result").textContent()) ?? "";
    return new URL(link).pathname;
  };
  const clerkA = await add("clerk-a", "clerk", "410102-station");
  const clerkB = await add("clerk-b", "clerk", "410103-station");
  const admin = await add("admin-a", "office_admin", "410102-station");
  // An office outside the city admin's city is not offered, and forging it is refused.
  const options = await page
    .locator("#f-officeId option")
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  expect(options).not.toContain("330502-station");
  expect(options.every((o) => o.startsWith("4101"))).toBe(true);
  users.clerkA = await staffUser(browser, "clerk-a", clerkA);
  users.clerkB = await staffUser(browser, "clerk-b", clerkB);
  // The office admin's browser arrives with a session id chosen by an attacker (fixation).
  const context = await browser.newContext();
  const host = new URL(page.url()).hostname;
  await context.addCookies([{ name: "hukou_staff", value: "A".repeat(43), domain: host, path: "/" }]);
  const p = await context.newPage();
  const secret = await enrol(p, admin);
  await signIn(p, "admin-a", STAFF_PASSWORD, nextCode(secret));
  await expect(p.getByTestId("signed-in-as")).toContainText("admin-a");
  const jar = (await context.cookies()).filter((c) => c.name === "hukou_staff");
  expect(jar).toHaveLength(1);
  const cookie = jar[0];
  expect(cookie?.value).not.toBe("A".repeat(43));
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Strict" });
  users.admin = { username: "admin-a", secret, context, page: p };
});

test("@phone authorisation matrix: each role × staff page", async ({ browser }) => {
  const anon = await browser.newContext();
  const pages = [
    `${L}/staff`,
    `${L}/staff/accounts`,
    `${L}/staff/audit`,
    `/zh-Hant/staff/accounts`,
    `${L}/staff/offices/410102-station`,
    `${L}/staff/offices/410103-station`,
    `${L}/staff/offices/330502-hall`,
  ];
  const out = "→/zh-Hans/staff/sign-in";
  // Read across: staff home, accounts, audit log, accounts (zh-Hant), offices 中原 / 二七 / 吴兴 (湖州).
  const expected: Record<string, (number | string)[]> = {
    anonymous: [out, out, out, "→/zh-Hant/staff/sign-in", out, out, out],
    clerkA: [200, 404, 404, 404, 404, 404, 404],
    clerkB: [200, 404, 404, 404, 404, 404, 404],
    admin: [200, 200, 404, 200, 200, 404, 404],
    city: [200, 200, 404, 200, 200, 200, 404],
    auditor: [200, 404, 200, 404, 200, 200, 200],
  };
  const actual: Record<string, (number | string)[]> = {};
  for (const who of Object.keys(expected)) {
    const request = who === "anonymous" ? anon.request : users[who]!.context.request;
    actual[who] = [];
    for (const path of pages) actual[who].push(await status(request, path));
  }
  expect(actual).toEqual(expected);
  // The office admin sees the accounts of their office only, not 二七's clerk.
  const list = await users.admin!.page.request.get(`${L}/staff/accounts`);
  const html = await list.text();
  expect(html).toContain("clerk-a");
  expect(html).not.toContain("clerk-b");
  await anon.close();
});

test("@phone brute force: five wrong passwords lock the account, then even the right one is refused", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${L}/staff/sign-in`);
  for (let i = 0; i < 4; i++) {
    await signIn(page, "clerk-b", `wrong password ${i}`, "123456");
    await expect(page.getByTestId("error-summary")).toContainText("用户名、密码或动态验证码不正确");
    // Nothing typed is lost but the secrets.
    await expect(page.locator("#f-username")).toHaveValue("clerk-b");
  }
  await signIn(page, "clerk-b", "wrong password 5", "123456");
  await expect(page.getByTestId("error-summary")).toContainText("账户已暂时锁定");
  await signIn(page, "clerk-b", STAFF_PASSWORD, nextCode(users.clerkB!.secret));
  await expect(page.getByTestId("error-summary")).toContainText("账户已暂时锁定");
  // The audit log shows the failures and the lock to the auditor.
  const audit = users.auditor!.page;
  await audit.goto(`${L}/staff/audit?action=signin.failed`);
  await expect(audit.getByTestId("audit-table")).toContainText("clerk-b");
  await context.close();
});

test("@phone CSRF: every staff form refuses a forged token and another site's origin", async () => {
  const { page, context } = users.city!;
  await page.goto(`${L}/staff/accounts`);
  const addFields: Record<string, string> = {
    ...(await formFields(page, "[data-testid=add-account-form]")),
    name: "测试",
  };
  expect(addFields.csrf).toBeTruthy();
  const post = (fields: Record<string, string>, origin: string) =>
    context.request.post(`${L}/staff/accounts`, {
      multipart: fields,
      headers: { Origin: origin },
      maxRedirects: 0,
    });
  const origin = new URL(page.url()).origin;
  for (const [i, forged] of [
    { ...addFields, csrf: "forged", username: "forged-one" },
    { ...addFields, username: "forged-two" },
  ].entries()) {
    await post(forged, i === 0 ? origin : "http://evil.example");
  }
  // The control: the same replay with this session's token from this site does create the account.
  await post({ ...addFields, username: "control-ok" }, origin);
  await page.goto(`${L}/staff/accounts`);
  await expect(page.getByTestId("accounts-table")).toContainText("control-ok");
  await expect(page.getByTestId("accounts-table")).not.toContainText("forged-");
  // Office forms: a forged token changes no hours and closes nothing.
  await page.goto(`${L}/staff/offices/410103-station`);
  for (const form of ["hours-form", "close-form"]) {
    const fields: Record<string, string> = {
      ...(await formFields(page, `[data-testid=${form}]`)),
      counters: "0",
      reason: "伪造停办",
      csrf: "forged",
    };
    await context.request.post(`${L}/staff/offices/410103-station`, {
      multipart: fields,
      headers: { Origin: origin },
    });
  }
  await page.goto(`${L}/staff/offices/410103-station`);
  await expect(page.getByTestId("hours-table")).not.toContainText("伪造");
  await expect(page.locator("body")).not.toContainText("伪造停办");
  await expect(page.locator("body")).toContainText("每个时段 2 个窗口");
  // Sign-out form: a forged token leaves the session alive.
  await page.goto(`${L}/staff`);
  const out = await formFields(page, "[data-testid=sign-out-form]");
  await context.request.post(`${L}/staff`, {
    multipart: { ...out, csrf: "forged" },
    headers: { Origin: origin },
    maxRedirects: 0,
  });
  await context.request.post(`${L}/staff`, {
    multipart: out,
    headers: { Origin: "http://evil.example" },
    maxRedirects: 0,
  });
  expect(await status(context.request, `${L}/staff`)).toBe(200);
});

test("@phone the office admin closes an afternoon; it shows on the office page and in the audit log", async () => {
  const page = users.admin!.page;
  await page.goto(`${L}/staff/offices/410102-station`);
  await page.getByTestId("close-form").locator("#f-part").selectOption("pm");
  await page.getByTestId("close-form").locator("#f-reason").fill("系统升级");
  await page.getByTestId("close-form").getByRole("button").click();
  await expect(page.getByTestId("form-done")).toContainText("已停办");
  await page.reload();
  await expect(page.getByTestId("closures-list")).toContainText("下午：系统升级");
  const audit = users.auditor!.page;
  await audit.goto(`${L}/staff/audit?action=office.closure`);
  await expect(audit.getByTestId("audit-table")).toContainText("设置停办");
});

test("@phone staff pages pass axe, in both scripts", async ({ browser }) => {
  test.setTimeout(180_000);
  const anon = await (await browser.newContext()).newPage();
  // axe needs the page's script running: the city admin's session, copied into a JavaScript-on browser.
  const cityOn = await browser.newContext({ storageState: await users.city!.context.storageState() });
  const pageOf = { city: await cityOn.newPage(), auditor: users.auditor!.page };
  for (const locale of ["zh-Hans", "zh-Hant"]) {
    await anon.goto(`/${locale}/staff/sign-in`);
    await expectNoSeriousA11yViolations(anon);
    for (const [who, path] of [
      ["city", "/staff"],
      ["city", "/staff/accounts"],
      ["auditor", "/staff/audit"],
      ["city", "/staff/offices/410103-station"],
    ] as const) {
      const page = pageOf[who];
      await page.goto(`/${locale}${path}`);
      await expectNoSeriousA11yViolations(page);
    }
  }
  await cityOn.close();
});

test("@phone signing out ends the session on the server: the old cookie opens nothing", async () => {
  const { page, context } = users.clerkA!;
  const before = (await context.cookies()).find((c) => c.name === "hukou_staff")!;
  await page.goto(`${L}/staff`);
  await page.getByTestId("sign-out-form").getByRole("button").click();
  await expect(page).toHaveURL(/staff\/sign-in/);
  await context.addCookies([before]);
  expect(await status(context.request, `${L}/staff`)).toBe("→/zh-Hans/staff/sign-in");
});
