// PLACEHOLDER (issue 15 part B) — replaced by issue-15's append-only audit log when that branch is merged.
// Same names and shapes as issue-15's lib/audit/log.ts.
import type { Db } from "@/lib/db/client";

export interface AuditInput {
  actorId: string | null;
  action: string;
  officeId?: string | null;
  appointmentId?: string | null;
  detail?: Record<string, unknown>;
}

export async function audit(_db: Db, _entry: AuditInput): Promise<void> {}
