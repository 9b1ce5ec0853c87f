import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * ID and phone numbers are stored as HMAC-SHA256 under ID_HASH_KEY: equal numbers still
 * match (one active booking per person, lookup by phone) but a database dump alone does not
 * reveal them, and the key can live outside the database.
 */
export const DEV_ID_HASH_KEY = "hukou-portal-development-key-not-for-production";

let warned = false;

function hashKey(env: Record<string, string | undefined> = process.env): string {
  const key = env.ID_HASH_KEY;
  if (key) return key;
  if (env.NODE_ENV === "production" && !warned) {
    warned = true;
    console.warn("[booking] ID_HASH_KEY is not set: using the development key; set a secret in production.");
  }
  return DEV_ID_HASH_KEY;
}

function keyed(purpose: string, value: string): string {
  return createHmac("sha256", hashKey()).update(`${purpose}:${value}`).digest("hex");
}

export const hashIdNumber = (normalizedId: string): string => keyed("id", normalizedId);
export const hashPhone = (normalizedPhone: string): string => keyed("phone", normalizedPhone);

/** Last four characters visible: "**************123X". */
export function maskTail(value: string, visible = 4): string {
  return `${"*".repeat(Math.max(0, value.length - visible))}${value.slice(-visible)}`;
}

export function sameHash(a: string | null | undefined, b: string): boolean {
  if (!a || a.length !== b.length) return false;
  return timingSafeEqual(Buffer.from(a), Buffer.from(b));
}
