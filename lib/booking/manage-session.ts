import { cookies } from "next/headers";

export { manageCookieName, manageLinkPath, managePath, referenceFromPath } from "./manage-paths";

import { getDb } from "@/lib/db/client";
import type { Appointment } from "@/lib/db/schema";
import { publicOrigin } from "@/lib/http/public-origin";
import { manageCookieName } from "./manage-paths";
import { officeById } from "./offices";
import { findByManageToken, slotById } from "./queries";
import { isWellFormedManageToken, normalizeReference } from "./tokens";
import { toView } from "./view";

/**
 * Who may manage an appointment: the browser holding its manage cookie. The cookie carries the
 * appointment's current manage token (only its hash is stored), is httpOnly (no script reads it),
 * SameSite=strict (no other site can make the browser use it) and named per reference, so one
 * browser can hold several appointments and a cookie for one never opens another. Manage URLs hold
 * only the reference (managePath), which is not a secret: proxy logs and history hold no live token.
 */
const MAX_AGE_SECONDS = 60 * 60 * 24 * 60;

/** For server actions and route handlers (the only places a response can set cookies). */
export async function setManageCookie(reference: string, token: string): Promise<void> {
  (await cookies()).set(manageCookieName(reference), token, {
    httpOnly: true,
    sameSite: "strict",
    secure: publicOrigin().startsWith("https:"),
    path: "/",
    maxAge: MAX_AGE_SECONDS,
  });
}

/** The manage token this browser holds for a reference (not yet checked against the database). */
export async function manageCookieToken(reference: string): Promise<string | undefined> {
  const value = (await cookies()).get(manageCookieName(reference))?.value;
  return value && isWellFormedManageToken(value) ? value : undefined;
}

/** The appointment with this reference, if this browser's manage cookie for it is valid; else null. */
export async function managedAppointment(reference: string): Promise<Appointment | null> {
  const normalized = normalizeReference(reference);
  if (!normalized) return null;
  const token = await manageCookieToken(normalized);
  if (!token) return null;
  const row = await findByManageToken((await getDb()).db, token);
  return row && row.reference === normalized ? row : null;
}

/** What the manage pages show: the appointment as a view, with its office — or null without access. */
export async function managedView(reference: string) {
  const row = await managedAppointment(reference);
  if (!row) return null;
  const slot = await slotById((await getDb()).db, row.slotId);
  const office = officeById(row.officeId);
  return slot && office ? { row, view: toView(row, slot), office } : null;
}
