"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { audit } from "@/lib/audit/log";
import { isIsoDate } from "@/lib/calendar";
import { dayListPath } from "@/lib/counter/paths";
import { markNoShow } from "@/lib/counter/queries";
import { getDb } from "@/lib/db/client";
import { isLocale } from "@/lib/i18n/locales";
import { checkStaffPost } from "@/lib/staff/session";

const noShowSchema = z.object({
  locale: z.string().refine(isLocale),
  officeId: z.string().min(1).max(64),
  date: z.string().refine(isIsoDate),
  appointmentId: z.uuid(),
});

/** 未到 for a booking that never checked in. */
export async function noShowAction(formData: FormData): Promise<void> {
  const parsed = noShowSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return;
  const { locale, officeId, date, appointmentId } = parsed.data;
  const check = await checkStaffPost(formData, "counter.operate", officeId);
  if (!check.ok) redirect(`/${locale}/staff/sign-in`);
  const { db } = await getDb();
  const done = await markNoShow(db, { appointmentId, officeId, day: date, staffId: check.ctx.staff.id });
  if (done) {
    await audit(db, {
      actorId: check.ctx.staff.id,
      action: "appointment.noShow",
      officeId,
      appointmentId,
      detail: { date },
    });
  }
  redirect(dayListPath(locale, officeId, date));
}
