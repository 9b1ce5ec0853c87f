import { and, eq, gte, lt, ne } from "drizzle-orm";
import type { OfficeData } from "@/lib/booking/offices";
import { slotTimes } from "@/lib/booking/slots";
import { addDays, type IsoDate, utcToShanghai } from "@/lib/calendar";
import type { Db } from "@/lib/db/client";
import { appointments, counterVisits, slots } from "@/lib/db/schema";
import { dayBounds } from "./queries";

/** Nearest-rank percentile (p in 0–100) of a list; null for none. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

/** Seats an office offers on a day (slots × counters); 0 when closed. */
export const dayCapacity = (office: OfficeData, day: IsoDate) =>
  slotTimes(office, day).length * office.counters;

export interface DayStats {
  day: IsoDate;
  booked: number;
  checkedIn: number;
  served: number;
  incomplete: number;
  noShow: number;
  walkIns: number;
  /** Minutes from check-in to first call. */
  waitMedian: number | null;
  waitP90: number | null;
  capacity: number;
  /** booked / capacity, 0–1; null on a closed day. */
  capacityUsed: number | null;
}

export const STAT_KEYS = [
  "booked",
  "checkedIn",
  "served",
  "incomplete",
  "noShow",
  "walkIns",
  "waitMedian",
  "waitP90",
  "capacityUsed",
] as const;

/** The 所长's figures for one office and day (requirement 6). */
export async function dayStats(db: Db, office: OfficeData, day: IsoDate): Promise<DayStats> {
  const [from, to] = dayBounds(day);
  const [booked, visits] = await Promise.all([
    db
      .select({ id: appointments.id })
      .from(appointments)
      .innerJoin(slots, eq(slots.id, appointments.slotId))
      .where(
        and(
          eq(appointments.officeId, office.id),
          ne(appointments.status, "cancelled"),
          gte(slots.startsAt, from),
          lt(slots.startsAt, to),
        ),
      ),
    db
      .select()
      .from(counterVisits)
      .where(and(eq(counterVisits.officeId, office.id), eq(counterVisits.day, day))),
  ]);
  const count = (f: (v: (typeof visits)[number]) => boolean) => visits.filter(f).length;
  const waits = visits
    .filter((v) => v.checkedInAt && v.calledAt)
    .map((v) => (v.calledAt!.getTime() - v.checkedInAt!.getTime()) / 60_000);
  const capacity = dayCapacity(office, day);
  const round = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);
  return {
    day,
    booked: booked.length,
    checkedIn: count((v) => v.kind === "booked" && v.checkedInAt !== null),
    served: count((v) => v.state === "served"),
    incomplete: count((v) => v.state === "incomplete"),
    noShow: count((v) => v.state === "noShow"),
    walkIns: count((v) => v.kind === "walkIn"),
    waitMedian: round(percentile(waits, 50)),
    waitP90: round(percentile(waits, 90)),
    capacity,
    capacityUsed: capacity > 0 ? booked.length / capacity : null,
  };
}

export interface LoadDay {
  day: IsoDate;
  booked: number;
  capacity: number;
}

/** Booked seats against seats offered, for the next `days` days from `first`. */
export async function loadAhead(db: Db, office: OfficeData, first: IsoDate, days = 14): Promise<LoadDay[]> {
  const [from] = dayBounds(first);
  const [to] = dayBounds(addDays(first, days));
  const rows = await db
    .select({ startsAt: slots.startsAt, booked: slots.booked })
    .from(slots)
    .where(and(eq(slots.officeId, office.id), gte(slots.startsAt, from), lt(slots.startsAt, to)));
  const byDay = new Map<string, number>();
  for (const r of rows) {
    const d = utcToShanghai(r.startsAt).date;
    byDay.set(d, (byDay.get(d) ?? 0) + r.booked);
  }
  return Array.from({ length: days }, (_, i) => {
    const day = addDays(first, i);
    return { day, booked: byDay.get(day) ?? 0, capacity: dayCapacity(office, day) };
  });
}

/**
 * CSV (UTF-8 with BOM so Excel opens the Chinese headers): one row per day. `header` names the columns:
 * office, date, each of STAT_KEYS, capacity.
 */
export function statsCsv(officeId: string, header: readonly string[], rows: readonly DayStats[]): string {
  const cell = (v: string | number | null) => {
    const s = v === null ? "" : String(v);
    // Formula injection: a cell starting with = + - @ is text to a spreadsheet, not a formula.
    const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
    return /[",\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const lines = [header.map(cell).join(",")];
  for (const r of rows) {
    lines.push(
      [
        officeId,
        r.day,
        ...STAT_KEYS.map((k) =>
          k === "capacityUsed"
            ? r.capacityUsed === null
              ? null
              : Math.round(r.capacityUsed * 1000) / 1000
            : r[k],
        ),
        r.capacity,
      ]
        .map(cell)
        .join(","),
    );
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
