// PLACEHOLDER (issue 15 part B) — replaced by issue-15's real staff sign-in when that branch is merged.
// Same names and shapes as issue-15's lib/staff/session.ts.
import { notFound } from "next/navigation";
import { OFFICES } from "@/lib/booking/offices";
import { can, type StaffAction, type StaffMember } from "./can";

export interface StaffContext {
  staff: StaffMember;
  csrf: string;
  rawId: string;
}

export interface RequireOptions {
  action?: StaffAction;
  officeId?: string | null;
}

function placeholder(): StaffContext | null {
  if (process.env.STAFF_PLACEHOLDER !== "1") return null;
  const officeIds = OFFICES.map((o) => o.id);
  return {
    staff: {
      id: "placeholder",
      username: "placeholder",
      name: "placeholder",
      grants: (["clerk", "office_admin", "city_admin"] as const).map((role) => ({
        role,
        scope: "*",
        officeIds,
      })),
    },
    csrf: "placeholder",
    rawId: "placeholder",
  };
}

/** Placeholder: every office, only with STAFF_PLACEHOLDER=1; otherwise 404. */
export async function requireStaff(_locale: string, opts: RequireOptions = {}): Promise<StaffContext> {
  const ctx = placeholder();
  if (!ctx) notFound();
  if (opts.action && !can(ctx.staff, opts.action, opts.officeId ?? null)) notFound();
  return ctx;
}

export type StaffPostCheck = { ok: true; ctx: StaffContext } | { ok: false; reason: "csrf" | "signedOut" };

export async function checkStaffPost(
  _formData: FormData,
  action?: StaffAction,
  officeId?: string | null,
): Promise<StaffPostCheck> {
  const ctx = placeholder();
  if (!ctx) return { ok: false, reason: "signedOut" };
  if (action && !can(ctx.staff, action, officeId ?? null)) notFound();
  return { ok: true, ctx };
}
