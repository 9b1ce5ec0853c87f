import { cookies, headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { can, type StaffAction, type StaffMember } from "./can";
import { csrfToken, csrfValid, sameOrigin } from "./csrf";
import { loadSession } from "./sessions";

/**
 * Staff session cookie: only a random id (hashed in the database). httpOnly, SameSite=Strict (a link
 * or form from another site arrives without it), Secure when the site is served over https, and no
 * Max-Age: it ends with the browser as well as at the idle timeout.
 */
export const STAFF_COOKIE = "hukou_staff";

function secureCookie(): boolean {
  const o = process.env.PUBLIC_ORIGIN;
  return o ? o.startsWith("https:") : process.env.STAFF_COOKIE_SECURE === "1";
}

export async function setStaffCookie(rawId: string): Promise<void> {
  (await cookies()).set(STAFF_COOKIE, rawId, {
    httpOnly: true,
    sameSite: "strict",
    secure: secureCookie(),
    path: "/",
  });
}

export async function clearStaffCookie(): Promise<void> {
  (await cookies()).delete(STAFF_COOKIE);
}

export interface StaffContext {
  staff: StaffMember;
  /** For the hidden `csrf` field of every staff form. */
  csrf: string;
  rawId: string;
}

/** The signed-in member of staff, or null (expired, signed out, disabled, no cookie). */
export async function currentStaff(): Promise<StaffContext | null> {
  const rawId = (await cookies()).get(STAFF_COOKIE)?.value;
  if (!rawId) return null;
  const { db } = await getDb();
  const s = await loadSession(db, rawId);
  return s ? { staff: s.staff, csrf: csrfToken(rawId), rawId } : null;
}

export interface RequireOptions {
  action?: StaffAction;
  /** With `action`: where. Omitted or null = at some office. */
  officeId?: string | null;
}

/**
 * For every staff page and action: the signed-in staff member allowed to do `action` at `officeId`.
 * Not signed in → the sign-in page; signed in but not allowed → 404 (another office's pages do not
 * even admit they exist).
 */
export async function requireStaff(locale: string, opts: RequireOptions = {}): Promise<StaffContext> {
  const ctx = await currentStaff();
  if (!ctx) redirect(`/${locale}/staff/sign-in`);
  if (opts.action && !can(ctx.staff, opts.action, opts.officeId ?? null)) notFound();
  return ctx;
}

export type StaffPostCheck = { ok: true; ctx: StaffContext } | { ok: false; reason: "csrf" | "signedOut" };

/**
 * The first line of every staff server action: a same-origin POST from a signed-in member of staff
 * carrying this session's form token, allowed to do `action` at `officeId`.
 */
export async function checkStaffPost(
  formData: FormData,
  action?: StaffAction,
  officeId?: string | null,
): Promise<StaffPostCheck> {
  const ctx = await currentStaff();
  if (!ctx) return { ok: false, reason: "signedOut" };
  if (!sameOrigin(await headers()) || !csrfValid(ctx.rawId, formData.get("csrf")))
    return { ok: false, reason: "csrf" };
  if (action && !can(ctx.staff, action, officeId ?? null)) notFound();
  return { ok: true, ctx };
}
