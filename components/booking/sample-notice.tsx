import { getTranslations } from "next-intl/server";

/** Office data is illustrative: say so wherever an office appears. */
export async function SampleNotice() {
  const t = await getTranslations("booking");
  return (
    <p className="my-4 border-l-4 border-focus bg-panel p-3" data-testid="sample-data">
      <strong className="mr-2 inline-block bg-ink px-2 text-white">{t("sampleBadge")}</strong>
      {t("sampleData")}
    </p>
  );
}
