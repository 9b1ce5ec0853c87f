import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LookupForm } from "@/components/booking/manage-forms";
import { isFormPostRender } from "@/lib/booking/form-post";
import { routing } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "booking" });
  const title = t("manage.lookupTitle");
  const prefix = (await isFormPostRender()) ? t("errors.titlePrefix") : "";
  return { title: `${prefix}${title}`, robots: { index: false } };
}

/** Find a booking by reference + mobile number (POST only: neither goes into the URL). */
export default async function LookupPage({ params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("booking");
  return (
    <div>
      <h1 className="mb-2 text-2xl font-bold leading-tight sm:text-3xl">{t("manage.lookupTitle")}</h1>
      <p className="mb-6">{t("manage.lookupLead")}</p>
      <LookupForm locale={locale} pageTitle={t("manage.lookupTitle")} />
    </div>
  );
}
