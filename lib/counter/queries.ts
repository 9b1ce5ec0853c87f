import { and, asc, desc, eq, gte, isNotNull, lt, sql } from "drizzle-orm";
import { addDays, type IsoDate, shanghaiToUtc, utcToShanghai } from "@/lib/calendar";
import type { Db } from "@/lib/db/client";
import { pgError, UNIQUE_VIOLATION } from "@/lib/db/errors";
import {
  type Appointment,
  appointments,
  type CounterVisit,
  counterVisits,
  type Slot,
  slots,
  type VisitKind,
} from "@/lib/db/schema";
import { PREFIX } from "./queue-code";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
type Runner = Db | Tx;

const rowsOf = <T>(res: unknown) => (res as { rows: T[] }).rows;

/** The UTC instants that bound a Shanghai day. */
export function dayBounds(day: IsoDate): [Date, Date] {
  return [shanghaiToUtc(day, "00:00"), shanghaiToUtc(addDays(day, 1), "00:00")];
}

export interface DayRow {
  appointment: Appointment;
  slot: Pick<Slot, "startsAt" | "endsAt">;
  visit: CounterVisit | null;
}

/** Every appointment of an office on a day, by time, with its check-in if any (cancelled ones too). */
export async function dayAppointments(db: Db, officeId: string, day: IsoDate): Promise<DayRow[]> {
  const [from, to] = dayBounds(day);
  const rows = await db
    .select({
      appointment: appointments,
      startsAt: slots.startsAt,
      endsAt: slots.endsAt,
      visit: counterVisits,
    })
    .from(appointments)
    .innerJoin(slots, eq(slots.id, appointments.slotId))
    .leftJoin(counterVisits, eq(counterVisits.appointmentId, appointments.id))
    .where(and(eq(appointments.officeId, officeId), gte(slots.startsAt, from), lt(slots.startsAt, to)))
    .orderBy(asc(slots.startsAt), asc(appointments.createdAt));
  return rows.map((r) => ({
    appointment: r.appointment,
    slot: { startsAt: r.startsAt, endsAt: r.endsAt },
    visit: r.visit,
  }));
}

export async function appointmentByReference(
  db: Db,
  reference: string,
): Promise<{ appointment: Appointment; slot: Slot } | undefined> {
  const [row] = await db
    .select({ appointment: appointments, slot: slots })
    .from(appointments)
    .innerJoin(slots, eq(slots.id, appointments.slotId))
    .where(eq(appointments.reference, reference));
  return row;
}

export async function visitById(db: Runner, id: string): Promise<CounterVisit | undefined> {
  const [row] = await db.select().from(counterVisits).where(eq(counterVisits.id, id));
  return row;
}

export async function visitOfAppointment(
  db: Runner,
  appointmentId: string,
): Promise<CounterVisit | undefined> {
  const [row] = await db.select().from(counterVisits).where(eq(counterVisits.appointmentId, appointmentId));
  return row;
}

/** The next number of a kind for an office and day, in one upsert (two clerks never get the same). */
async function nextNumber(tx: Runner, officeId: string, day: string, prefix: string): Promise<number> {
  const [row] = rowsOf<{ last: number }>(
    await tx.execute(sql`
      insert into queue_counters (office_id, day, prefix, last) values (${officeId}, ${day}, ${prefix}, 1)
      on conflict (office_id, day, prefix) do update set last = queue_counters.last + 1
      returning last`),
  );
  return Number(row!.last);
}

export type CheckInOutcome =
  | { ok: true; visit: CounterVisit; already: boolean }
  | { ok: false; reason: "notFound" | "otherOffice" | "cancelled" | "closed" }
  | { ok: false; reason: "otherDay"; date: IsoDate };

/**
 * Checks an appointment in at its office for the hall's day and issues an A number. Checking in twice
 * gives back the first number. An appointment for another day needs the clerk's explicit yes.
 */
export async function checkIn(
  db: Db,
  input: { officeId: string; reference: string; day: IsoDate; staffId: string; allowOtherDay?: boolean },
  now: Date = new Date(),
): Promise<CheckInOutcome> {
  const found = await appointmentByReference(db, input.reference);
  // Another office's booking is "not found" to a clerk who may not see it — but the clerk is told it
  // belongs elsewhere so the resident can be sent on (no personal data is shown).
  if (!found) return { ok: false, reason: "notFound" };
  const { appointment, slot } = found;
  if (appointment.officeId !== input.officeId) return { ok: false, reason: "otherOffice" };
  const existing = await visitOfAppointment(db, appointment.id);
  if (existing?.number != null) return { ok: true, visit: existing, already: true };
  if (appointment.status === "cancelled") return { ok: false, reason: "cancelled" };
  if (appointment.status !== "confirmed" || existing) return { ok: false, reason: "closed" };
  const date = utcToShanghai(slot.startsAt).date;
  if (date !== input.day && !input.allowOtherDay) return { ok: false, reason: "otherDay", date };
  try {
    const visit = await db.transaction(async (tx) => {
      const number = await nextNumber(tx, input.officeId, input.day, PREFIX.booked);
      const [row] = await tx
        .insert(counterVisits)
        .values({
          officeId: input.officeId,
          day: input.day,
          kind: "booked",
          appointmentId: appointment.id,
          businessType: appointment.businessType,
          prefix: PREFIX.booked,
          number,
          checkedInAt: now,
          early: date !== input.day,
          staffId: input.staffId,
        })
        .returning();
      return row!;
    });
    return { ok: true, visit, already: false };
  } catch (err) {
    // Two counters scanned the same code at once: the other one won, give its number.
    if (pgError(err)?.code !== UNIQUE_VIOLATION) throw err;
    const again = await visitOfAppointment(db, appointment.id);
    if (again) return { ok: true, visit: again, already: true };
    throw err;
  }
}

/** A walk-in: a B number, no personal data kept. */
export async function walkIn(
  db: Db,
  input: { officeId: string; day: IsoDate; businessType: string; staffId: string },
  now: Date = new Date(),
): Promise<CounterVisit> {
  return db.transaction(async (tx) => {
    const kind: VisitKind = "walkIn";
    const number = await nextNumber(tx, input.officeId, input.day, PREFIX[kind]);
    const [row] = await tx
      .insert(counterVisits)
      .values({
        officeId: input.officeId,
        day: input.day,
        kind,
        businessType: input.businessType,
        prefix: PREFIX[kind],
        number,
        checkedInAt: now,
        staffId: input.staffId,
      })
      .returning();
    return row!;
  });
}

/** The number a counter is serving now (called, no outcome yet). */
export async function currentAtCounter(
  db: Runner,
  officeId: string,
  day: IsoDate,
  counter: number,
): Promise<CounterVisit | undefined> {
  const [row] = await db
    .select()
    .from(counterVisits)
    .where(
      and(
        eq(counterVisits.officeId, officeId),
        eq(counterVisits.day, day),
        eq(counterVisits.counter, counter),
        eq(counterVisits.state, "called"),
      ),
    )
    .orderBy(desc(counterVisits.calledAt))
    .limit(1);
  return row;
}

export type CallOutcome =
  | { ok: true; visit: CounterVisit }
  | { ok: false; reason: "busy"; visit: CounterVisit }
  | { ok: false; reason: "empty" };

/**
 * The counter calls the next number: appointments (A) before walk-ins (B), each in number order. One
 * statement with SKIP LOCKED, so twenty counters calling at the same moment each get a different person.
 * A counter still serving someone records that outcome first.
 */
export async function callNext(
  db: Db,
  input: { officeId: string; day: IsoDate; counter: number; staffId: string },
  now: Date = new Date(),
): Promise<CallOutcome> {
  const busy = await currentAtCounter(db, input.officeId, input.day, input.counter);
  if (busy) return { ok: false, reason: "busy", visit: busy };
  const [row] = rowsOf<{ id: string }>(
    await db.execute(sql`
      update counter_visits set state = 'called', counter = ${input.counter}, called_at = ${now.toISOString()}::timestamptz,
        calls = calls + 1, staff_id = ${input.staffId}
      where id = (
        select id from counter_visits
        where office_id = ${input.officeId} and day = ${input.day} and state = 'waiting'
        order by prefix, number
        limit 1
        for update skip locked)
      returning id`),
  );
  if (!row) return { ok: false, reason: "empty" };
  return { ok: true, visit: (await visitById(db, row.id))! };
}

/** Calls the counter's current number again (the person did not come up yet). */
export async function recall(
  db: Db,
  input: { officeId: string; day: IsoDate; counter: number },
): Promise<CounterVisit | undefined> {
  const current = await currentAtCounter(db, input.officeId, input.day, input.counter);
  if (!current) return undefined;
  const [row] = await db
    .update(counterVisits)
    .set({ calls: sql`${counterVisits.calls} + 1` })
    .where(eq(counterVisits.id, current.id))
    .returning();
  return row;
}

export type Outcome = "served" | "incomplete" | "noShow";

/**
 * Records how a called visit ended. The appointment is then closed: the resident may book again (the
 * one-active-booking rule counts confirmed ones only) and the manage page shows what the counter found.
 */
export async function recordOutcome(
  db: Db,
  input: { visitId: string; officeId: string; outcome: Outcome; missingItems: string[]; staffId: string },
  now: Date = new Date(),
): Promise<CounterVisit | undefined> {
  return db.transaction(async (tx) => {
    const [visit] = await tx
      .update(counterVisits)
      .set({
        state: input.outcome,
        finishedAt: now,
        missingItems: input.outcome === "incomplete" ? input.missingItems : null,
        staffId: input.staffId,
      })
      .where(
        and(
          eq(counterVisits.id, input.visitId),
          eq(counterVisits.officeId, input.officeId),
          sql`${counterVisits.state} in ('waiting', 'called')`,
        ),
      )
      .returning();
    if (!visit) return undefined;
    if (visit.appointmentId) await closeAppointment(tx, visit.appointmentId, now);
    return visit;
  });
}

async function closeAppointment(tx: Runner, appointmentId: string, now: Date): Promise<void> {
  await tx
    .update(appointments)
    .set({ status: "closed", updatedAt: now, sequence: sql`${appointments.sequence} + 1` })
    .where(and(eq(appointments.id, appointmentId), eq(appointments.status, "confirmed")));
}

/** 未到 for an appointment that never checked in (from the day's list, once its time has passed). */
export async function markNoShow(
  db: Db,
  input: { appointmentId: string; officeId: string; day: IsoDate; staffId: string },
  now: Date = new Date(),
): Promise<boolean> {
  try {
    return await db.transaction(async (tx) => {
      const [a] = await tx
        .select()
        .from(appointments)
        .where(and(eq(appointments.id, input.appointmentId), eq(appointments.officeId, input.officeId)))
        .for("update");
      if (a?.status !== "confirmed") return false;
      await tx.insert(counterVisits).values({
        officeId: input.officeId,
        day: input.day,
        kind: "booked",
        appointmentId: a.id,
        businessType: a.businessType,
        state: "noShow",
        finishedAt: now,
        staffId: input.staffId,
      });
      await closeAppointment(tx, a.id, now);
      return true;
    });
  } catch (err) {
    if (pgError(err)?.code === UNIQUE_VIOLATION) return false;
    throw err;
  }
}

export interface CallShown {
  code: string;
  counter: number;
  calledAt: Date;
}

/** The latest calls of a day for the hall display, newest first. */
export async function recentCalls(db: Db, officeId: string, day: IsoDate, limit = 8): Promise<CallShown[]> {
  const rows = await db
    .select({
      prefix: counterVisits.prefix,
      number: counterVisits.number,
      counter: counterVisits.counter,
      calledAt: counterVisits.calledAt,
    })
    .from(counterVisits)
    .where(
      and(
        eq(counterVisits.officeId, officeId),
        eq(counterVisits.day, day),
        isNotNull(counterVisits.calledAt),
        isNotNull(counterVisits.number),
      ),
    )
    .orderBy(desc(counterVisits.calledAt))
    .limit(limit);
  return rows.map((r) => ({
    code: `${r.prefix}${String(r.number).padStart(3, "0")}`,
    counter: r.counter!,
    calledAt: r.calledAt!,
  }));
}

/** How many are waiting, per kind. */
export async function waitingCounts(db: Db, officeId: string, day: IsoDate): Promise<Record<string, number>> {
  const rows = await db
    .select({ prefix: counterVisits.prefix, n: sql<number>`count(*)::int` })
    .from(counterVisits)
    .where(
      and(
        eq(counterVisits.officeId, officeId),
        eq(counterVisits.day, day),
        eq(counterVisits.state, "waiting"),
      ),
    )
    .groupBy(counterVisits.prefix);
  return Object.fromEntries(rows.map((r) => [r.prefix ?? "", Number(r.n)]));
}

/** The latest outcome of a booking, for the resident's manage page. */
export async function outcomeOfAppointment(db: Db, appointmentId: string): Promise<CounterVisit | undefined> {
  return visitOfAppointment(db, appointmentId);
}
