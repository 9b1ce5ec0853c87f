import { and, eq, gte, inArray, lt, sql } from "drizzle-orm";
import { audit } from "@/lib/audit/log";
import { type OfficeData, officeById, type WeeklyHours } from "@/lib/booking/offices";
import { isMorning, slotTimes } from "@/lib/booking/slots";
import { addDays, type IsoDate, shanghaiToday, shanghaiToUtc, utcToShanghai } from "@/lib/calendar";
import type { Db } from "@/lib/db/client";
import { appointments, officeClosures, officeSchedules, slots, type WeeklyHoursJson } from "@/lib/db/schema";
import { publicOrigin } from "@/lib/http/public-origin";
import { toHant } from "@/lib/i18n/hant.mjs";
import { dropPending } from "@/lib/outbox/deliver";
import { enqueue } from "@/lib/outbox/enqueue";
import { open } from "@/lib/security/secret-box";
import { bumpOfficesRevision, ensureOfficesFresh } from "./registry";

export interface AffectedAppointment {
  id: string;
  reference: string;
  date: IsoDate;
  time: string;
}

export interface ScheduleChange {
  officeId: string;
  /** First date the new rules apply: tomorrow at the earliest (today's slots are as booked). */
  from: IsoDate;
  hours: WeeklyHours;
  slotMinutes: number;
  counters: number;
}

export type ScheduleResult =
  | { status: "saved" }
  | { status: "notFuture" }
  | { status: "unknownOffice" }
  | { status: "conflict"; affected: AffectedAppointment[] };

async function lockOffices(tx: Db) {
  // Office changes are rare: one at a time, across app servers.
  await tx.execute(sql`select revision from offices_revision where id = 1 for update`);
}

/** Confirmed appointments of an office from a date on, with their Shanghai date and time. */
async function bookedFrom(tx: Db, officeId: string, from: IsoDate, until?: IsoDate) {
  const rows = await tx
    .select({
      id: appointments.id,
      reference: appointments.reference,
      startsAt: slots.startsAt,
      slotId: slots.id,
    })
    .from(appointments)
    .innerJoin(slots, eq(slots.id, appointments.slotId))
    .where(
      and(
        eq(appointments.officeId, officeId),
        eq(appointments.status, "confirmed"),
        gte(slots.startsAt, shanghaiToUtc(from, "00:00")),
        until ? lt(slots.startsAt, shanghaiToUtc(until, "00:00")) : undefined,
      ),
    );
  return rows.map((r) => {
    const local = utcToShanghai(r.startsAt);
    return { ...r, date: local.date as IsoDate, time: local.time };
  });
}

/**
 * New opening rules from a future date. Refused, listing the appointments, when a booked time would
 * vanish or hold more people than the new counters; otherwise saved, and the capacity of slot rows
 * already created from that date on follows (the database's booked ≤ capacity check backs this up).
 */
export async function changeSchedule(
  db: Db,
  change: ScheduleChange,
  actorId: string,
  now = new Date(),
): Promise<ScheduleResult> {
  if (change.from <= shanghaiToday(now)) return { status: "notFuture" };
  await ensureOfficesFresh(db, true);
  const office = officeById(change.officeId);
  if (!office) return { status: "unknownOffice" };
  const schedule = {
    from: change.from,
    hours: change.hours,
    slotMinutes: change.slotMinutes,
    counters: change.counters,
  };
  const next: OfficeData = {
    ...office,
    schedules: [...(office.schedules ?? []).filter((s) => s.from !== change.from), schedule].sort((a, b) =>
      a.from.localeCompare(b.from),
    ),
  };
  try {
    return await db.transaction(async (txRaw) => {
      const tx = txRaw as unknown as Db;
      await lockOffices(tx);
      const booked = await bookedFrom(tx, office.id, change.from);
      const perSlot = new Map<number, number>();
      for (const b of booked) perSlot.set(b.slotId, (perSlot.get(b.slotId) ?? 0) + 1);
      const times = new Map<string, Set<string>>();
      const timesOn = (d: IsoDate) => {
        if (!times.has(d)) times.set(d, new Set(slotTimes(next, d).map((s) => s.start)));
        return times.get(d)!;
      };
      const counterOn = (d: IsoDate) =>
        next.schedules!.filter((s) => s.from <= d).at(-1)?.counters ?? next.counters;
      const affected = booked
        .filter((b) => !timesOn(b.date).has(b.time) || (perSlot.get(b.slotId) ?? 0) > counterOn(b.date))
        .map(({ id, reference, date, time }) => ({ id, reference, date, time }))
        .sort((a, b) => `${a.date}${a.time}`.localeCompare(`${b.date}${b.time}`));
      if (affected.length) return { status: "conflict" as const, affected };
      await tx
        .insert(officeSchedules)
        .values({
          officeId: office.id,
          validFrom: change.from,
          hours: change.hours as WeeklyHoursJson,
          slotMinutes: change.slotMinutes,
          counters: change.counters,
          createdBy: actorId,
        })
        .onConflictDoUpdate({
          target: [officeSchedules.officeId, officeSchedules.validFrom],
          set: {
            hours: change.hours as WeeklyHoursJson,
            slotMinutes: change.slotMinutes,
            counters: change.counters,
            createdBy: actorId,
          },
        });
      // Slot rows already created from that date on: their capacity follows the rules of their date
      // (0 where the time no longer exists). Later schedules keep their own counters.
      const later = next.schedules!.find((s) => s.from > change.from)?.from;
      const existing = await tx
        .select({ id: slots.id, startsAt: slots.startsAt })
        .from(slots)
        .where(
          and(
            eq(slots.officeId, office.id),
            gte(slots.startsAt, shanghaiToUtc(change.from, "00:00")),
            later ? lt(slots.startsAt, shanghaiToUtc(later, "00:00")) : undefined,
          ),
        );
      for (const s of existing) {
        const local = utcToShanghai(s.startsAt);
        const capacity = timesOn(local.date as IsoDate).has(local.time) ? change.counters : 0;
        await tx.update(slots).set({ capacity }).where(eq(slots.id, s.id));
      }
      await bumpOfficesRevision(tx);
      await audit(tx, {
        actorId,
        action: "office.hours",
        officeId: office.id,
        detail: {
          from: change.from,
          slotMinutes: change.slotMinutes,
          counters: change.counters,
          hours: change.hours,
        },
      });
      return { status: "saved" as const };
    });
  } finally {
    await ensureOfficesFresh(db, true);
  }
}

export interface Closure {
  officeId: string;
  date: IsoDate;
  part: "day" | "am" | "pm";
  /** In Simplified Chinese as typed; the Traditional text is converted (ADR 0007's profile). */
  reason: string;
}

export type ClosureResult =
  | { status: "closed"; closureId: number; cancelled: AffectedAppointment[]; outboxIds: string[] }
  | { status: "past" }
  | { status: "exists" }
  | { status: "unknownOffice" };

/**
 * Closes a day or half-day: the closure row, every confirmed appointment in it cancelled with the
 * closure's id (the manage page explains and offers other times), its seats released and the slots
 * set to capacity 0 so no app server — even one with a stale copy of the office — can book them, a
 * notice in the outbox for each resident who left an e-mail. One transaction: all of it or none.
 */
export async function closeOffice(
  db: Db,
  c: Closure,
  actorId: string,
  now = new Date(),
): Promise<ClosureResult> {
  if (c.date < shanghaiToday(now)) return { status: "past" };
  await ensureOfficesFresh(db, true);
  const office = officeById(c.officeId);
  if (!office) return { status: "unknownOffice" };
  const reason = { "zh-Hans": c.reason, "zh-Hant": toHant(c.reason) };
  const inPart = (time: string) => c.part === "day" || (c.part === "am") === isMorning(time);
  try {
    return await db.transaction(async (txRaw) => {
      const tx = txRaw as unknown as Db;
      await lockOffices(tx);
      const [row] = await tx
        .insert(officeClosures)
        .values({ officeId: office.id, date: c.date, part: c.part, reason, createdBy: actorId })
        .onConflictDoNothing()
        .returning({ id: officeClosures.id });
      if (!row) return { status: "exists" as const };
      const hit = (await bookedFrom(tx, office.id, c.date, addDays(c.date, 1))).filter((b) => inPart(b.time));
      const ids = hit.map((h) => h.id);
      const cancelled = ids.length
        ? await tx
            .update(appointments)
            .set({
              status: "cancelled",
              cancelledAt: now,
              updatedAt: now,
              closureId: row.id,
              sequence: sql`${appointments.sequence} + 1`,
            })
            .where(and(inArray(appointments.id, ids), eq(appointments.status, "confirmed")))
            .returning({ id: appointments.id, emailSealed: appointments.emailSealed })
        : [];
      // The part's slot rows: none booked any more, and none bookable.
      const partSlots = slotTimes(office, c.date).filter((s) => inPart(s.start));
      for (const s of partSlots) {
        await tx
          .insert(slots)
          .values({ officeId: office.id, startsAt: s.startsAt, endsAt: s.endsAt, capacity: 0, booked: 0 })
          .onConflictDoUpdate({ target: [slots.officeId, slots.startsAt], set: { booked: 0, capacity: 0 } });
      }
      for (const h of hit) {
        await tx.update(slots).set({ booked: 0, capacity: 0 }).where(eq(slots.id, h.slotId));
      }
      await dropPending(tx, ids);
      const outboxIds: string[] = [];
      for (const a of cancelled) {
        if (!a.emailSealed) continue;
        const h = hit.find((x) => x.id === a.id)!;
        for (const locale of ["zh-Hans"] as const) {
          outboxIds.push(
            await enqueue(tx, {
              kind: "email",
              to: open(a.emailSealed),
              template: "closure",
              appointmentId: a.id,
              params: {
                locale,
                reference: h.reference,
                office: office.name[locale],
                date: h.date,
                time: h.time,
                reason: reason[locale],
                lookupUrl: `${publicOrigin()}/${locale}/book/manage`,
              },
            }),
          );
        }
      }
      await bumpOfficesRevision(tx);
      await audit(tx, {
        actorId,
        action: "office.closure",
        officeId: office.id,
        detail: { date: c.date, part: c.part, cancelled: hit.map((h) => h.reference) },
      });
      return {
        status: "closed" as const,
        closureId: row.id,
        cancelled: hit.map(({ id, reference, date, time }) => ({ id, reference, date, time })),
        outboxIds,
      };
    });
  } finally {
    await ensureOfficesFresh(db, true);
  }
}
