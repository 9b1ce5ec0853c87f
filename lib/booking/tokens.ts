import { createHash, randomBytes } from "node:crypto";

/**
 * Crockford base32: digits and letters without I, L, O, U, so a reference read out over the
 * phone or copied from paper cannot be confused. 8 characters = 40 random bits, enough that
 * guessing is hopeless behind the lookup rate limit (and lookup also needs the mobile number).
 */
const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

export function newReference(): string {
  const bytes = randomBytes(8);
  let s = "";
  for (let i = 0; i < 8; i++) s += CROCKFORD[bytes[i]! & 31];
  return `HK-${s.slice(0, 4)}-${s.slice(4)}`;
}

/** Reads a reference as a person might type it: any case, with or without HK- and dashes, O→0, I/L→1. */
export function normalizeReference(raw: string): string | undefined {
  let s = raw.toUpperCase().replace(/[\s-]/g, "");
  if (s.length === 10 && s.startsWith("HK")) s = s.slice(2);
  s = s.replace(/O/g, "0").replace(/[IL]/g, "1");
  if (!/^[0-9A-HJKMNP-TV-Z]{8}$/.test(s)) return undefined;
  return `HK-${s.slice(0, 4)}-${s.slice(4)}`;
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
