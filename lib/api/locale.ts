import { isLocale, type Locale, negotiateLocale } from "@/lib/i18n/locales";

/** The API's locale: ?locale=zh-Hans|zh-Hant wins, else Accept-Language (zh-TW/HK/MO/Hant → zh-Hant). */
export const apiLocale = (req: Request): Locale => {
  const q = new URL(req.url).searchParams.get("locale");
  return isLocale(q) ? q : negotiateLocale(undefined, req.headers.get("accept-language"));
};
