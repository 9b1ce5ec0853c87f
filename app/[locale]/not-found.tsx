import { getLocale, getTranslations } from "next-intl/server";

export default async function NotFound() {
  const [t, locale] = await Promise.all([getTranslations("errors"), getLocale()]);
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{t("notFoundTitle")}</h1>
      <p>{t("notFoundText")}</p>
      <p>
        <a href={`/${locale}`}>{t("backHome")}</a>
      </p>
    </div>
  );
}
