import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { BookingDetails } from "@/components/booking/booking-details";
import { DateChooser, TimeChooser } from "@/components/booking/choosers";
import { CancelForm, RescheduleForm } from "@/components/booking/manage-forms";
import { QrCode } from "@/components/booking/qr-code";
import { SampleNotice } from "@/components/booking/sample-notice";
import { CounterOutcome } from "@/components/counter/counter-outcome";
import { secondaryButton } from "@/components/ui/styles";
import { windowAvailability } from "@/lib/booking/availability";
import { isFormPostRender } from "@/lib/booking/form-post";
import { officeById } from "@/lib/booking/offices";
import { viewByToken } from "@/lib/booking/service";
import { getDb } from "@/lib/db/client";
import { routing } from "@/lib/i18n/routing";

type Props = {
  params: Promise<{ locale: string; token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "booking" });
  // The path holds the manage token: never send it to another site as a referrer, never index it.
  // ("same-origin", not "no-referrer": the latter makes browsers send `Origin: null` on form
  // posts, which Next's server-action CSRF check rightly refuses.)
  const title = t("manage.title");
  const prefix = (await isFormPostRender()) ? t("errors.titlePrefix") : "";
  return { title: `${prefix}${title}`, referrer: "same-origin", robots: { index: false, follow: false } };
}

const STATUSES = ["created", "replayed", "rescheduled", "cancelled"] as const;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** Confirmation and manage page in one: reached by the private manage link only. */
export default async function ManagePage({ params, searchParams }: Props) {
  const { locale, token } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const query = await searchParams;
  const t = await getTranslations("booking");
  const view = await viewByToken(token);
  const office = view ? officeById(view.officeId) : undefined;

  if (!view || !office) {
    return (
      <div>
        <h1 className="mb-4 text-2xl font-bold sm:text-3xl">{t("manage.title")}</h1>
        <p className="mb-4" data-testid="manage-expired">
          {t("manage.expired")}
        </p>
        <p className="flex flex-wrap gap-4">
          <a href={`/${locale}/book/manage`}>{t("manage.lookupTitle")}</a>
          <a href={`/${locale}/book`}>{t("manage.bookAgain")}</a>
        </p>
      </div>
    );
  }

  const status = STATUSES.find((s) => s === one(query.status));
  const here = `/${locale}/book/manage/${token}`;
  const h = await headers();
  const origin = `${h.get("x-forwarded-proto") ?? "http"}://${h.get("x-forwarded-host") ?? h.get("host") ?? "localhost"}`;
  const active = view.status === "confirmed";
  const banner =
    status === "created" || status === "replayed"
      ? t("confirmation.title")
      : status === "rescheduled"
        ? t("manage.rescheduled")
        : status === "cancelled"
          ? t("manage.cancelled")
          : null;

  let reschedule: React.ReactNode = null;
  if (active) {
    const days = await windowAvailability((await getDb()).db, office);
    const date = one(query.date);
    const time = one(query.time);
    const day = days.find((d) => d.date === date && d.status === "open" && d.bookable);
    const slot = day?.slots.find((s) => s.start === time && s.remaining > 0);
    reschedule = !day ? (
      <DateChooser days={days} hidden={{}} action={here} />
    ) : !slot ? (
      <TimeChooser day={day} hidden={{ date: day.date }} action={here} />
    ) : (
      <>
        <p className="mb-2" data-testid="reschedule-choice">
          {day.date} {slot.start}–{slot.end}
        </p>
        <RescheduleForm
          locale={locale}
          token={token}
          date={day.date}
          time={slot.start}
          pageTitle={t("manage.title")}
          suggestionBase={here}
        />
      </>
    );
  }

  return (
    <div>
      {banner ? (
        <div className="mb-6 bg-go p-6 text-white" role="status" data-testid="manage-banner">
          <h1 className="text-2xl font-bold sm:text-3xl">{banner}</h1>
          {status === "replayed" ? <p className="mt-2">{t("confirmation.replayed")}</p> : null}
          <p className="mt-2">{t("confirmation.referenceLabel")}</p>
          <p className="text-3xl font-bold tracking-wider" data-testid="reference">
            {view.reference}
          </p>
        </div>
      ) : (
        <>
          <h1 className="mb-2 text-2xl font-bold sm:text-3xl">{t("manage.title")}</h1>
          <p className="mb-4">
            {t("confirmation.referenceLabel")}：
            <strong className="text-xl tracking-wider" data-testid="reference">
              {view.reference}
            </strong>
          </p>
        </>
      )}
      {status && status !== "created" && status !== "replayed" ? (
        <p className="mb-4">{t("manage.newLink")}</p>
      ) : null}
      <p className="mb-2 text-muted">{t("confirmation.referenceHint")}</p>
      <CounterOutcome reference={view.reference} locale={locale} />

      <h2 className="mt-6 text-xl font-bold">{t("confirmation.details")}</h2>
      <BookingDetails
        office={office}
        locale={locale}
        business={view.businessType}
        route={view.routeId}
        date={view.date}
        time={`${view.start}–${view.end}`}
        extra={[
          [t("manage.statusLabel"), t(`manage.status.${view.status}`)],
          [t("confirmation.person"), view.nameMasked ?? "—"],
          [t("confirmation.idMasked"), view.idMasked ?? "—"],
          [t("confirmation.phoneMasked"), view.phoneMasked ?? "—"],
        ]}
      />
      <SampleNotice />

      <h2 className="mt-6 text-xl font-bold">{t("confirmation.bring")}</h2>
      <p className="mb-4">
        {view.checklistUrl ? (
          <a href={view.checklistUrl} data-testid="checklist-link">
            {t("confirmation.bringChecklist")}
          </a>
        ) : (
          t("confirmation.bringDefault")
        )}
      </p>

      {active ? (
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
      ) : null}

      <h2 className="mt-6 text-xl font-bold">{t("confirmation.manageTitle")}</h2>
      <p className="mb-1">
        <a href={here} className="break-all" data-testid="manage-link">
          {origin}
          {here}
        </a>
      </p>
      <p className="mb-6 text-muted">{t("confirmation.manageHint")}</p>

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
            <p className="mb-4 text-muted">{t("manage.cancelLead")}</p>
            <CancelForm locale={locale} token={token} pageTitle={t("manage.title")} />
          </section>
        </>
      ) : (
        <p>
          <a href={`/${locale}/book`}>{t("manage.bookAgain")}</a>
        </p>
      )}
    </div>
  );
}
