// PLACEHOLDER (issue 15 part B) — replaced by issue-15's authorisation table when that branch is merged.
// Same names and shapes as issue-15's lib/staff/can.ts.
export type StaffRole = "clerk" | "office_admin" | "city_admin" | "auditor";

export const STAFF_ACTIONS = {
  "day.view": ["clerk", "office_admin"],
  "person.view": ["clerk", "office_admin"],
  "counter.operate": ["clerk", "office_admin"],
  "stats.view": ["office_admin", "city_admin", "auditor"],
} as const satisfies Record<string, readonly StaffRole[]>;

export type StaffAction = keyof typeof STAFF_ACTIONS;

export interface StaffGrant {
  role: StaffRole;
  scope: string;
  officeIds: readonly string[];
}

export interface StaffMember {
  id: string;
  username: string;
  name: string;
  grants: readonly StaffGrant[];
}

export function can(staff: StaffMember | null, action: StaffAction, officeId: string | null): boolean {
  if (!staff) return false;
  const roles: readonly StaffRole[] = STAFF_ACTIONS[action];
  return staff.grants.some(
    (g) => roles.includes(g.role) && (officeId === null || g.officeIds.includes(officeId)),
  );
}

export function officesWhere(staff: StaffMember, action: StaffAction): string[] {
  const roles: readonly StaffRole[] = STAFF_ACTIONS[action];
  return [...new Set(staff.grants.filter((g) => roles.includes(g.role)).flatMap((g) => g.officeIds))].sort();
}
