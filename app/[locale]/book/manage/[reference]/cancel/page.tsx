import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { BookingDetails } from "@/components/booking/booking-details";
import { CancelForm } from "@/components/booking/manage-forms";
import { NoManageAccess } from "@/components/booking/no-manage-access";
import { isFormPostRender } from "@/lib/booking/form-post";
import { managedView, managePath, referenceFromPath } from "@/lib/booking/manage-session";
import { routing } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: string; reference: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "booking" });
  const prefix = (await isFormPostRender()) ? t("errors.titlePrefix") : "";
  return {
    title: `${prefix}${t("manage.cancelConfirmTitle")}`,
    referrer: "same-origin",
    robots: { index: false, follow: false },
  };
}

/**
 * "确定取消这个预约吗？" — the second, explicit step of cancelling (GOV.UK "are you sure" page). A
 * plain page and a POST form: it works without JavaScript and one stray tap cannot cancel.
 */
export default async function CancelPage({ params }: Props) {
  const { locale, reference: segment } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("booking");
  const reference = referenceFromPath(segment);
  const managed = reference ? await managedView(reference) : null;
  if (!reference || !managed) return <NoManageAccess locale={locale} />;
  const { view, office } = managed;
  const back = managePath(locale, view.reference);
  if (view.status !== "confirmed") {
    return <NoManageAccess locale={locale} message={t("errors.notActive")} />;
  }
  return (
    <div>
      <h1 className="mb-2 text-2xl font-bold sm:text-3xl">{t("manage.cancelConfirmTitle")}</h1>
      <p className="mb-4">{t("manage.cancelConfirmLead")}</p>
      <BookingDetails
        office={office}
        locale={locale}
        business={view.businessType}
        route={view.routeId}
        date={view.date}
        time={`${view.start}–${view.end}`}
        extra={[[t("confirmation.referenceLabel"), view.reference]]}
      />
      <CancelForm locale={locale} reference={view.reference} pageTitle={t("manage.cancelConfirmTitle")} />
      <p className="mt-6">
        <a href={back} className="inline-flex min-h-11 items-center" data-testid="cancel-keep">
          {t("manage.cancelKeep")}
        </a>
      </p>
    </div>
  );
}
