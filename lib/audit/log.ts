// PLACEHOLDER (issue 15 part B) — replaced by issue-15's append-only audit log when that branch is merged.
import type { Db } from "@/lib/db/client";

export interface AuditEntry {
  actorId: string;
  action: string;
  officeId?: string;
  appointmentId?: string;
  detail?: Record<string, unknown>;
}

export async function audit(_db: Db, _entry: AuditEntry): Promise<void> {}
