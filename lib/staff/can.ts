// PLACEHOLDER (issue 15 part B) — replaced by issue-15's authorisation matrix when that branch is merged.
import type { Staff } from "./session";

export type StaffAction = string;

export function can(staff: Staff, _action: StaffAction, officeId: string): boolean {
  return staff.offices.includes(officeId);
}
