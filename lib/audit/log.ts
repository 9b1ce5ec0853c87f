import { and, desc, eq, gte, lt, type SQL } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { type AuditEntry, auditLog } from "@/lib/db/schema";

/**
 * What the audit log records (requirement 7): sign-ins, views of full names or ID numbers, every
 * change. Detail never holds a resident's personal data — ids and references only.
 */
export type AuditAction =
  | "signin.ok"
  | "signin.failed"
  | "signin.locked"
  | "signout"
  | "staff.create"
  | "staff.enrol"
  | "staff.disable"
  | "person.view"
  | "office.hours"
  | "office.closure"
  | "office.closure.cancel"
  | "appointment.change"
  | "audit.view"
  | (string & {});

export interface AuditInput {
  actorId: string | null;
  action: AuditAction;
  officeId?: string | null;
  appointmentId?: string | null;
  detail?: Record<string, unknown>;
}

/** Appends one entry. Pass the transaction when the change itself is in one, so both land or neither. */
export async function audit(db: Db, entry: AuditInput): Promise<void> {
  await db.insert(auditLog).values({
    actorId: entry.actorId,
    action: entry.action,
    officeId: entry.officeId ?? null,
    appointmentId: entry.appointmentId ?? null,
    detail: entry.detail ?? {},
  });
}

export interface AuditQuery {
  from?: Date;
  to?: Date;
  actorId?: string;
  officeId?: string;
  action?: string;
  limit?: number;
}

export async function readAudit(db: Db, q: AuditQuery = {}): Promise<AuditEntry[]> {
  const where: SQL[] = [];
  if (q.from) where.push(gte(auditLog.at, q.from));
  if (q.to) where.push(lt(auditLog.at, q.to));
  if (q.actorId) where.push(eq(auditLog.actorId, q.actorId));
  if (q.officeId) where.push(eq(auditLog.officeId, q.officeId));
  if (q.action) where.push(eq(auditLog.action, q.action));
  return db
    .select()
    .from(auditLog)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(Math.min(q.limit ?? 200, 1000));
}

/** The legal floor: the database refuses to delete anything younger, whatever AUDIT_RETENTION_DAYS says. */
export const AUDIT_MIN_RETENTION_DAYS = 180;

/** Deletes entries older than `days` (≥ the floor): `npm run retention`. */
export async function pruneAudit(db: Db, days: number, now = new Date()): Promise<number> {
  const keep = Math.max(days, AUDIT_MIN_RETENTION_DAYS);
  const cutoff = new Date(now.getTime() - keep * 86_400_000);
  const gone = await db.delete(auditLog).where(lt(auditLog.at, cutoff)).returning({ id: auditLog.id });
  return gone.length;
}
