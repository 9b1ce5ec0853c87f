import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { StatsTable } from "@/components/counter/stats-table";
import { secondaryButton } from "@/components/ui/styles";
import { dateLabel } from "@/lib/booking/format";
import { type LocaleKey, officeById } from "@/lib/booking/offices";
import { statsPath } from "@/lib/counter/paths";
import { dayParam } from "@/lib/counter/staff-office";
import { dayStats } from "@/lib/counter/stats";
import { getDb } from "@/lib/db/client";
import { officesWhere } from "@/lib/staff/can";
import { requireStaff } from "@/lib/staff/session";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "counter" });
  return { title: t("stats.cityTitle"), robots: { index: false } };
}

/** A city admin's offices side by side for one day: only the offices their grants cover. */
export default async function CityStatsPage({ params, searchParams }: Props) {
  const [{ locale }, q] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const { staff } = await requireStaff(locale, { action: "stats.view" });
  const date = dayParam(q.date);
  const offices = officesWhere(staff, "stats.view").flatMap((id) => officeById(id) ?? []);
  const { db } = await getDb();
  const columns = await Promise.all(
    offices.map(async (o) => ({
      key: o.id,
      heading: o.name[locale as LocaleKey],
      stats: await dayStats(db, o, date),
    })),
  );
  const [t, c] = await Promise.all([
    getTranslations({ locale, namespace: "counter" }),
    getTranslations({ locale, namespace: "calendar" }),
  ]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold sm:text-3xl">
        {t("stats.cityTitle")} · {dateLabel(c, date)}
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
      </form>
      <StatsTable locale={locale} columns={columns} />
      <ul className="flex flex-wrap gap-4">
        {offices.map((o) => (
          <li key={o.id}>
            <a href={statsPath(locale, o.id, date)}>{o.name[locale as LocaleKey]}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
