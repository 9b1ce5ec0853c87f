import { expect, test } from "@playwright/test";
import { messages } from "./support/flow";

// A Zhengzhou renter (金水区, 14 months) with spouse and two children, registering at the rented home,
// born 1979-11-22 (the link also carries answers no HR office should see: birth date, hukou type,
// months of insurance).
const OWN =
  "/zh-Hans/checklist?v=1&c=zhengzhou&d=410105&b=1979-11-22&o=other-city&hr=1&p=0&s12=3&r=1&lf=1&rn=14&ws=1&wc=2&wp=0&ra=rented&rs=0&rt=zz-rental";

test("the checklist lists what this applicant brings, per person, and shares the list — not the answers", {
  tag: "@phone",
}, async ({ page, browser }) => {
  const m = messages["zh-Hans"];
  await page.goto(OWN);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.checklist.title);
  // One group per person moving along: applicant, spouse, child 1, child 2.
  await expect(page.locator("fieldset[data-person]")).toHaveCount(4);
  const people = await page
    .locator("fieldset[data-person]")
    .evaluateAll((f) => f.map((x) => x.getAttribute("data-person")));
  expect(people).toEqual(["a", "s", "c1", "c2"]);
  // The landlord's consent is on the list, signed by the landlord; the station of the rented home is named.
  const consent = page.locator('[data-item="landlord-consent_a"]');
  await expect(consent).toContainText(m.policy.materials["landlord-consent"]);
  await expect(consent).toContainText(`${m.checklist.signer}${m.policy.issuers.landlord}`);
  await expect(page.getByTestId("address")).toContainText(m.policy.addresses["zz-rented-home"]);
  await expect(page.locator('[data-note="zz-rent-where"]')).toBeVisible();
  const total = await page.locator('input[name="t"]').count();
  expect(total).toBe(11); // 户口簿 身份证 租赁合同 房东同意; 配偶 3; 子女 2 × 2
  await expect(page.getByTestId("missing-count")).toHaveText(
    m.checklist.missing.replace("{missing}", String(total)).replace("{total}", String(total)),
  );
  // No file names, no ¶ for a resident.
  const text = (await page.locator("main").textContent()) ?? "";
  expect(text).not.toMatch(/\.txt|¶|§/);

  // The private link goes back to the answers; the shared one is the list.
  await expect(page.getByTestId("resume-link")).toHaveAttribute("href", /\/check\/answers\?v=1&.*hr=1&s12=3/);
  await page.locator('input[name="t"]').first().check();
  await expect(page.getByTestId("share-url")).toContainText("t=hukou-book_a");
  const shared = (await page.getByTestId("share-url").textContent())!;
  expect(shared).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/zh-Hans\/checklist\?v=2&/);
  const params = new URL(shared).searchParams;
  expect([...new Set(params.keys())].sort()).toEqual(["ad", "c", "d", "i", "rt", "t", "v", "z"]);
  expect(shared).not.toMatch(/1979|[?&](b|hr|s12|o|rn)=/);

  // HR opens it without JavaScript, in Traditional script: the same list, the tick kept; ticking works.
  const other = await browser.newContext({ javaScriptEnabled: false });
  const hr = await other.newPage();
  await hr.goto(shared.replace("/zh-Hans/", "/zh-Hant/"));
  const t = messages["zh-Hant"];
  await expect(hr.getByTestId("shared-intro")).toHaveText(t.checklist.sharedIntro);
  await expect(hr.locator("fieldset[data-person]")).toHaveCount(4);
  await expect(hr.locator('input[name="t"]')).toHaveCount(total);
  await expect(hr.locator('input[value="hukou-book_a"]')).toBeChecked();
  await hr.locator('input[value="id-card_a"]').check();
  await hr.getByRole("button", { name: t.checklist.update }).click();
  await expect(hr).toHaveURL(/\/zh-Hant\/checklist\?v=2&/);
  await expect(hr.getByTestId("missing-count")).toContainText(String(total - 2));
  // Print: the list and the shared link's QR code, without the private link.
  await hr.emulateMedia({ media: "print" });
  await expect(hr.getByTestId("qr")).toBeVisible();
  // A link cut while copying says so instead of showing a shorter list.
  await hr.emulateMedia({ media: "screen" });
  const hant = shared.replace("/zh-Hans/", "/zh-Hant/");
  await hr.goto(hant.slice(0, hant.indexOf("&z=") - 5));
  await expect(hr.getByTestId("link-damaged")).toHaveText(t.checklist.damaged);
  await expect(hr.locator('input[name="t"]')).toHaveCount(0);
  await other.close();

  // The private page's print view shows the shared link's QR code, never the answers link.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByTestId("resume-link")).toBeHidden();
  await expect(page.getByTestId("share-url")).toContainText("v=2");
});

test("open alternatives are one item; the policy source shows dates as the sources say", {
  tag: "@phone",
}, async ({ page }) => {
  const m = messages["zh-Hans"];
  // 青岛, 36 years old, education and title not known: diploma or title certificate — one tick.
  await page.goto(
    "/zh-Hans/checklist?v=1&c=qingdao&d=370202&b=1990-01-01&e=x&ti=x&sk=none&tl=none&st=none&ot=0&rt=qd-talent",
  );
  const groups = page.locator('[data-group="one-of"]');
  await expect(groups.first()).toHaveText(m.checklist.oneOf);
  await expect(page.locator('[data-item^="degree-certificate~title-certificate"] [data-option]')).toHaveCount(
    2,
  );
  // 户口簿, 身份证, the diploma-or-title group, the address group: four items.
  await expect(page.locator('input[name="t"]')).toHaveCount(4);

  // An answers link cut before the answers that lead to a list says so, rather than show an empty list.
  await page.goto("/zh-Hans/checklist?v=1&c=zhengzhou&d=4101");
  await expect(page.getByTestId("link-damaged")).toHaveText(m.checklist.damaged);

  // 肇庆's date is marked unverified; 郑州's is the day of the report; no file name anywhere.
  await page.goto("/zh-Hans/result?v=1&c=zhaoqing&d=441202&h=residential");
  const source = page.locator('section[aria-labelledby="policy-source"]');
  await expect(source.getByTestId("policy-date")).toContainText(m.result.dateUnverified);
  expect((await source.textContent()) ?? "").not.toMatch(/\.txt|_[0-9a-f]{16}/);
  await page.goto("/zh-Hans/result?v=1&c=zhengzhou&d=410105&s12=6");
  await expect(page.getByTestId("policy-date")).toContainText("2019-12-11");
  await expect(page.getByTestId("policy-date")).toContainText(m.result.dateBasisPublication);
});
