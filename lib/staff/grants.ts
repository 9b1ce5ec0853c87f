import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { type StaffRole, staffRoles } from "@/lib/db/schema";
import { allOfficeDistricts } from "@/lib/offices/scope";
import type { StaffGrant } from "./can";

/** Does a stored scope cover an office (by the office's GB/T 2260 district code)? */
export function scopeCovers(scope: string, officeId: string, districtCode: string): boolean {
  if (scope === "*") return true;
  if (/^\d{4}$/.test(scope)) return districtCode.startsWith(scope);
  return scope === officeId;
}

/** A staff member's grants with each scope expanded to today's offices. */
export async function loadGrants(db: Db, staffId: string): Promise<StaffGrant[]> {
  const rows = await db
    .select({ role: staffRoles.role, scope: staffRoles.scope })
    .from(staffRoles)
    .where(eq(staffRoles.staffId, staffId));
  const offices = await allOfficeDistricts(db);
  return rows.map((r) => ({
    role: r.role as StaffRole,
    scope: r.scope,
    officeIds: offices.filter((o) => scopeCovers(r.scope, o.id, o.districtCode)).map((o) => o.id),
  }));
}

/** "clerk:410102-station", "city_admin:4101", "auditor:*" — the command line's and the form's notation. */
export function parseGrant(text: string): { role: StaffRole; scope: string } | null {
  const m = /^(clerk|office_admin|city_admin|auditor):([\w*-]{1,40})$/.exec(text.trim());
  if (!m?.[1] || !m[2]) return null;
  const role = m[1] as StaffRole;
  const scope = m[2];
  const isCity = /^\d{4}$/.test(scope) || scope === "*";
  // Clerks and office admins belong to offices; city admins to a city; auditors to a city or everywhere.
  if ((role === "clerk" || role === "office_admin") && isCity) return null;
  if (role === "city_admin" && !/^\d{4}$/.test(scope)) return null;
  if (role === "auditor" && !isCity) return null;
  return { role, scope };
}
