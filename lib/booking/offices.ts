import type { Closure } from "@/lib/calendar";
import { JURISDICTIONS } from "@/policies/registry";
import type { BusinessType } from "./business";
import { SAMPLE_OFFICES } from "./data/offices";

export type Localized = { "zh-Hans": string; "zh-Hant": string };
export type LocaleKey = keyof Localized;
/** [opens, closes] as "HH:MM" Shanghai wall time. */
export type Interval = readonly [string, string];
/** 1 = Monday … 7 = Sunday; a missing day is closed. */
export type WeeklyHours = Partial<Record<1 | 2 | 3 | 4 | 5 | 6 | 7, readonly Interval[]>>;

export interface OfficeClosure extends Omit<Closure, "reason"> {
  reason?: Localized;
  /** Issue 15: a half-day closure ("am": slots starting before 12:00). Missing = the whole day. */
  part?: "day" | "am" | "pm";
}

/** Opening rules from `from` on (issue 15: edited by the office admin, future dates only). */
export interface OfficeSchedule {
  from: string;
  hours: WeeklyHours;
  slotMinutes: number;
  counters: number;
}

export interface OfficeData {
  id: string;
  /** GB/T 2260 county-level code. */
  districtCode: string;
  kind: "station" | "hall";
  city: Localized;
  district: Localized;
  name: Localized;
  address: Localized;
  hours: WeeklyHours;
  slotMinutes: number;
  /** Counters serving booked visitors = capacity of each slot. */
  counters: number;
  businesses: readonly BusinessType[];
  closures: readonly OfficeClosure[];
  /** Later rules, oldest first; `hours`/`slotMinutes`/`counters` above apply before the first. */
  schedules?: readonly OfficeSchedule[];
}

/**
 * The offices every function here reads. Seeded from the sample data; issue 15 keeps it equal to the
 * database (lib/offices/registry.ts replaces the contents when the offices' revision moves), so the
 * booking code's synchronous API stays as it was.
 */
const registry: OfficeData[] = [...SAMPLE_OFFICES];
export const OFFICES: readonly OfficeData[] = registry;
const byId = new Map(OFFICES.map((o) => [o.id, o]));

export function replaceOffices(list: readonly OfficeData[]): void {
  registry.splice(0, registry.length, ...list);
  byId.clear();
  for (const o of list) byId.set(o.id, o);
}

/** The rules in force on a date (YYYY-MM-DD). */
export function scheduleOn(office: OfficeData, date: string): OfficeSchedule {
  let current: OfficeSchedule = {
    from: "0000-01-01",
    hours: office.hours,
    slotMinutes: office.slotMinutes,
    counters: office.counters,
  };
  for (const s of office.schedules ?? []) if (s.from <= date) current = s;
  return current;
}

export function officeById(id: string): OfficeData | undefined {
  return byId.get(id);
}

/**
 * Offices for a GB/T 2260 code: a district's own offices first, then the rest of its city; a city
 * code (…00) gives the city's offices, a province code (…0000) the province's.
 */
export function officesForDistrict(code: string | undefined, business?: BusinessType): OfficeData[] {
  const offers = (o: OfficeData) => !business || o.businesses.includes(business);
  if (!code || !/^\d{6}$/.test(code)) return OFFICES.filter(offers);
  const prefix = code.endsWith("0000") ? code.slice(0, 2) : code.slice(0, 4);
  const exact = OFFICES.filter((o) => o.districtCode === code && offers(o));
  const around = OFFICES.filter(
    (o) => o.districtCode !== code && o.districtCode.startsWith(prefix) && offers(o),
  );
  return [...exact, ...around];
}

/**
 * Offices that take a route's application. Where the text names the station (Zhengzhou rental: "到…租赁
 * 住房所在地派出所户籍室"), only the district's own offices — none from the rest of the city.
 */
export function officesForRoute(
  code: string | undefined,
  business: BusinessType | undefined,
  routeId: string | undefined,
): OfficeData[] {
  const list = officesForDistrict(code, business);
  const def = routeId
    ? Object.values(JURISDICTIONS)
        .flatMap((j) => j.routes)
        .find((r) => r.id === routeId)
    : undefined;
  return def?.applyAt === "rented-home" && code ? list.filter((o) => o.districtCode === code) : list;
}

/** Whole-day closures (half days only remove their slots: lib/booking/slots.ts). */
export function officeClosures(office: OfficeData, locale: LocaleKey = "zh-Hans"): Closure[] {
  return office.closures
    .filter((c) => !c.part || c.part === "day")
    .map((c) => ({ date: c.date, reason: c.reason?.[locale] }));
}

/** Half-day closures on a date. */
export function halfDayClosures(office: OfficeData, date: string): OfficeClosure[] {
  return office.closures.filter((c) => c.date === date && (c.part === "am" || c.part === "pm"));
}
