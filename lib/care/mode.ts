import { isLocale, splitLocale } from "@/lib/i18n/locales";

/**
 * 关怀模式 (care mode, 长辈版): a display preference kept in a cookie, so the server renders the
 * page in it from the first byte (no flash, no script). Pure: used by the switch route, the
 * layout and tests. ADR 0015.
 */
export const CARE_COOKIE = "care";
export const CARE_CLASS = "care";
/** The switch: `/care-mode?on=1&back=<page>` (`on=0` back to 标准版). */
export const CARE_SWITCH_PATH = "/care-mode";
export const CARE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

export const isCareCookie = (value: string | undefined) => value === "1";

/** Staff pages (issue 15) stay as they are: care mode is for residents. */
export function isStaffPath(pathname: string): boolean {
  const { rest } = splitLocale(pathname);
  return rest === "/staff" || rest.startsWith("/staff/");
}

/** The switch link for a page (`here` = path + query as the proxy saw it). */
export function careSwitchHref(on: boolean, here: string): string {
  return `${CARE_SWITCH_PATH}?on=${on ? 1 : 0}&back=${encodeURIComponent(here)}`;
}

const BASE = "http://portal.invalid";
const MAX_BACK = 4096;

/**
 * Where the switch may send the browser back to: a page of this portal, as a same-origin
 * path + query. Anything else (another site — `//evil.example`, `/\evil`, `https:`, `javascript:` —,
 * control characters, a non-page path, an overlong value) falls back to the start page of `fallback`'s
 * locale. The result is always `/` followed by a locale, so it can never leave the origin.
 */
export function careReturnPath(raw: string | null | undefined, fallbackLocale = "zh-Hans"): string {
  const home = `/${isLocale(fallbackLocale) ? fallbackLocale : "zh-Hans"}`;
  if (!raw || raw.length > MAX_BACK) return home;
  // Browsers strip tabs and newlines inside URLs and read "\" as "/": refuse rather than guess.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  if (/[\u0000-\u001f\u007f\\]/.test(raw)) return home;
  if (!raw.startsWith("/") || raw.startsWith("//")) return home;
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return home;
  }
  if (url.origin !== BASE) return home;
  const { locale } = splitLocale(url.pathname);
  if (!locale) return home;
  url.searchParams.delete("_rsc"); // Next's cache-busting key of an in-app navigation, never a page's own
  return `${url.pathname}${url.search}`;
}
