import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LoadChart } from "@/components/counter/load-chart";
import { StatsTable } from "@/components/counter/stats-table";
import { secondaryButton } from "@/components/ui/styles";
import { dateLabel } from "@/lib/booking/format";
import type { LocaleKey } from "@/lib/booking/offices";
import { shanghaiToday } from "@/lib/calendar";
import { dayListPath, statsPath } from "@/lib/counter/paths";
import { dayParam, staffOffice } from "@/lib/counter/staff-office";
import { dayStats, loadAhead } from "@/lib/counter/stats";
import { getDb } from "@/lib/db/client";

type Props = {
  params: Promise<{ locale: string; officeId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "counter" });
  return { title: t("stats.title"), robots: { index: false } };
}

/** One office's figures for a day, the next 14 days' load, and the CSV (requirement 6). */
export default async function OfficeStatsPage({ params, searchParams }: Props) {
  const [{ locale, officeId }, q] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const { office } = await staffOffice(locale, officeId, "stats.view");
  const date = dayParam(q.date);
  const { db } = await getDb();
  const [stats, load] = await Promise.all([
    dayStats(db, office, date),
    loadAhead(db, office, shanghaiToday()),
  ]);
  const [t, c] = await Promise.all([
    getTranslations({ locale, namespace: "counter" }),
    getTranslations({ locale, namespace: "calendar" }),
  ]);
  return (
    <div className="space-y-6">
      <nav className="flex flex-wrap gap-4" aria-label={t("nav.stats")}>
        <a href={dayListPath(locale, office.id, date)}>{t("nav.day")}</a>
        <a href={statsPath(locale, undefined, date)}>{t("stats.cityTitle")}</a>
      </nav>
      <h1 className="text-2xl font-bold sm:text-3xl">
        {t("stats.title")} · {office.name[locale as LocaleKey]}
      </h1>
      <form method="get" className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col font-bold">
          {t("stats.date")}
          <input
            type="date"
            name="date"
            defaultValue={date}
            className="min-h-11 border-2 border-ink px-2 font-normal"
          />
        </label>
        <button type="submit" className={secondaryButton}>
          {t("stats.show")}
        </button>
        <a
          href={`/${locale}/staff/stats/${encodeURIComponent(office.id)}/export?to=${date}`}
          className={secondaryButton}
          data-testid="stats-csv"
          download
        >
          {t("stats.csv")}
        </a>
      </form>
      <StatsTable locale={locale} columns={[{ key: office.id, heading: dateLabel(c, date), stats }]} />
      <LoadChart locale={locale} days={load} />
    </div>
  );
}
