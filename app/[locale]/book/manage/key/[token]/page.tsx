import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OpenLinkForm } from "@/components/booking/manage-forms";
import { isFormPostRender } from "@/lib/booking/form-post";
import { routing } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "booking" });
  const prefix = (await isFormPostRender()) ? t("errors.titlePrefix") : "";
  // The path holds a token: never sent to another site as a referrer, never indexed.
  return {
    title: `${prefix}${t("manage.openTitle")}`,
    referrer: "same-origin",
    robots: { index: false, follow: false },
  };
}

/**
 * The manage link (the API's manageUrl). Opening it changes nothing — link previewers and mail
 * scanners fetch links too — the button does: its POST trades the token for the manage cookie and
 * lands on the token-free manage page; the token in this URL is dead from then on.
 */
export default async function OpenLinkPage({ params }: Props) {
  const { locale, token } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("booking");
  return (
    <div>
      <h1 className="mb-2 text-2xl font-bold sm:text-3xl">{t("manage.openTitle")}</h1>
      <p className="mb-6">{t("manage.openLead")}</p>
      <OpenLinkForm locale={locale} token={token.slice(0, 64)} pageTitle={t("manage.openTitle")} />
    </div>
  );
}
