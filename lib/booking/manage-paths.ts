import { normalizeReference } from "./tokens";

/** URLs and cookie names of the manage pages (no secrets here: see manage-session.ts). */
const COOKIE_PREFIX = "hk_manage_";

export const manageCookieName = (reference: string) => `${COOKIE_PREFIX}${reference.replace(/-/g, "")}`;

/** The manage link handed out by the API: opening it trades its token for the cookie (and kills it). */
export const manageLinkPath = (locale: string, token: string) => `/${locale}/book/manage/key/${token}`;

/** The token-free manage page of an appointment. */
export const managePath = (locale: string, reference: string) => `/${locale}/book/manage/${reference}`;

/** The reference as it appears in a manage URL, or undefined when the segment is not one. */
export function referenceFromPath(segment: string): string | undefined {
  try {
    return normalizeReference(decodeURIComponent(segment));
  } catch {
    return undefined; // a malformed %-escape
  }
}
