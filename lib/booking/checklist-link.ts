import { locales } from "@/lib/i18n/locales";

/**
 * The checklist link a booking may carry ("查看并打印材料清单" on the confirmation page and in the
 * .ics). It is parsed as a URL against a fixed base, exactly as a browser would resolve it, and kept
 * only when it resolves to this portal's own checklist pages — so "/%09/evil.example", "//evil",
 * "/\\evil", "javascript:" and friends, which a first-characters check let through, are refused.
 * The result is normalised (the path and query the browser would request), never the raw input.
 */
const BASE = "https://portal.invalid";
const CHECKLIST_PATHS = new Set(locales.flatMap((l) => [`/${l}/checklist`, `/${l}/transfer/checklist`]));
export const MAX_CHECKLIST_LINK = 1000;

export function checklistPath(raw: unknown): string | undefined {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > MAX_CHECKLIST_LINK) return undefined;
  // Control characters and backslashes: browsers strip or rewrite them, so what is checked would not
  // be what is followed.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: that is the point
  if (/[\u0000-\u001f\u007f\\]/.test(raw) || !raw.startsWith("/")) return undefined;
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return undefined;
  }
  if (url.origin !== BASE || !CHECKLIST_PATHS.has(url.pathname) || url.username || url.password)
    return undefined;
  return `${url.pathname}${url.search}`;
}
