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
}

export const OFFICES: readonly OfficeData[] = SAMPLE_OFFICES;
const byId = new Map(OFFICES.map((o) => [o.id, o]));

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

export function officeClosures(office: OfficeData, locale: LocaleKey = "zh-Hans"): Closure[] {
  return office.closures.map((c) => ({ date: c.date, reason: c.reason?.[locale] }));
}
