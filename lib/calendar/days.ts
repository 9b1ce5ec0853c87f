import { fixedHolidayName } from "./fallback";
import { addDays, type IsoDate, isIsoDate, isWeekend } from "./iso";
import { isOfficiallyCovered, officialHoliday, officialMakeUpWorkday } from "./official";

export interface DayInfo {
  working: boolean;
  /** Chinese name of the holiday on this day, or for a make-up day the holiday it pays for. */
  holidayName?: string;
  /** A Saturday or Sunday that is a working day (调休). */
  makeUpWorkday: boolean;
  /** Past the last published State Council schedule: weekends and fixed holidays only. */
  scheduleUnpublished: boolean;
  /** Closed by an extra closure (office-specific), with its reason if given. */
  closure?: string;
}

/** An extra day off supplied as data (e.g. an office closed for a move). */
export interface Closure {
  date: IsoDate;
  reason?: string;
}

export interface CalendarOptions {
  closures?: readonly Closure[];
}

function assertIso(iso: string): void {
  if (!isIsoDate(iso)) throw new RangeError(`not an ISO date: ${iso}`);
}

export function dayInfo(iso: IsoDate, options: CalendarOptions = {}): DayInfo {
  assertIso(iso);
  const base = baseDayInfo(iso);
  const closure = options.closures?.find((c) => c.date === iso);
  if (!closure) return base;
  return { ...base, working: false, closure: closure.reason ?? "" };
}

function baseDayInfo(iso: IsoDate): DayInfo {
  if (isOfficiallyCovered(iso)) {
    const holiday = officialHoliday(iso);
    if (holiday)
      return { working: false, holidayName: holiday, makeUpWorkday: false, scheduleUnpublished: false };
    const makeUp = officialMakeUpWorkday(iso);
    if (makeUp)
      return { working: true, holidayName: makeUp, makeUpWorkday: true, scheduleUnpublished: false };
    return { working: !isWeekend(iso), makeUpWorkday: false, scheduleUnpublished: false };
  }
  const fixed = fixedHolidayName(iso);
  if (fixed) return { working: false, holidayName: fixed, makeUpWorkday: false, scheduleUnpublished: true };
  return { working: !isWeekend(iso), makeUpWorkday: false, scheduleUnpublished: true };
}

export function isWorkingDay(iso: IsoDate, options: CalendarOptions = {}): boolean {
  return dayInfo(iso, options).working;
}

/**
 * The date `n` working days after `startIso` (the start day itself is not counted);
 * negative `n` counts backwards, 0 returns the start date.
 */
export function addWorkingDays(startIso: IsoDate, n: number, options: CalendarOptions = {}): IsoDate {
  assertIso(startIso);
  if (!Number.isInteger(n)) throw new RangeError(`n must be an integer: ${n}`);
  const step = n < 0 ? -1 : 1;
  let remaining = Math.abs(n);
  let d = startIso;
  while (remaining > 0) {
    d = addDays(d, step);
    if (isWorkingDay(d, options)) remaining--;
  }
  return d;
}

/** Working days strictly after `fromIso` up to and including `toIso`. */
export function countWorkingDays(fromIso: IsoDate, toIso: IsoDate, options: CalendarOptions = {}): number {
  let count = 0;
  for (let d = addDays(fromIso, 1); d <= toIso; d = addDays(d, 1)) if (isWorkingDay(d, options)) count++;
  return count;
}
