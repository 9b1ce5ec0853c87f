import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("layout");
  return (
    <footer className="no-print mt-8 border-t-2 border-brand bg-panel text-sm text-muted">
      <div className="mx-auto max-w-3xl space-y-2 px-4 py-6">
        <p>{t("footerDisclaimer")}</p>
        <p>{t("footerSources")}</p>
        <p>{t("footerPrivacy")}</p>
      </div>
    </footer>
  );
}
