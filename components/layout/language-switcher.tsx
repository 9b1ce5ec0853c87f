import { getLocale, getTranslations } from "next-intl/server";
import { currentUrlWithoutLocale } from "@/lib/i18n/current-url";
import { locales } from "@/lib/i18n/locales";

/** Plain links (work without JavaScript) to the same page and query string in the other script. */
export async function LanguageSwitcher() {
  const [t, current, here] = await Promise.all([
    getTranslations("layout"),
    getLocale(),
    currentUrlWithoutLocale(),
  ]);
  return (
    <nav aria-label={t("languageNav")} className="no-print">
      <ul className="flex gap-1 text-sm">
        {locales.map((locale) => (
          <li key={locale}>
            {locale === current ? (
              <span aria-current="true" className="inline-flex min-h-11 items-center px-2 font-bold">
                {t(`localeName.${locale}`)}
              </span>
            ) : (
              <a
                href={`/${locale}${here}`}
                hrefLang={locale}
                lang={locale}
                data-testid="language-switch"
                className="inline-flex min-h-11 items-center px-2 text-white"
              >
                {t(`localeName.${locale}`)}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
