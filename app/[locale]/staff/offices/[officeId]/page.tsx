import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { StaffForm } from "@/components/staff/staff-form";
import { officeById, scheduleOn } from "@/lib/booking/offices";
import { addDays, shanghaiToday } from "@/lib/calendar";
import { getDb } from "@/lib/db/client";
import { isLocale } from "@/lib/i18n/locales";
import { formatIntervals, WEEKDAYS } from "@/lib/offices/hours-form";
import { ensureOfficesFresh } from "@/lib/offices/registry";
import { can } from "@/lib/staff/can";
import { requireStaff } from "@/lib/staff/session";
import { closeAction, saveHoursAction } from "./actions";

type Props = { params: Promise<{ locale: string; officeId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "staff" });
  return { title: t("office.title") };
}

/** One office's hours (from a future date) and closures: office admins and their city's admins edit, auditors read. */
export default async function OfficePage({ params }: Props) {
  const { locale, officeId } = await params;
  setRequestLocale(locale);
  const { staff, csrf } = await requireStaff(locale, { action: "office.view", officeId });
  const { db } = await getDb();
  await ensureOfficesFresh(db);
  const office = officeById(officeId);
  if (!office) notFound();
  const t = await getTranslations("staff");
  const l = isLocale(locale) ? locale : "zh-Hans";
  const edit = can(staff, "office.edit", officeId);
  const today = shanghaiToday();
  const tomorrow = addDays(today, 1);
  const now = scheduleOn(office, tomorrow);
  const upcoming = (office.schedules ?? []).filter((s) => s.from > tomorrow);
  const closures = office.closures.filter((c) => c.date >= today);
  const day = (d: number) => t(`office.weekday.${d}` as "office.weekday.1");
  const cell = "border-b border-line px-2 py-2 text-left align-top";
  return (
    <div className="space-y-10">
      <div>
        <h1 className="mb-1 text-2xl font-bold sm:text-3xl">{t("office.title")}</h1>
        <p className="text-lg font-bold">{office.name[l]}</p>
        <p className="text-muted">{t("office.sample")}</p>
        {edit ? null : <p className="mt-2 font-bold">{t("office.readOnly")}</p>}
      </div>
      <section aria-labelledby="hours-now">
        <h2 id="hours-now" className="mb-2 text-xl font-bold">
          {t("office.current")}
        </h2>
        <table className="border-collapse" data-testid="hours-table">
          <tbody>
            {WEEKDAYS.map((d) => (
              <tr key={d}>
                <th scope="row" className={`${cell} pr-6`}>
                  {day(d)}
                </th>
                <td className={cell}>{formatIntervals(now.hours[d]) || t("office.closed")}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mt-2">
          {t("office.slotCounters", { minutes: now.slotMinutes, counters: now.counters })}
        </p>
        {upcoming.map((s) => (
          <p key={s.from} className="mt-2">
            {t("office.fromDate", { date: s.from })}：
            {WEEKDAYS.filter((d) => s.hours[d]?.length)
              .map((d) => `${day(d)} ${formatIntervals(s.hours[d])}`)
              .join("；")}
            （{t("office.slotCounters", { minutes: s.slotMinutes, counters: s.counters })}）
          </p>
        ))}
      </section>
      <section aria-labelledby="closures">
        <h2 id="closures" className="mb-2 text-xl font-bold">
          {t("office.closuresTitle")}
        </h2>
        {closures.length === 0 ? (
          <p>{t("office.closuresNone")}</p>
        ) : (
          <ul className="list-disc pl-6" data-testid="closures-list">
            {closures.map((c) => (
              <li key={`${c.date}-${c.part}`}>
                {c.date} {t(`office.part.${c.part ?? "day"}` as "office.part.day")}：{c.reason?.[l]}
              </li>
            ))}
          </ul>
        )}
      </section>
      {edit ? (
        <>
          <section aria-labelledby="edit-hours">
            <h2 id="edit-hours" className="mb-2 text-xl font-bold">
              {t("office.editTitle")}
            </h2>
            <p className="mb-4">{t("office.editLead")}</p>
            <StaffForm
              action={saveHoursAction}
              csrf={csrf}
              testId="hours-form"
              hidden={{ locale, officeId }}
              errorTitle={t("form.errorTitle")}
              submitLabel={t("office.save")}
              pendingLabel={t("form.sending")}
              fields={[
                {
                  name: "from",
                  label: t("office.from"),
                  hint: t("office.fromHint"),
                  type: "date",
                  defaultValue: tomorrow,
                  width: "max-w-xs",
                },
                ...WEEKDAYS.map((d) => ({
                  name: `h${d}`,
                  label: t("office.hoursFor", { day: day(d) }),
                  hint: d === 1 ? t("office.hoursHint") : undefined,
                  defaultValue: formatIntervals(now.hours[d]),
                  maxLength: 120,
                })),
                {
                  name: "slotMinutes",
                  label: t("office.slotMinutes"),
                  inputMode: "numeric" as const,
                  defaultValue: String(now.slotMinutes),
                  width: "max-w-32",
                  maxLength: 3,
                },
                {
                  name: "counters",
                  label: t("office.counters"),
                  inputMode: "numeric" as const,
                  defaultValue: String(now.counters),
                  width: "max-w-32",
                  maxLength: 2,
                },
              ]}
            />
          </section>
          <section aria-labelledby="close-day">
            <h2 id="close-day" className="mb-2 text-xl font-bold">
              {t("office.closeTitle")}
            </h2>
            <p className="mb-4">{t("office.closeLead")}</p>
            <StaffForm
              action={closeAction}
              csrf={csrf}
              testId="close-form"
              hidden={{ locale, officeId }}
              errorTitle={t("form.errorTitle")}
              submitLabel={t("office.close")}
              pendingLabel={t("form.sending")}
              fields={[
                {
                  name: "date",
                  label: t("office.date"),
                  type: "date",
                  defaultValue: tomorrow,
                  width: "max-w-xs",
                },
                {
                  name: "part",
                  label: t("office.partLabel"),
                  options: (["day", "am", "pm"] as const).map((p) => ({
                    value: p,
                    label: t(`office.part.${p}`),
                  })),
                },
                { name: "reason", label: t("office.reason"), hint: t("office.reasonHint"), maxLength: 60 },
              ]}
            />
          </section>
        </>
      ) : null}
    </div>
  );
}
