import { type APIRequestContext, expect, type Page } from "@playwright/test";
import sharp from "sharp";
import { idCheckDigit } from "../../lib/booking/id-number";

/** Zhengzhou 缴纳社保, the applicant alone: three lines. */
export const CHECKLIST =
  "/zh-Hans/checklist?v=2&c=zhengzhou&d=410105&rt=zz-insurance&ad=zz-unit-collective&i=hukou-book_a.id-card_a.unit-consent_a&z=1byaw58";
export const LINES = ["hukou-book_a", "id-card_a", "unit-consent_a"] as const;
export const OFFICE = "410105-hall";

/** Books the first free time at 金水 hall through the JSON API, with the three-line checklist attached. */
export async function bookWithChecklist(
  request: APIRequestContext,
): Promise<{ reference: string; manageUrl: string }> {
  const slots = await (await request.get(`/api/v1/bookings/slots?office=${OFFICE}`)).json();
  for (const day of slots.days as {
    date: string;
    bookable: boolean;
    slots: { start: string; remaining: number }[];
  }[]) {
    if (!day.bookable) continue;
    for (const s of day.slots.filter((x) => x.remaining > 0)) {
      const first17 = `410105199${Math.floor(Math.random() * 10)}0${1 + Math.floor(Math.random() * 9)}1${Math.floor(Math.random() * 9)}${String(Math.floor(Math.random() * 1000)).padStart(3, "0")}`;
      const res = await request.post("/api/v1/bookings", {
        data: {
          officeId: OFFICE,
          date: day.date,
          time: s.start,
          business: "settlement",
          routeId: "zz-insurance",
          name: "李四",
          phone: `13${5 + Math.floor(Math.random() * 4)}${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`,
          idNumber: first17 + idCheckDigit(first17),
          checklistUrl: CHECKLIST,
        },
      });
      if (res.status() === 201) {
        const body = await res.json();
        return { reference: body.booking.reference, manageUrl: new URL(body.manageUrl).pathname };
      }
    }
  }
  throw new Error("no free time at the hall");
}

/** Trades the manage link for the cookie (its button), landing on the manage page. */
export async function openManage(page: Page, manageUrl: string): Promise<void> {
  await page.goto(manageUrl);
  await page.getByTestId("open-link-form").getByRole("button").click();
  await expect(page.getByTestId("reference")).toBeVisible();
}

export const jpeg = (w = 1200, h = 900) =>
  sharp({ create: { width: w, height: h, channels: 3, background: { r: 235, g: 230, b: 215 } } })
    .jpeg()
    .toBuffer();
export const png = () =>
  sharp({ create: { width: 800, height: 600, channels: 3, background: "#fafafa" } })
    .png()
    .toBuffer();
export const pdf = () =>
  Buffer.from(
    "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj\ntrailer << /Root 1 0 R /Size 4 >>\n%%EOF\n",
  );

/** Uploads one file onto a line from the pre-review page, and waits for the page to show it stored. */
export async function upload(
  page: Page,
  line: string,
  file: { name: string; mimeType: string; buffer: Buffer },
  replace = false,
) {
  const form = page.locator(`[data-upload="${line}"]`);
  await form.locator('input[type=file][name="file"]').setInputFiles(file);
  if (replace) await form.locator('input[name="mode"]').check();
  await form.getByTestId("upload-send").click();
  await expect(page.getByTestId("prereview-ok")).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`l=${line}`));
}
