import { expect, test } from "@playwright/test";
import {
  answerQuestions,
  type Locale,
  messages,
  type Scenario,
  tickFirstItem,
  verdictOf,
} from "./support/flow";

interface CityFlow {
  city: string;
  scenario: Scenario;
  route: string;
  /** Message key of the source document's title. */
  source: string;
  draft?: boolean;
}

// One complete flow per city, each reaching an open route (a threshold met exactly on its boundary where
// the route has one).
const flows: CityFlow[] = [
  {
    city: "zhengzhou",
    scenario: {
      city: "zhengzhou",
      district: "410105",
      origin: "other-city",
      renting: "1",
      leaseFiled: "1",
      rentMonths: "12",
    },
    route: "zz-rental",
    source: "000_aa5a43be4e8a0b7c",
  },
  {
    city: "qingdao",
    scenario: {
      city: "qingdao",
      situation: "moving-in",
      district: "370202",
      birthDate: "1998-03-01",
      edu: "master",
      eduFullTime: "1",
    },
    route: "qd-talent",
    source: "001_213b074b70c971b1",
  },
  {
    city: "huzhou",
    scenario: { city: "huzhou", district: "330502", home: "residential", urbanArea: "1" },
    route: "hz-home",
    source: "002_d61a7162243168b2",
    draft: true,
  },
  {
    city: "zhaoqing",
    scenario: { city: "zhaoqing", district: "441202", home: "residential" },
    route: "zq-home",
    source: "003_d992fc79af3e1999",
  },
];

test.setTimeout(120_000);

for (const javaScriptEnabled of [true, false]) {
  for (const locale of ["zh-Hans", "zh-Hant"] as Locale[]) {
    for (const flow of flows) {
      test(`${flow.city} flow, ${locale}, JavaScript ${javaScriptEnabled ? "on" : "off"}`, {
        tag: "@phone",
      }, async ({ browser }) => {
        const context = await browser.newContext({
          javaScriptEnabled,
          viewport: { width: 390, height: 844 },
        });
        const page = await context.newPage();
        const m = messages[locale];
        await answerQuestions(page, locale, flow.scenario);
        await page.getByRole("link", { name: m.answers.seeResult }).click();
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.result.title);
        expect(await verdictOf(page, flow.route)).toBe("eligible");
        await expect(page.getByTestId("draft-warning")).toHaveCount(flow.draft ? 1 : 0);
        // The conditions that open the route and their quoted clauses are on the card.
        const card = page.locator(`section[data-route="${flow.route}"]`);
        await expect(card.locator("blockquote").first()).toBeVisible();
        // Each quote and the page's policy section name the document by its title, not a file name.
        const title = (m.policy.sourceTitles as Record<string, string>)[flow.source]!;
        await expect(card.locator("figcaption").first()).toContainText(title);
        await expect(page.locator('section[aria-labelledby="policy-source"]')).toContainText(title);
        // On to the checklist for that route: tick the first item.
        await card.getByTestId("checklist-button").click();
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.checklist.title);
        await tickFirstItem(page, locale, javaScriptEnabled);
        expect(page.url()).toMatch(/[?&]t=/);
        await context.close();
      });
    }
  }
}
