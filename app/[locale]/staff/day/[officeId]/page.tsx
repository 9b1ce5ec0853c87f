import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { itemTexter } from "@/components/counter/item-text";
import { StateTag, stateKey } from "@/components/counter/state-tag";
import { secondaryButton } from "@/components/ui/styles";
import { dateLabel } from "@/lib/booking/format";
import type { LocaleKey } from "@/lib/booking/offices";
import { maskName } from "@/lib/booking/view";
import { utcToShanghai } from "@/lib/calendar";
import { attachedChecklist } from "@/lib/counter/attached-checklist";
import { deskPath, hallPath, statsPath } from "@/lib/counter/paths";
import { dayAppointments } from "@/lib/counter/queries";
import { dayParam, staffOffice } from "@/lib/counter/staff-office";
import { getDb } from "@/lib/db/client";
import { noShowAction } from "./actions";

type Props = {
  params: Promise<{ locale: string; officeId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ locale }, q] = await Promise.all([params, searchParams]);
  const t = await getTranslations({ locale, namespace: "counter" });
  return { title: t("day.title", { date: dayParam(q.date) }), robots: { index: false } };
}

/**
 * The day's list of one office (requirement 3): every booking by time with masked name, business and
 * route, the checklist the resident attached with their own ticks, and where it stands. Printed on A4 it
 * is the paper fallback, so everything the counter needs is in the table itself, not behind links.
 */
export default async function DayListPage({ params, searchParams }: Props) {
  const [{ locale, officeId }, q] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const { ctx, office } = await staffOffice(locale, officeId, "day.view");
  const date = dayParam(q.date);
  const { db } = await getDb();
  const rows = await dayAppointments(db, office.id, date);
  const [t, b, c, routes, itemText] = await Promise.all([
    getTranslations({ locale, namespace: "counter" }),
    getTranslations({ locale, namespace: "booking" }),
    getTranslations({ locale, namespace: "calendar" }),
    getTranslations({ locale, namespace: "policy.routes" }),
    itemTexter(locale),
  ]);
  const now = Date.now();
  const active = rows.filter((r) => r.appointment.status !== "cancelled").length;

  return (
    <div className="space-y-4">
      <nav className="no-print flex flex-wrap gap-4" aria-label={t("nav.day")}>
        <a href={deskPath(locale, office.id)}>{t("nav.counter")}</a>
        <a href={hallPath(locale, office.id)}>{t("nav.display")}</a>
        <a href={statsPath(locale, office.id, date)}>{t("nav.stats")}</a>
      </nav>
      <h1 className="text-2xl font-bold sm:text-3xl print:text-xl">
        {t("day.title", { date: dateLabel(c, date) })}
      </h1>
      <p className="print:text-sm">
        {t("day.office")}：{office.name[locale as LocaleKey]} · {t("day.count", { count: active })}
      </p>
      <form method="get" className="no-print flex flex-wrap items-end gap-3">
        <label className="flex flex-col font-bold">
          {t("day.date")}
          <input
            type="date"
            name="date"
            defaultValue={date}
            className="min-h-11 border-2 border-ink px-2 font-normal"
          />
        </label>
        <button type="submit" className={secondaryButton}>
          {t("day.show")}
        </button>
        <span className="text-muted">{t("day.printHint")}</span>
      </form>
      {rows.length === 0 ? (
        <p data-testid="day-empty">{t("day.empty")}</p>
      ) : (
        <table className="w-full border-collapse text-left print:text-xs" data-testid="day-list">
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="p-2">
                {t("day.time")}
              </th>
              <th scope="col" className="p-2">
                {t("day.reference")}
              </th>
              <th scope="col" className="p-2">
                {t("day.name")}
              </th>
              <th scope="col" className="p-2">
                {t("day.business")}
              </th>
              <th scope="col" className="p-2">
                {t("day.checklist")}
              </th>
              <th scope="col" className="p-2">
                {t("day.state")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ appointment: a, slot, visit }) => {
              const list = attachedChecklist(a.checklistUrl);
              const ticked = list?.items.filter((i) => i.ticked).length ?? 0;
              const routeName = a.routeId && routes.has(a.routeId) ? routes(a.routeId) : a.routeId;
              const state = stateKey(a, visit);
              const past = slot.endsAt.getTime() < now;
              return (
                <tr
                  key={a.id}
                  className="border-b border-line align-top print:break-inside-avoid"
                  data-reference={a.reference}
                >
                  <td className="whitespace-nowrap p-2 font-bold">
                    {utcToShanghai(slot.startsAt).time}–{utcToShanghai(slot.endsAt).time}
                  </td>
                  <td className="whitespace-nowrap p-2 font-mono">{a.reference}</td>
                  <td className="whitespace-nowrap p-2">{maskName(a.name) ?? "—"}</td>
                  <td className="min-w-24 p-2">
                    {b(`business.${a.businessType}`)}
                    {routeName ? <span className="block text-sm">{routeName}</span> : null}
                  </td>
                  <td className="p-2 text-sm" data-testid="row-checklist">
                    {!a.checklistUrl ? (
                      t("day.noChecklist")
                    ) : !list ? (
                      t("day.checklistDamaged")
                    ) : (
                      <>
                        <span className="font-bold">
                          {t("day.ticked", { ticked, total: list.items.length })}
                        </span>
                        <ul className="mt-1 space-y-0.5 print:columns-2 print:gap-4">
                          {list.items.map((i) => (
                            <li
                              key={i.key}
                              data-item={i.key}
                              data-ticked={i.ticked ? "1" : "0"}
                              className="break-inside-avoid"
                            >
                              <span className="inline-block w-5 font-bold">{i.ticked ? "✓" : "□"}</span>
                              {itemText(i)}
                            </li>
                          ))}
                        </ul>
                      </>
                    )}
                  </td>
                  <td className="p-2">
                    <StateTag label={t(`state.${state}`)} visit={visit} />
                    {state === "confirmed" && past ? (
                      <form action={noShowAction} className="no-print mt-2">
                        <input type="hidden" name="csrf" value={ctx.csrf} />
                        <input type="hidden" name="locale" value={locale} />
                        <input type="hidden" name="officeId" value={office.id} />
                        <input type="hidden" name="date" value={date} />
                        <input type="hidden" name="appointmentId" value={a.id} />
                        <button type="submit" className={secondaryButton}>
                          {t("day.noShow")}
                        </button>
                      </form>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
