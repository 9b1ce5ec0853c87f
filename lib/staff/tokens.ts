import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** 256 random bits, URL-safe: session ids and enrolment tokens. */
export const randomToken = (): string => randomBytes(32).toString("base64url");

/** What is stored instead of a token: a dump cannot be replayed as a cookie or link. */
export const tokenHash = (token: string): string => createHash("sha256").update(token).digest("hex");

export function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
