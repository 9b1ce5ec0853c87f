import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import zhHans from "@/messages/zh-Hans.json";
import zhHant from "@/messages/zh-Hant.json";

/**
 * Booking messages for places without a next-intl request (JSON API, .ics files): the same
 * message files, by dotted key under "booking", formatted as ICU messages like the pages do
 * (plurals such as "{hours, plural, =0 {…} other {# 小时}}"). Unknown keys come back as the key.
 */
const trees: Record<Locale, unknown> = { "zh-Hans": zhHans, "zh-Hant": zhHant };
type Translate = ((key: string, values?: Record<string, string | number>) => string) & {
  has(key: string): boolean;
};
const translators = new Map<Locale, Translate>();

function translator(locale: Locale): Translate {
  let t = translators.get(locale);
  if (!t) {
    t = createTranslator({
      locale,
      messages: trees[locale] as never,
      namespace: "booking" as never,
    }) as unknown as Translate;
    translators.set(locale, t);
  }
  return t;
}

export function bookingText(
  locale: Locale,
  key: string,
  params: Record<string, string | number> = {},
): string {
  const t = translator(locale);
  return t.has(key) ? t(key, params) : key;
}

/** Error code → message; unknown codes fall back to the generic "invalid". */
export function errorText(
  locale: Locale,
  code: string,
  params: Record<string, string | number> = {},
): string {
  const text = bookingText(locale, `errors.${code}`, params);
  return text === `errors.${code}` ? bookingText(locale, "errors.invalid") : text;
}
