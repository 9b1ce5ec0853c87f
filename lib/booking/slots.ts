import {
  addDays,
  type DayInfo,
  dayInfo,
  type IsoDate,
  minutesOf,
  shanghaiToday,
  shanghaiToUtc,
  timeOf,
  weekday,
} from "@/lib/calendar";
import { halfDayClosures, type LocaleKey, type OfficeData, officeClosures, scheduleOn } from "./offices";

/**
 * Residents book from tomorrow up to 14 days ahead; a day closes for booking at 16:00 the
 * day before, so the counter can print its list and prepare files.
 */
export const BOOKING_WINDOW = { firstDay: 1, lastDay: 14, cutoff: "16:00" } as const;

export interface SlotTime {
  /** "HH:MM" Shanghai wall time. */
  start: string;
  end: string;
  startsAt: Date;
  endsAt: Date;
}

export type DayStatus = "open" | "holiday" | "closure" | "closed" | "cutoff";

export interface DayOpening {
  date: IsoDate;
  info: DayInfo;
  status: DayStatus;
  slots: SlotTime[];
}

/** Opening intervals on a date: none on holidays and closures; a 调休 weekend day keeps Monday's hours. */
export function openingIntervals(
  office: OfficeData,
  date: IsoDate,
): { info: DayInfo; intervals: readonly (readonly [string, string])[] } {
  const info = dayInfo(date, { closures: officeClosures(office) });
  if (info.closure !== undefined || (!info.working && info.holidayName)) return { info, intervals: [] };
  const dow = (weekday(date) || 7) as 1 | 2 | 3 | 4 | 5 | 6 | 7;
  const key = info.makeUpWorkday ? 1 : dow;
  return { info, intervals: scheduleOn(office, date).hours[key] ?? [] };
}

/** Slots starting before noon belong to the morning: what a half-day closure ("am"/"pm") removes. */
export const isMorning = (start: string) => start < "12:00";

export function slotTimes(office: OfficeData, date: IsoDate): SlotTime[] {
  const out: SlotTime[] = [];
  const { slotMinutes } = scheduleOn(office, date);
  const halves = halfDayClosures(office, date).map((c) => c.part);
  for (const [open, close] of openingIntervals(office, date).intervals) {
    for (let m = minutesOf(open); m + slotMinutes <= minutesOf(close); m += slotMinutes) {
      const start = timeOf(m);
      if (halves.includes(isMorning(start) ? "am" : "pm")) continue;
      const end = timeOf(m + slotMinutes);
      out.push({ start, end, startsAt: shanghaiToUtc(date, start), endsAt: shanghaiToUtc(date, end) });
    }
  }
  return out;
}

export function bookingWindowDates(now: Date = new Date()): IsoDate[] {
  const today = shanghaiToday(now);
  const dates: IsoDate[] = [];
  for (let i = BOOKING_WINDOW.firstDay; i <= BOOKING_WINDOW.lastDay; i++) dates.push(addDays(today, i));
  return dates;
}

function pastCutoff(date: IsoDate, now: Date): boolean {
  return now.getTime() >= shanghaiToUtc(addDays(date, -1), BOOKING_WINDOW.cutoff).getTime();
}

export function dayOpening(office: OfficeData, date: IsoDate, now: Date = new Date()): DayOpening {
  const { info, intervals } = openingIntervals(office, date);
  let status: DayStatus = "open";
  if (info.closure !== undefined) status = "closure";
  else if (!info.working && info.holidayName) status = "holiday";
  else if (intervals.length === 0) status = "closed";
  else if (halfDayClosures(office, date).length > 0 && slotTimes(office, date).length === 0)
    status = "closure";
  else if (pastCutoff(date, now)) status = "cutoff";
  return { date, info, status, slots: status === "open" ? slotTimes(office, date) : [] };
}

/** Every date of the booking window with whether and why it can be booked. */
export function windowDays(office: OfficeData, now: Date = new Date()): DayOpening[] {
  return bookingWindowDates(now).map((d) => dayOpening(office, d, now));
}

/** The slot at `date` `time`, only if it is inside the window, open and not past the cut-off. */
export function bookableSlot(
  office: OfficeData,
  date: IsoDate,
  time: string,
  now: Date = new Date(),
): SlotTime | undefined {
  if (!bookingWindowDates(now).includes(date)) return undefined;
  return dayOpening(office, date, now).slots.find((s) => s.start === time);
}

export function closureReason(office: OfficeData, date: IsoDate, locale: LocaleKey): string | undefined {
  return (
    officeClosures(office, locale).find((c) => c.date === date)?.reason ??
    halfDayClosures(office, date)[0]?.reason?.[locale]
  );
}
