import { AUDIT_MIN_RETENTION_DAYS } from "./log";

/** AUDIT_RETENTION_DAYS (default 365), never below the 180-day floor the database enforces. */
export function auditRetentionDays(env: Record<string, string | undefined> = process.env): number {
  const d = Number(env.AUDIT_RETENTION_DAYS ?? 365);
  return Number.isInteger(d) && d >= AUDIT_MIN_RETENTION_DAYS ? d : Math.max(AUDIT_MIN_RETENTION_DAYS, 365);
}
