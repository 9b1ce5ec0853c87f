import { createHash, createHmac, timingSafeEqual } from "node:crypto";

/**
 * ID and phone numbers are stored as HMAC-SHA256 under ID_HASH_KEY: equal numbers still match (one
 * active booking per person, lookup by phone) but a database dump alone does not reveal them — an
 * 11-digit phone space is searched in under a second when the key is known, so the key must be secret
 * (lib/booking/id-hash-key.mjs refuses a production start without one).
 *
 * Rotation (docs/booking.md): set the new key as ID_HASH_KEY and the old one as ID_HASH_KEY_PREVIOUS.
 * New rows are hashed under the new key; lookups try every form a row can have; `npm run rehash-ids`
 * then re-keys the old rows. An HMAC cannot be undone, so re-keying wraps the old hash under the new key
 * ("onion"): after it, nothing in the database can be tested with the old key alone.
 */
export const DEV_ID_HASH_KEY = "hukou-portal-development-key-not-for-production";

type Env = Record<string, string | undefined>;

export interface HashKeys {
  current: string;
  previous?: string;
}

export function hashKeys(env: Env = process.env): HashKeys {
  const current = env.ID_HASH_KEY;
  if (!current && env.NODE_ENV === "production")
    throw new Error("ID_HASH_KEY is not set (start the server with scripts/server.mjs, or set it)");
  return { current: current || DEV_ID_HASH_KEY, previous: env.ID_HASH_KEY_PREVIOUS || undefined };
}

/** A short, non-secret name for a key (stored per row as `hash_key`, so the re-hash knows what to do). */
export const keyId = (key: string) =>
  createHash("sha256").update(`hukou-key-id:${key}`).digest("hex").slice(0, 12);
/** The `hash_key` of a row whose old hash was wrapped under the current key. */
export const wrappedKeyId = (keys: Required<HashKeys>) => `${keyId(keys.current)}+${keyId(keys.previous)}`;

type Purpose = "id" | "phone";
const direct = (key: string, purpose: Purpose, value: string) =>
  createHmac("sha256", key).update(`${purpose}:${value}`).digest("hex");
/** The old hash re-keyed: what `npm run rehash-ids` stores in place of a row's old hash. */
export const wrapHash = (currentKey: string, oldHash: string) =>
  createHmac("sha256", currentKey).update(`rehash:${oldHash}`).digest("hex");

export const hashIdNumber = (normalizedId: string, keys = hashKeys()): string =>
  direct(keys.current, "id", normalizedId);
export const hashPhone = (normalizedPhone: string, keys = hashKeys()): string =>
  direct(keys.current, "phone", normalizedPhone);
/** The key id new rows are written with. */
export const currentKeyId = (keys = hashKeys()) => keyId(keys.current);

/** Every hash a stored row may hold for this value: new key, old key wrapped, old key (until re-hashed). */
function candidates(purpose: Purpose, value: string, keys: HashKeys): string[] {
  const now = direct(keys.current, purpose, value);
  if (!keys.previous) return [now];
  const old = direct(keys.previous, purpose, value);
  return [now, wrapHash(keys.current, old), old];
}
export const idHashCandidates = (normalizedId: string, keys = hashKeys()) =>
  candidates("id", normalizedId, keys);
export const phoneHashCandidates = (normalizedPhone: string, keys = hashKeys()) =>
  candidates("phone", normalizedPhone, keys);

/** Last four characters visible: "**************123X". */
export function maskTail(value: string, visible = 4): string {
  return `${"*".repeat(Math.max(0, value.length - visible))}${value.slice(-visible)}`;
}

export function sameHash(a: string | null | undefined, b: string): boolean {
  if (!a || a.length !== b.length) return false;
  return timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

/** True when the stored hash is any of the candidates (compared in constant time each). */
export const matchesAny = (stored: string | null | undefined, hashes: readonly string[]) =>
  hashes.map((h) => sameHash(stored, h)).includes(true);
