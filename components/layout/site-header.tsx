import { getLocale, getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "./language-switcher";

export async function SiteHeader() {
  const [t, locale] = await Promise.all([getTranslations("layout"), getLocale()]);
  return (
    <header className="no-print border-t-4 border-accent bg-brand text-white">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-x-4 px-4 py-2">
        <a
          href={`/${locale}`}
          className="inline-flex min-h-11 items-center text-lg font-bold text-white no-underline"
        >
          <span
            aria-hidden="true"
            className="mr-2 inline-block rounded-sm bg-white px-1.5 text-sm text-brand"
          >
            {t("logoMark")}
          </span>
          {t("serviceName")}
        </a>
        <LanguageSwitcher />
      </div>
    </header>
  );
}
