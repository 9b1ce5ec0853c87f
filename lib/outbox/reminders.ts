import { and, eq, gte, inArray, isNotNull, lt } from "drizzle-orm";
import { officeById } from "@/lib/booking/offices";
import { addDays, type IsoDate, shanghaiToday, shanghaiToUtc, utcToShanghai } from "@/lib/calendar";
import type { Db } from "@/lib/db/client";
import { appointments, outbox, slots } from "@/lib/db/schema";
import { publicOrigin } from "@/lib/http/public-origin";
import { open } from "@/lib/security/secret-box";
import { enqueue } from "./enqueue";

/**
 * The day-before reminder (requirement 5): for every confirmed appointment tomorrow whose resident left
 * an e-mail, one outbox message, due at 09:00 today. Built from the appointments as they are when the
 * job runs (hourly, pg-boss schedule), so a rescheduled or cancelled visit never gets a stale reminder;
 * idempotent: an appointment that already has its reminder for that date gets no second one.
 */
export async function enqueueReminders(db: Db, now = new Date()): Promise<string[]> {
  const today = shanghaiToday(now);
  const tomorrow = addDays(today, 1) as IsoDate;
  const due = await db
    .select({
      id: appointments.id,
      reference: appointments.reference,
      officeId: appointments.officeId,
      emailSealed: appointments.emailSealed,
      checklistUrl: appointments.checklistUrl,
      startsAt: slots.startsAt,
    })
    .from(appointments)
    .innerJoin(slots, eq(slots.id, appointments.slotId))
    .where(
      and(
        eq(appointments.status, "confirmed"),
        isNotNull(appointments.emailSealed),
        gte(slots.startsAt, shanghaiToUtc(tomorrow, "00:00")),
        lt(slots.startsAt, shanghaiToUtc(addDays(tomorrow, 1), "00:00")),
      ),
    );
  if (!due.length) return [];
  const already = await db
    .select({ appointmentId: outbox.appointmentId, params: outbox.params })
    .from(outbox)
    .where(
      and(
        inArray(
          outbox.appointmentId,
          due.map((d) => d.id),
        ),
        inArray(outbox.template, ["reminder", "reminderNoChecklist"]),
      ),
    );
  const done = new Set(already.filter((a) => a.params.date === tomorrow).map((a) => a.appointmentId));
  const ids: string[] = [];
  for (const a of due) {
    if (done.has(a.id) || !a.emailSealed) continue;
    const office = officeById(a.officeId);
    const locale = "zh-Hans";
    const local = utcToShanghai(a.startsAt);
    ids.push(
      await db.transaction((tx) =>
        enqueue(tx as unknown as Db, {
          kind: "email",
          to: open(a.emailSealed!),
          template: a.checklistUrl ? "reminder" : "reminderNoChecklist",
          appointmentId: a.id,
          notBefore: shanghaiToUtc(today, "09:00"),
          params: {
            locale,
            reference: a.reference,
            office: office?.name[locale] ?? a.officeId,
            date: local.date,
            time: local.time,
            checklistUrl: a.checklistUrl ? `${publicOrigin()}${a.checklistUrl}` : "",
            lookupUrl: `${publicOrigin()}/${locale}/book/manage`,
          },
        }),
      ),
    );
  }
  return ids;
}
