import { dateLabel } from "@/lib/booking/format";

type T = (key: string, values?: Record<string, string | number>) => string;

/** "2026年10月8日 周四": the booking calendar's day label (calendar messages) with the year. */
export const dateWithYear = (calendar: T, transfer: T, iso: string): string =>
  transfer("result.dateWithYear", { year: iso.slice(0, 4), date: dateLabel(calendar, iso) });
