import { getLocale, getTranslations } from "next-intl/server";
import { CareSwitch } from "./care-switch";
import { LanguageSwitcher } from "./language-switcher";

/**
 * The blue band: home link, language links and the care-mode switch. In care mode the switch back to
 * 标准版 stays in view and the language links fold into 更多 (secondary links out of the way).
 */
export async function SiteHeader({ care, here, staff }: { care: boolean; here: string; staff: boolean }) {
  const [t, c, locale] = await Promise.all([getTranslations("layout"), getTranslations("care"), getLocale()]);
  return (
    <header className="no-print border-t-4 border-accent bg-brand text-white">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-2">
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
        {care ? (
          <div className="flex w-full flex-wrap items-start justify-between gap-3 pb-2">
            <CareSwitch care here={here} />
            <details className="text-white">
              <summary className="cursor-pointer px-2 font-bold">{c("more")}</summary>
              <LanguageSwitcher />
            </details>
          </div>
        ) : (
          <div className="flex flex-wrap items-center gap-x-2">
            <LanguageSwitcher />
            {staff ? null : <CareSwitch care={false} here={here} />}
          </div>
        )}
      </div>
    </header>
  );
}
