import type { Db } from "@/lib/db/client";
import type { PrereviewCase } from "@/lib/db/schema";
import { can, type StaffMember } from "@/lib/staff/can";
import { caseById } from "./cases";

/**
 * A case for a member of staff: only one of an office where they may review. Another office's case is
 * "not found", never "forbidden" (its existence is not admitted).
 */
export async function caseForStaff(
  db: Db,
  staff: StaffMember | null,
  caseId: string,
): Promise<PrereviewCase | null> {
  if (!staff || !/^[0-9a-f-]{36}$/.test(caseId)) return null;
  const c = await caseById(db, caseId);
  if (!c?.officeId || !can(staff, "review", c.officeId)) return null;
  return c;
}
