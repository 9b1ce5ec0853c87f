import { createHash, randomBytes } from "node:crypto";

/**
 * Crockford base32: digits and letters without I, L, O, U, so a reference read out over the
 * phone or copied from paper cannot be confused. 12 characters = 60 random bits: with 10⁸
 * bookings on file, a guessed reference is a real one with probability 10⁸/2⁶⁰ ≈ 10⁻¹⁰, and a
 * lookup also needs the mobile number and is limited per IP, per network and per reference.
 */
const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const REFERENCE_CHARS = 12;
export const REFERENCE_BITS = REFERENCE_CHARS * 5;

export function newReference(): string {
  const bytes = randomBytes(REFERENCE_CHARS);
  let s = "";
  // 256 is a multiple of 32, so the low five bits of a random byte are uniform.
  for (let i = 0; i < REFERENCE_CHARS; i++) s += CROCKFORD[bytes[i]! & 31];
  return `HK-${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8)}`;
}

/** Reads a reference as a person might type it: any case, with or without HK- and dashes, O→0, I/L→1. */
export function normalizeReference(raw: string): string | undefined {
  let s = raw.toUpperCase().replace(/[\s-]/g, "");
  if (s.length === REFERENCE_CHARS + 2 && s.startsWith("HK")) s = s.slice(2);
  s = s.replace(/O/g, "0").replace(/[IL]/g, "1");
  if (!/^[0-9A-HJKMNP-TV-Z]{12}$/.test(s)) return undefined;
  return `HK-${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8)}`;
}

/** Manage tokens: 256 random bits; only their SHA-256 is stored. */
export function newManageToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashManageToken(token) };
}

export function hashManageToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function isWellFormedManageToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
