import { utcToShanghai } from "@/lib/calendar";
import type { Db } from "@/lib/db/client";
import { ensureOfficesFresh } from "@/lib/offices/registry";
import { type OfficeData, officeById, scheduleOn } from "./offices";
import { bookedCounts } from "./queries";
import { type DayOpening, windowDays } from "./slots";

export interface SlotAvailability {
  start: string;
  end: string;
  startsAt: string;
  capacity: number;
  remaining: number;
}

export interface DayAvailability extends Omit<DayOpening, "slots"> {
  slots: SlotAvailability[];
  /** Some slot still has a seat. */
  bookable: boolean;
}

/** The booking window for an office with seats left per slot: one query for the whole window. */
export async function windowAvailability(
  db: Db,
  office: OfficeData,
  now: Date = new Date(),
): Promise<DayAvailability[]> {
  // Hours, counters and closures are the office's data (issue 15): read this server's fresh copy.
  await ensureOfficesFresh(db);
  const fresh = officeById(office.id) ?? office;
  const days = windowDays(fresh, now);
  const all = days.flatMap((d) => d.slots);
  const first = all[0];
  const last = all[all.length - 1];
  const counts = first && last ? await bookedCounts(db, office.id, first.startsAt, last.startsAt) : new Map();
  return days.map((d) => {
    const { counters } = scheduleOn(fresh, d.date);
    const slots = d.slots.map((s) => {
      const remaining = Math.max(0, counters - (counts.get(s.startsAt.getTime()) ?? 0));
      return {
        start: s.start,
        end: s.end,
        startsAt: s.startsAt.toISOString(),
        capacity: counters,
        remaining,
      };
    });
    return { ...d, slots, bookable: slots.some((s) => s.remaining > 0) };
  });
}

export interface Suggestion {
  officeId: string;
  date: string;
  start: string;
  end: string;
  startsAt: string;
  remaining: number;
}

/** The next free times after `after` (same office), for a "this time is full" answer. */
export async function nextFreeTimes(
  db: Db,
  office: OfficeData,
  after: Date,
  now: Date = new Date(),
  limit = 3,
): Promise<Suggestion[]> {
  const days = await windowAvailability(db, office, now);
  const free = days
    .flatMap((d) => d.slots.map((s) => ({ ...s, date: d.date })))
    .filter((s) => s.remaining > 0);
  const later = free.filter((s) => new Date(s.startsAt) > after);
  const pick = (later.length > 0 ? later : free).slice(0, limit);
  return pick.map((s) => ({
    officeId: office.id,
    date: utcToShanghai(new Date(s.startsAt)).date,
    start: s.start,
    end: s.end,
    startsAt: s.startsAt,
    remaining: s.remaining,
  }));
}
