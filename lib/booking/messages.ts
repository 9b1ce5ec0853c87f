import type { Locale } from "@/lib/i18n/locales";
import zhHans from "@/messages/zh-Hans.json";
import zhHant from "@/messages/zh-Hant.json";

/**
 * Booking messages for places without a next-intl request (JSON API, .ics files): the same
 * message files, looked up by dotted key under "booking", with {param} substitution.
 */
const trees: Record<Locale, unknown> = { "zh-Hans": zhHans, "zh-Hant": zhHant };

export function bookingText(
  locale: Locale,
  key: string,
  params: Record<string, string | number> = {},
): string {
  let node: unknown = (trees[locale] as { booking?: unknown }).booking;
  for (const part of key.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
  const template = typeof node === "string" ? node : key;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
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
