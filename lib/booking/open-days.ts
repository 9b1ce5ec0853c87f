import type { WeeklyHours } from "./offices";

type Translate = (key: string, values?: Record<string, string>) => string;

/**
 * The days an office opens, in words, from its published hours: "周一至周五", "周一至周六",
 * "周一、周三、周五". The date step's hint says exactly this, so it never promises 工作日 while
 * offering a Saturday (or the reverse).
 */
export function openDaysText(hours: WeeklyHours, t: Translate, dayName: (d: number) => string): string {
  const days = ([1, 2, 3, 4, 5, 6, 7] as const).filter((d) => (hours[d] ?? []).length > 0);
  const runs: number[][] = [];
  for (const d of days) {
    const last = runs.at(-1);
    if (last && last.at(-1) === d - 1) last.push(d);
    else runs.push([d]);
  }
  return runs
    .map((r) =>
      r.length >= 3
        ? t("date.openDaysRange", { from: dayName(r[0]!), to: dayName(r.at(-1)!) })
        : r.map(dayName).join(t("date.openDaysSeparator")),
    )
    .join(t("date.openDaysSeparator"));
}
