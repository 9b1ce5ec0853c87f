import { getTranslations } from "next-intl/server";
import { dateLabel } from "@/lib/booking/format";
import type { LoadDay } from "@/lib/counter/stats";

/**
 * The next 14 days' load as bars drawn by CSS alone (no JavaScript, prints too): each bar is booked
 * seats against seats offered; its words say the same for screen readers and on paper.
 */
export async function LoadChart({ locale, days }: { locale: string; days: LoadDay[] }) {
  const [t, c] = await Promise.all([
    getTranslations({ locale, namespace: "counter.stats" }),
    getTranslations({ locale, namespace: "calendar" }),
  ]);
  return (
    <figure aria-labelledby="load-title" className="space-y-2" data-testid="load-chart">
      <figcaption id="load-title" className="text-xl font-bold">
        {t("loadTitle")}
        <span className="block text-base font-normal text-muted">{t("loadLegend")}</span>
      </figcaption>
      <ul className="space-y-1">
        {days.map((d) => {
          const pct = d.capacity > 0 ? Math.min(100, Math.round((d.booked / d.capacity) * 100)) : 0;
          return (
            <li key={d.day} className="grid grid-cols-[10rem_1fr_9rem] items-center gap-2" data-day={d.day}>
              <span className="whitespace-nowrap">{dateLabel(c, d.day)}</span>
              <span className="relative h-6 border border-line bg-panel" aria-hidden="true">
                <span
                  className={`absolute inset-y-0 left-0 ${pct >= 90 ? "bg-accent" : "bg-brand"}`}
                  style={{ width: `${pct}%` }}
                />
              </span>
              <span className="whitespace-nowrap text-right tabular-nums">
                {d.capacity > 0 ? `${d.booked} / ${d.capacity}` : t("closed")}
              </span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
