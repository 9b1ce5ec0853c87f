/**
 * The official holiday schedule as published by the State Council, via the `chinese-days`
 * package. We read its JSON directly (rather than calling isWorkday per day) to know the
 * exact span it covers: a date past the last published year is not "a working day", it is
 * "not yet published".
 */
import data from "chinese-days/dist/chinese-days.json";

type DayMap = Record<string, string>;
const holidays = (data as { holidays: DayMap }).holidays;
const workdays = (data as { workdays: DayMap }).workdays;

const years = Object.keys(holidays).map((d) => Number(d.slice(0, 4)));
/** Last date covered by a published schedule (31 December of the last year in the data). */
export const OFFICIAL_DATA_END = `${Math.max(...years)}-12-31`;
export const OFFICIAL_DATA_START = `${Math.min(...years)}-01-01`;

export function isOfficiallyCovered(iso: string): boolean {
  return iso >= OFFICIAL_DATA_START && iso <= OFFICIAL_DATA_END;
}

/** Entries look like "National Day,国庆节,3": English, Chinese, statutory day count. */
function chineseName(entry: string): string {
  return entry.split(",")[1] ?? entry;
}

export function officialHoliday(iso: string): string | undefined {
  const e = holidays[iso];
  return e === undefined ? undefined : chineseName(e);
}

/** A weekend day made a working day (调休); returns the holiday it compensates for. */
export function officialMakeUpWorkday(iso: string): string | undefined {
  const e = workdays[iso];
  return e === undefined ? undefined : chineseName(e);
}
