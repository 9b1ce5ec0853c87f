import { isIsoDate } from "@/lib/calendar";
import { type BusinessType, isBusinessType, parseRouteId } from "./business";
import { checklistPath } from "./checklist-link";
import { officeById } from "./offices";

/**
 * The booking page's URL contract: /[locale]/book?district=<GB/T 2260>&business=<id>&route=<routeId>
 * [&checklist=<same-site path>][&office=<id>&date=YYYY-MM-DD&time=HH:MM]. Only choices travel in
 * the URL — never name, phone or ID number.
 */
export interface BookQuery {
  district?: string;
  business: BusinessType;
  route?: string;
  checklist?: string;
  office?: string;
  date?: string;
  time?: string;
}

/** Other spellings that links in the wild use for the same business. */
const BUSINESS_ALIASES: Record<string, BusinessType> = {
  settle: "settlement",
  "cross-province": "cross-province-transfer",
  "cross-province transfer": "cross-province-transfer",
  huzhe: "cross-province-transfer",
  move: "transfer",
};

export function parseBusiness(value: unknown): BusinessType {
  if (isBusinessType(value)) return value;
  return (typeof value === "string" && BUSINESS_ALIASES[value]) || "settlement";
}

type Raw = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export function parseBookQuery(raw: Raw): BookQuery {
  const district = one(raw.district);
  const office = one(raw.office);
  const date = one(raw.date);
  const time = one(raw.time);
  const checklist = one(raw.checklist);
  return {
    district: district && /^\d{6}$/.test(district) ? district : undefined,
    business: parseBusiness(one(raw.business)),
    route: parseRouteId(one(raw.route) ?? one(raw.routeId)),
    checklist: checklistPath(checklist),
    office: office && officeById(office) ? office : undefined,
    date: date && isIsoDate(date) ? date : undefined,
    time: time && /^\d{2}:\d{2}$/.test(time) ? time : undefined,
  };
}

export function bookHref(locale: string, q: BookQuery): string {
  const p = new URLSearchParams();
  for (const k of ["district", "business", "route", "checklist", "office", "date", "time"] as const) {
    const v = q[k];
    if (v) p.set(k, v);
  }
  return `/${locale}/book?${p.toString()}`;
}

/** The query without the later steps, for "change" links and hidden fields of GET forms. */
export function upTo(q: BookQuery, step: "office" | "date" | "time"): BookQuery {
  const base = { district: q.district, business: q.business, route: q.route, checklist: q.checklist };
  if (step === "office") return base;
  if (step === "date") return { ...base, office: q.office };
  return { ...base, office: q.office, date: q.date };
}
