import { generateSecret, generateSync, generateURI } from "otplib";
import hans from "@/messages/zh-Hans.json";
import { sameText } from "./tokens";

/** RFC 6238 defaults every authenticator app understands: SHA-1, 6 digits, 30 s steps. */
const PERIOD = 30;

export const newTotpSecret = (): string => generateSecret();

export function totpUri(secret: string, username: string): string {
  // The issuer is the name the authenticator app lists the account under (one name, the 简体 one).
  return generateURI({ issuer: hans.staff.enrol.totpIssuer, label: username, secret });
}

/** The code for a time (tests and the enrolment check use it too). */
export function totpCode(secret: string, at: Date = new Date()): string {
  return generateSync({ secret, epoch: Math.floor(at.getTime() / 1000) });
}

/**
 * The time step a code belongs to (this one, or one step either side for clock drift), or null.
 * The caller refuses a step not newer than the last one accepted, so a code works once.
 */
export function totpStep(secret: string, code: string, at: Date = new Date()): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const now = Math.floor(at.getTime() / 1000);
  for (const drift of [0, -1, 1]) {
    const epoch = now + drift * PERIOD;
    if (sameText(generateSync({ secret, epoch }), code)) return Math.floor(epoch / PERIOD);
  }
  return null;
}
