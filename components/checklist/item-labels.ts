import { getTranslations } from "next-intl/server";
import type { ItemLabels } from "./checklist-item";

/** The fixed words of a checklist line, in the page's language. */
export async function itemLabels(locale: string): Promise<ItemLabels> {
  const t = await getTranslations({ locale, namespace: "checklist" });
  return {
    issuer: t("issuer"),
    signer: t("signer"),
    proves: t("proves"),
    basis: t("basis"),
    oneOf: t("oneOf"),
    oneOfAddress: t("oneOfAddress"),
    nothingExtra: t("nothingExtra"),
  };
}
