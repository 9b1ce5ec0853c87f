import { book } from "@/lib/booking/queries";
import type { Db } from "@/lib/db/client";
import type { Appointment } from "@/lib/db/schema";

/** Zhengzhou, 缴纳社保 route, the applicant alone: three lines (户口簿, 身份证, 单位同意接收证明). */
export const THREE_LINE_CHECKLIST =
  "/zh-Hans/checklist?v=2&c=zhengzhou&d=410105&rt=zz-insurance&ad=zz-unit-collective&i=hukou-book_a.id-card_a.unit-consent_a&z=1byaw58";
export const LINES = ["hukou-book_a", "id-card_a", "unit-consent_a"] as const;

let n = 0;
/**
 * A confirmed appointment at 金水 hall with the three-line checklist attached (or none), written
 * straight through the booking queries (the limit tests need hundreds; the booking rules have their own tests).
 */
export async function bookedAppointment(
  db: Db,
  opts: { checklist?: string | null } = {},
): Promise<Appointment> {
  const i = n++;
  const startsAt = new Date(Date.UTC(2026, 8, 29, 1, 0) + (i % 500) * 60_000);
  const r = await book(
    db,
    { officeId: "410105-hall", startsAt, endsAt: new Date(startsAt.getTime() + 20 * 60_000), capacity: 1000 },
    {
      businessType: "settlement",
      routeId: "zz-insurance",
      name: "测试",
      idHash: `id-${process.pid}-${i}-${Math.random()}`,
      idMasked: "**************0001",
      phoneHash: `ph-${i}-${Math.random()}`,
      phoneMasked: "*******0001",
      checklistUrl: opts.checklist === undefined ? THREE_LINE_CHECKLIST : (opts.checklist ?? undefined),
      requestFingerprint: `fp-${i}-${Math.random()}`,
      hashKey: "test",
    },
  );
  if (!r.ok) throw new Error(`booking failed: ${r.reason}`);
  return r.appointment;
}

/** A multipart upload request, as the page's form or script sends it. */
export function uploadRequest(
  file: Buffer | null,
  fields: Record<string, string>,
  filename = "photo.jpg",
  type = "image/jpeg",
): Request {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  if (file) form.set("file", new Blob([new Uint8Array(file)], { type }), filename);
  return new Request("http://portal.test/upload", { method: "POST", body: form });
}
