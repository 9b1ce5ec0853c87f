import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { dateLabel } from "@/lib/booking/format";
import { utcToShanghai } from "@/lib/calendar";
import { getDb } from "@/lib/db/client";
import { isLocale } from "@/lib/i18n/locales";
import { officeNamer } from "@/lib/offices/names";
import { queueWithAppointments } from "@/lib/prereview/queue";
import { officesWhere } from "@/lib/staff/can";
import { requireStaff } from "@/lib/staff/session";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "prereviewStaff" });
  return { title: t("queueTitle"), robots: { index: false, follow: false } };
}

/** The pre-review queue of the offices this clerk reviews for: soonest due first, overdue marked. */
export default async function ReviewQueue({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { staff } = await requireStaff(locale, { action: "review" });
  const [t, tc] = await Promise.all([
    getTranslations({ locale, namespace: "prereviewStaff" }),
    getTranslations({ locale, namespace: "calendar" }),
  ]);
  const offices = officesWhere(staff, "review");
  const rows = await queueWithAppointments((await getDb()).db, offices);
  const name = officeNamer(isLocale(locale) ? locale : "zh-Hans");
  const today = utcToShanghai(new Date()).date;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("queueTitle")}</h1>
      <p className="text-muted">{t("queueLead", { count: rows.length })}</p>
      {rows.length === 0 ? (
        <p data-testid="queue-empty">{t("queueEmpty")}</p>
      ) : (
        <table className="w-full border-collapse text-left" data-testid="review-queue">
          <thead>
            <tr className="border-b-2 border-ink">
              <th className="py-2 pr-3">{t("due")}</th>
              <th className="py-2 pr-3">{t("reference")}</th>
              <th className="py-2 pr-3">{t("person")}</th>
              <th className="py-2 pr-3">{t("visit")}</th>
              <th className="py-2 pr-3">{t("office")}</th>
              <th className="py-2 pr-3">{t("state")}</th>
              <th className="py-2">{t("files")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const overdue = r.case.dueDate !== null && r.case.dueDate < today;
              return (
                <tr key={r.case.id} className="border-b border-line" data-case={r.case.id}>
                  <td className={`py-2 pr-3 ${overdue ? "font-bold text-accent" : ""}`}>
                    {r.case.dueDate ? dateLabel(tc, r.case.dueDate) : "—"}
                    {overdue ? ` · ${t("overdue")}` : ""}
                  </td>
                  <td className="py-2 pr-3">
                    <a
                      href={`/${locale}/staff/review/${r.case.id}`}
                      className="inline-flex min-h-11 items-center font-bold"
                    >
                      {r.reference}
                    </a>
                  </td>
                  <td className="py-2 pr-3">{r.nameMasked ?? "—"}</td>
                  <td className="py-2 pr-3">{r.visitDate ? dateLabel(tc, r.visitDate) : "—"}</td>
                  <td className="py-2 pr-3">{name(r.case.officeId ?? "") ?? r.case.officeId}</td>
                  <td className="py-2 pr-3">{t(`status.${r.case.status}`)}</td>
                  <td className="py-2">{r.files}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
