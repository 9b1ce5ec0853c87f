import { createTranslator } from "next-intl";
import hans from "@/messages/zh-Hans.json";
import hant from "@/messages/zh-Hant.json";

/** The messages the outbox can send; their words live in messages/ under `outbox`. */
export const TEMPLATES = ["closure", "reminder", "reminderNoChecklist", "prereviewResult"] as const;
export type TemplateName = (typeof TEMPLATES)[number];

export interface RenderedMail {
  subject: string;
  text: string;
}

/**
 * Subject and plain-text body in the resident's script (params.locale, default zh-Hans). Plain text
 * only: no HTML to sanitise, nothing for a mail client to load.
 */
export function renderMail(template: string, params: Record<string, string>): RenderedMail {
  if (!(TEMPLATES as readonly string[]).includes(template)) throw new Error(`unknown template ${template}`);
  const locale = params.locale === "zh-Hant" ? "zh-Hant" : "zh-Hans";
  const t = createTranslator({ locale, messages: locale === "zh-Hant" ? hant : hans, namespace: "outbox" });
  const values = { ...params, lookupUrl: params.lookupUrl ?? "" };
  const name = template as TemplateName;
  return {
    subject: t(`${name}.subject`, values),
    text: [t("greeting"), "", t(`${name}.body`, values), "", t("footer", values)].join("\n"),
  };
}
