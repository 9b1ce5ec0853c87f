import { getTranslations } from "next-intl/server";
import { type DayStats, STAT_KEYS } from "@/lib/counter/stats";

type Key = (typeof STAT_KEYS)[number];

/** One figure as the 所长 reads it: counts, minutes, a percentage, or — when there is nothing to measure. */
export async function statFormatter(locale: string) {
  const t = await getTranslations({ locale, namespace: "counter.stats" });
  return (s: DayStats, k: Key): string => {
    const v = s[k];
    if (v === null) return t("none");
    if (k === "waitMedian" || k === "waitP90") return t("minutes", { n: v });
    if (k === "capacityUsed") return t("percent", { n: Math.round(v * 100) });
    return String(v);
  };
}

/** Figures side by side: one column per office (or per day), one row per measure. */
export async function StatsTable({
  locale,
  columns,
}: {
  locale: string;
  columns: { key: string; heading: string; stats: DayStats }[];
}) {
  const t = await getTranslations({ locale, namespace: "counter.stats" });
  const fmt = await statFormatter(locale);
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left" data-testid="stats-table">
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="p-2">
              {t("metric")}
            </th>
            {columns.map((c) => (
              <th key={c.key} scope="col" className="p-2 text-right" data-office={c.key}>
                {c.heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {STAT_KEYS.map((k) => (
            <tr key={k} className="border-b border-line" data-stat={k}>
              <th scope="row" className="p-2 font-normal">
                {t(k)}
              </th>
              {columns.map((c) => (
                <td key={c.key} className="p-2 text-right font-bold tabular-nums">
                  {fmt(c.stats, k)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
