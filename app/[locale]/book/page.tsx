import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { BookingDetails } from "@/components/booking/booking-details";
import { DateChooser, OfficeChooser, TimeChooser } from "@/components/booking/choosers";
import { PersonForm } from "@/components/booking/person-form";
import { SampleNotice } from "@/components/booking/sample-notice";
import { ErrorSummary } from "@/components/form/error-summary";
import { windowAvailability } from "@/lib/booking/availability";
import { isFormPostRender } from "@/lib/booking/form-post";
import { OFFICES, officeById, officesForRoute } from "@/lib/booking/offices";
import { type BookQuery, bookHref, parseBookQuery, upTo } from "@/lib/booking/url";
import { getDb } from "@/lib/db/client";
import { routing } from "@/lib/i18n/routing";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "booking" });
  const title = t("title");
  const unchosen = missingChoice(parseBookQuery(await searchParams), await searchParams);
  const prefix = (await isFormPostRender()) || unchosen ? t("errors.titlePrefix") : "";
  return { title: `${prefix}${title}`, robots: { index: false } };
}

/**
 * The step a resident pressed "continue" on without choosing (the choosers' hidden "submitted"
 * field), or undefined. Only a guess at the step: the page still shows whatever the query allows.
 */
function missingChoice(q: BookQuery, raw: Record<string, string | string[] | undefined>) {
  const submitted = Array.isArray(raw.submitted) ? raw.submitted[0] : raw.submitted;
  if (submitted === "office" && !q.office) return "office" as const;
  if (submitted === "date" && !q.date) return "date" as const;
  if (submitted === "time" && !q.time) return "time" as const;
  return undefined;
}

const MISSING_CODE = { office: "officeUnknown", date: "dateInvalid", time: "timeInvalid" } as const;

/**
 * The booking flow on one URL: office → date → time → personal details. Each choice is a GET
 * form (choices only, never personal data), the last step a POST server action.
 */
export default async function BookPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const raw = await searchParams;
  const q = parseBookQuery(raw);
  const missing = missingChoice(q, raw);
  const t = await getTranslations("booking");
  const routes = await getTranslations("policy.routes");
  const action = `/${locale}/book`;

  const local = officesForRoute(q.district, q.business, q.route);
  const offices = local.length > 0 ? local : OFFICES.filter((o) => o.businesses.includes(q.business));
  const chosen = q.office ? officeById(q.office) : undefined;
  const office = chosen?.businesses.includes(q.business) ? chosen : undefined;

  let step: React.ReactNode;
  if (!office) {
    step = (
      <>
        {q.district && local.length === 0 ? <p className="mb-2">{t("office.noneForDistrict")}</p> : null}
        {q.district && local.length > 0 ? <p className="mb-2 text-muted">{t("office.hint")}</p> : null}
        <OfficeChooser
          offices={offices}
          locale={locale}
          hidden={{ ...upTo(q, "office") }}
          action={action}
          error={missing === "office" ? MISSING_CODE.office : undefined}
        />
      </>
    );
  } else {
    const days = await windowAvailability((await getDb()).db, office);
    const day = days.find((d) => d.date === q.date && d.status === "open" && d.bookable);
    const slot = day?.slots.find((s) => s.start === q.time && s.remaining > 0);
    const details = (
      <BookingDetails
        office={office}
        locale={locale}
        business={q.business}
        route={q.business === "settlement" ? q.route : undefined}
        date={day?.date}
        time={slot ? `${slot.start}–${slot.end}` : undefined}
        change={{
          office: bookHref(locale, upTo(q, "office")),
          date: bookHref(locale, upTo(q, "date")),
          time: bookHref(locale, upTo(q, "time")),
        }}
      />
    );
    if (!day) {
      step = (
        <>
          {details}
          <DateChooser
            days={days}
            office={office}
            hidden={{ ...upTo(q, "date") }}
            action={action}
            selected={q.date}
            error={missing === "date" ? MISSING_CODE.date : undefined}
          />
        </>
      );
    } else if (!slot) {
      step = (
        <>
          {details}
          <h2 className="sr-only">{t("steps.time")}</h2>
          <TimeChooser
            day={day}
            hidden={{ ...upTo(q, "time") }}
            action={action}
            selected={q.time}
            error={missing === "time" ? MISSING_CODE.time : undefined}
          />
        </>
      );
    } else {
      step = (
        <>
          {details}
          <h2 className="mt-6 mb-2 text-xl font-bold">{t("steps.details")}</h2>
          <PersonForm
            hidden={{
              locale,
              officeId: office.id,
              date: day.date,
              time: slot.start,
              business: q.business,
              routeId: q.business === "settlement" ? (q.route ?? "") : "",
              checklistUrl: q.checklist ?? "",
              idempotencyKey: randomUUID(),
            }}
            checklistHref={q.checklist}
            pageTitle={t("title")}
            suggestionBase={bookHref(locale, upTo(q, "date"))}
          />
        </>
      );
    }
  }

  return (
    <div>
      <h1 className="text-2xl font-bold leading-tight sm:text-3xl">{t("title")}</h1>
      <p className="mt-2">{t("lead")}</p>
      <SampleNotice />
      {missing ? (
        <ErrorSummary
          title={t("errors.summaryTitle")}
          errors={[{ href: `${missing}-error`, message: t(`errors.${MISSING_CODE[missing]}`) }]}
        />
      ) : null}
      {office ? null : (
        <p className="mb-2" data-testid="business-summary">
          {t("businessLabel")}：<strong>{t(`business.${q.business}`)}</strong>
          {q.business === "settlement" && q.route ? (
            <>
              {" · "}
              {t("routeLabel")}：<strong>{routes.has(q.route) ? routes(q.route) : q.route}</strong>
            </>
          ) : null}
        </p>
      )}
      <p className="mb-4">
        <a
          href={`/${locale}/book/manage`}
          className="inline-flex min-h-11 items-center"
          data-testid="lookup-link"
        >
          {t("manage.lookupLink")}
        </a>
      </p>
      {step}
    </div>
  );
}
