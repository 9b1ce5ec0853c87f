import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { BookingDetails } from "@/components/booking/booking-details";
import { DateChooser, TimeChooser } from "@/components/booking/choosers";
import { RescheduleForm } from "@/components/booking/manage-forms";
import { NoManageAccess } from "@/components/booking/no-manage-access";
import { QrCode } from "@/components/booking/qr-code";
import { SampleNotice } from "@/components/booking/sample-notice";
import { CounterOutcome } from "@/components/counter/counter-outcome";
import { PrereviewSummary } from "@/components/prereview/manage-summary";
import { secondaryButton } from "@/components/ui/styles";
import { windowAvailability } from "@/lib/booking/availability";
import { checklistPath } from "@/lib/booking/checklist-link";
import { isFormPostRender } from "@/lib/booking/form-post";
import { managedView, managePath, referenceFromPath } from "@/lib/booking/manage-session";
import { getDb } from "@/lib/db/client";
import { routing } from "@/lib/i18n/routing";

type Props = {
  params: Promise<{ locale: string; reference: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "booking" });
  const status = one((await searchParams).status);
  const title = status === "created" || status === "replayed" ? t("confirmation.title") : t("manage.title");
  const prefix = (await isFormPostRender()) ? t("errors.titlePrefix") : "";
  return { title: `${prefix}${title}`, referrer: "same-origin", robots: { index: false, follow: false } };
}

const STATUSES = ["created", "replayed", "rescheduled", "cancelled"] as const;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/**
 * One appointment, for the browser holding its manage cookie (lib/booking/manage-session.ts). Right
 * after booking it is the GOV.UK confirmation page (reference, what happens next, what to bring,
 * "manage" as a link); otherwise the manage page (reschedule; cancel behind a second page).
 */
export default async function ManagePage({ params, searchParams }: Props) {
  const { locale, reference: segment } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const query = await searchParams;
  const t = await getTranslations("booking");
  const reference = referenceFromPath(segment);
  const managed = reference ? await managedView(reference) : null;
  if (!reference || !managed) return <NoManageAccess locale={locale} />;

  const { view, office } = managed;
  const status = STATUSES.find((s) => s === one(query.status));
  const here = managePath(locale, view.reference);
  const active = view.status === "confirmed";
  const confirmation = (status === "created" || status === "replayed") && active;

  const details = (
    <BookingDetails
      office={office}
      locale={locale}
      business={view.businessType}
      route={view.routeId}
      date={view.date}
      time={`${view.start}–${view.end}`}
      // No masked phone or ID number: a photo of this page must not narrow a lookup guess.
      extra={[
        [t("manage.statusLabel"), t(`manage.status.${view.status}`)],
        [t("confirmation.person"), view.nameMasked ?? "—"],
      ]}
    />
  );
  // Checked again on the way out: a row stored before the link was parsed as a URL must not print a phishing link.
  const checklist = checklistPath(view.checklistUrl);
  const bring = (
    <>
      <h2 className="mt-6 text-xl font-bold">{t("confirmation.bring")}</h2>
      <p className="mb-4">
        {checklist ? (
          <a href={checklist} className="inline-flex min-h-11 items-center" data-testid="checklist-link">
            {t("confirmation.bringChecklist")}
          </a>
        ) : (
          t("confirmation.bringDefault")
        )}
      </p>
    </>
  );
  // Issue 16: 网上预审 and 邮寄, between what to bring and the counter card.
  const prereview = (
    <PrereviewSummary
      locale={locale}
      reference={view.reference}
      appointmentId={managed.row.id}
      checklistUrl={view.checklistUrl}
      active={active}
    />
  );
  const counterCard = active ? (
    <div className="flex flex-wrap items-start gap-6">
      <div>
        <h2 className="text-xl font-bold">{t("confirmation.qrTitle")}</h2>
        <QrCode text={view.reference} label={`${t("confirmation.qrTitle")} ${view.reference}`} />
        <p className="max-w-xs text-sm text-muted">{t("confirmation.qrHint")}</p>
      </div>
      <div>
        <a
          href={`${here}/booking.ics`}
          download={`${view.reference}.ics`}
          className={secondaryButton}
          data-testid="ics-link"
        >
          {t("confirmation.ics")}
        </a>
        <p className="mt-1 text-sm text-muted">{t("confirmation.icsHint")}</p>
      </div>
    </div>
  ) : null;

  if (confirmation) {
    return (
      <div>
        <div className="mb-6 bg-go p-6 text-center text-white" data-testid="manage-banner">
          <h1 className="text-2xl font-bold sm:text-3xl">{t("confirmation.title")}</h1>
          {status === "replayed" ? <p className="mt-2">{t("confirmation.replayed")}</p> : null}
          <p className="mt-2">{t("confirmation.referenceLabel")}</p>
          <p className="text-2xl font-bold tracking-wider sm:text-3xl" data-testid="reference">
            {view.reference}
          </p>
        </div>
        <p className="mb-2">{t("confirmation.referenceHint")}</p>
        <h2 className="mt-6 text-xl font-bold">{t("confirmation.nextTitle")}</h2>
        <ol className="mb-4 list-decimal space-y-1 pl-6" data-testid="next-steps">
          <li>{t("confirmation.next.arrive")}</li>
          <li>{t("confirmation.next.bring")}</li>
          <li>{t("confirmation.next.change")}</li>
        </ol>
        <h2 className="mt-6 text-xl font-bold">{t("confirmation.details")}</h2>
        {details}
        <SampleNotice />
        {bring}
        {prereview}
        {counterCard}
        <h2 className="mt-6 text-xl font-bold">{t("confirmation.manageTitle")}</h2>
        <p className="mb-1">
          <a href={here} className="inline-flex min-h-11 items-center" data-testid="manage-link">
            {t("confirmation.manageLink")}
          </a>
        </p>
        <p className="mb-6 text-muted">{t("confirmation.manageHint")}</p>
      </div>
    );
  }

  let reschedule: React.ReactNode = null;
  if (active) {
    const days = await windowAvailability((await getDb()).db, office);
    const date = one(query.date);
    const time = one(query.time);
    const day = days.find((d) => d.date === date && d.status === "open" && d.bookable);
    const slot = day?.slots.find((s) => s.start === time && s.remaining > 0);
    reschedule = !day ? (
      <DateChooser
        days={days}
        office={office}
        hidden={{}}
        action={here}
        error={one(query.submitted) === "date" ? "dateInvalid" : undefined}
      />
    ) : !slot ? (
      <TimeChooser
        day={day}
        hidden={{ date: day.date }}
        action={here}
        error={one(query.submitted) === "time" && !time ? "timeInvalid" : undefined}
      />
    ) : (
      <>
        <p className="mb-2" data-testid="reschedule-choice">
          {day.date} {slot.start}–{slot.end}
        </p>
        <RescheduleForm
          locale={locale}
          reference={view.reference}
          date={day.date}
          time={slot.start}
          pageTitle={t("manage.title")}
          suggestionBase={here}
        />
      </>
    );
  }
  const banner =
    status === "rescheduled"
      ? t("manage.rescheduled")
      : status === "cancelled"
        ? t("manage.cancelled")
        : null;

  return (
    <div>
      {banner ? (
        <div className="mb-6 bg-go p-6 text-white" role="status" data-testid="manage-banner">
          <p className="text-2xl font-bold sm:text-3xl">{banner}</p>
        </div>
      ) : null}
      <h1 className="mb-2 text-2xl font-bold sm:text-3xl">{t("manage.title")}</h1>
      <p className="mb-4">
        {t("confirmation.referenceLabel")}：
        <strong className="text-xl tracking-wider" data-testid="reference">
          {view.reference}
        </strong>
      </p>
      <CounterOutcome reference={view.reference} locale={locale} />
      {details}
      <SampleNotice />
      {bring}
      {prereview}
      {counterCard}
      {active ? (
        <>
          <section className="mt-8 border-t border-line pt-4" aria-labelledby="reschedule-title">
            <h2 id="reschedule-title" className="text-xl font-bold">
              {t("manage.rescheduleTitle")}
            </h2>
            <p className="mb-4 text-muted">{t("manage.rescheduleLead")}</p>
            {reschedule}
          </section>
          <section className="mt-8 border-t border-line pt-4" aria-labelledby="cancel-title">
            <h2 id="cancel-title" className="text-xl font-bold">
              {t("manage.cancelTitle")}
            </h2>
            <p className="mb-2 text-muted">{t("manage.cancelLead")}</p>
            <a
              href={`${here}/cancel`}
              className="inline-flex min-h-11 items-center"
              data-testid="cancel-link"
            >
              {t("manage.cancelLink")}
            </a>
          </section>
        </>
      ) : (
        <p>
          <a href={`/${locale}/book`} className="inline-flex min-h-11 items-center">
            {t("manage.bookAgain")}
          </a>
        </p>
      )}
    </div>
  );
}
