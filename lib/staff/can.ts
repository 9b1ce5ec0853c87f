import type { StaffRole } from "@/lib/db/schema";

/**
 * Every staff permission in one table, so the authorisation matrix test can walk it. A grant
 * covers the offices listed on it (expanded from its scope when the session is loaded).
 */
export const STAFF_ACTIONS = {
  /** The day's list (masked names) and printing it. */
  "day.view": ["clerk", "office_admin"],
  /** Full name and ID number at check-in: audited on every view. */
  "person.view": ["clerk", "office_admin"],
  /** Check-in, 叫号, outcomes. */
  "counter.operate": ["clerk", "office_admin"],
  /** Pre-review of uploaded papers (issue 16). */
  review: ["clerk", "office_admin"],
  "office.view": ["office_admin", "city_admin", "auditor"],
  /** Hours, lunch breaks, slot length, counters, closures. */
  "office.edit": ["office_admin", "city_admin"],
  /** Create clerk / office admin accounts for the office. */
  "staff.manage": ["office_admin", "city_admin"],
  "stats.view": ["office_admin", "city_admin", "auditor"],
  "audit.view": ["auditor"],
} as const satisfies Record<string, readonly StaffRole[]>;

export type StaffAction = keyof typeof STAFF_ACTIONS;

export interface StaffGrant {
  role: StaffRole;
  /** As stored: an office id, a city prefix ("4101") or "*". */
  scope: string;
  /** The offices the scope covers today. */
  officeIds: readonly string[];
}

export interface StaffMember {
  id: string;
  username: string;
  name: string;
  grants: readonly StaffGrant[];
}

/**
 * May `staff` do `action` at `officeId`? `officeId === null` asks "at some office" (menus, the audit
 * log, pages that then list only the offices allowed). Nothing else in the app decides this.
 */
export function can(staff: StaffMember | null, action: StaffAction, officeId: string | null): boolean {
  if (!staff) return false;
  const roles: readonly StaffRole[] = STAFF_ACTIONS[action];
  return staff.grants.some(
    (g) => roles.includes(g.role) && (officeId === null || g.officeIds.includes(officeId)),
  );
}

/** The offices where `staff` may do `action`, in a stable order. */
export function officesWhere(staff: StaffMember, action: StaffAction): string[] {
  const roles: readonly StaffRole[] = STAFF_ACTIONS[action];
  const ids = new Set(staff.grants.filter((g) => roles.includes(g.role)).flatMap((g) => g.officeIds));
  return [...ids].sort();
}

/** Roles an admin may hand out: never more than clerk and office admin, never outside their offices. */
export const GRANTABLE_ROLES = ["clerk", "office_admin"] as const satisfies readonly StaffRole[];
