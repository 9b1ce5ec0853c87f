/** The two scripts the portal speaks; zh-Hans is the default. Pure: used by the proxy, pages and tests. */
export const locales = ["zh-Hans", "zh-Hant"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "zh-Hans";
export const localeCookie = "NEXT_LOCALE";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

// Regions that write Traditional Chinese; any zh tag naming them (or the Hant script) reads zh-Hant.
const traditional = /^zh-(?:hant|tw|hk|mo)(?:-|$)/i;

/**
 * Picks the locale for a visitor with no locale in the URL: the cookie first, then the
 * first Accept-Language entry (by q-value) that is Chinese; everything else → zh-Hans.
 */
export function negotiateLocale(
  cookie: string | undefined,
  acceptLanguage: string | null | undefined,
): Locale {
  if (isLocale(cookie)) return cookie;
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { tag: tag.trim(), q: q ? Number(q.slice(2)) || 0 : 1, index };
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  const chinese = ranked.find((entry) => /^zh(?:-|$)/i.test(entry.tag));
  if (chinese && traditional.test(chinese.tag)) return "zh-Hant";
  return defaultLocale;
}

/** Splits "/zh-Hant/result" into its locale and the rest ("/result"); rest is "/" for the start page. */
export function splitLocale(pathname: string): { locale: Locale | null; rest: string } {
  const [, first = "", ...tail] = pathname.split("/");
  if (!isLocale(first)) return { locale: null, rest: pathname };
  return { locale: first, rest: `/${tail.join("/")}` };
}
