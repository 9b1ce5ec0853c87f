import { splitLocale } from "@/lib/i18n/locales";

/** The hall's call display: /[locale]/hall/<office id>. Public — it shows numbers and counters only. */
export function isHallDisplayPath(pathname: string): boolean {
  return splitLocale(pathname).rest.startsWith("/hall/");
}

export const hallPath = (locale: string, officeId: string) =>
  `/${locale}/hall/${encodeURIComponent(officeId)}`;
export const dayListPath = (locale: string, officeId: string, date?: string) =>
  `/${locale}/staff/day/${encodeURIComponent(officeId)}${date ? `?date=${date}` : ""}`;
export const deskPath = (locale: string, officeId: string, counter?: number) =>
  `/${locale}/staff/counter/${encodeURIComponent(officeId)}${counter ? `?counter=${counter}` : ""}`;
export const statsPath = (locale: string, officeId?: string, date?: string) =>
  `/${locale}/staff/stats${officeId ? `/${encodeURIComponent(officeId)}` : ""}${date ? `?date=${date}` : ""}`;
