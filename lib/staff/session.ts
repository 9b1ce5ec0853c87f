// PLACEHOLDER (issue 15 part B) — replaced by issue-15's real staff sign-in when that branch is merged.
import { notFound } from "next/navigation";
import { OFFICES } from "@/lib/booking/offices";

export type StaffRole = "clerk" | "officeAdmin" | "cityAdmin" | "auditor";
export interface Staff {
  id: string;
  name: string;
  roles: StaffRole[];
  offices: string[];
}

/** Placeholder: a development clerk of every office, only with STAFF_PLACEHOLDER=1; otherwise 404. */
export async function requireStaff(_locale: string, _opts?: { role?: StaffRole }): Promise<Staff> {
  if (process.env.STAFF_PLACEHOLDER !== "1") notFound();
  return {
    id: "placeholder",
    name: "placeholder",
    roles: ["clerk", "officeAdmin", "cityAdmin"],
    offices: OFFICES.map((o) => o.id),
  };
}
