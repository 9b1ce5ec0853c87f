import { getLocale, getTranslations } from "next-intl/server";
import { isCareMode } from "@/lib/care/request";
import { ReadAloud } from "./read-aloud";

/** The 朗读 button's place on a page: care mode only (standard pages ship none of it). ADR 0015. */
export async function ReadAloudSlot() {
  if (!(await isCareMode())) return null;
  const [t, locale] = await Promise.all([getTranslations("care"), getLocale()]);
  return <ReadAloud locale={locale} labels={{ read: t("readAloud"), stop: t("stopReading") }} />;
}
