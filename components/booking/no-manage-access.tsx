import { getTranslations } from "next-intl/server";

/** A manage URL opened without this appointment's manage cookie (another device, an expired link). */
export async function NoManageAccess({ locale, message }: { locale: string; message?: string }) {
  const t = await getTranslations("booking");
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold sm:text-3xl">{t("manage.title")}</h1>
      <p className="mb-4" data-testid="manage-expired">
        {message ?? t("manage.noAccess")}
      </p>
      <p className="flex flex-wrap gap-4">
        <a href={`/${locale}/book/manage`} className="inline-flex min-h-11 items-center">
          {t("manage.lookupTitle")}
        </a>
        <a href={`/${locale}/book`} className="inline-flex min-h-11 items-center">
          {t("manage.bookAgain")}
        </a>
      </p>
    </div>
  );
}
