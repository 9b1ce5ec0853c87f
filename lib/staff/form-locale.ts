import { defaultLocale, isLocale } from "@/lib/i18n/locales";

/** The locale a staff form was sent from (hidden field), for its messages and redirects. */
export function formLocale(form: FormData): "zh-Hans" | "zh-Hant" {
  const l = form.get("locale");
  return typeof l === "string" && isLocale(l) ? l : defaultLocale;
}

/** A form field as bounded text: missing or non-text becomes "", overlong input is cut. */
export function field(form: FormData, name: string, max = 200): string {
  const v = form.get(name);
  return typeof v === "string" ? v.slice(0, max) : "";
}
