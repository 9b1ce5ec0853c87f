import { weekday } from "@/lib/calendar";

/** "11月23日 周一" from the calendar messages; `t` is a next-intl translator for "calendar". */
export function dateLabel(
  t: (key: string, values?: Record<string, string | number>) => string,
  iso: string,
): string {
  const [, m, d] = iso.split("-").map(Number);
  const dow = weekday(iso) || 7;
  return `${t("dateFormat", { month: m ?? 0, day: d ?? 0 })} ${t(`weekday.${dow}`)}`;
}
