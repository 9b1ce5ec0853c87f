import { getTranslations } from "next-intl/server";

export async function SkipLink() {
  const t = await getTranslations("layout");
  return (
    <a
      href="#main-content"
      className="no-print sr-only bg-focus p-3 text-ink focus:not-sr-only focus:absolute focus:min-h-11 focus:left-2 focus:top-2 focus:z-50"
    >
      {t("skipLink")}
    </a>
  );
}
