"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { StaffFormState } from "@/components/staff/form-state";
import { audit } from "@/lib/audit/log";
import { getDb } from "@/lib/db/client";
import { sameOrigin } from "@/lib/staff/csrf";
import { field, formLocale } from "@/lib/staff/form-locale";
import { checkStaffPost, clearStaffCookie, STAFF_COOKIE, setStaffCookie } from "@/lib/staff/session";
import { endSession } from "@/lib/staff/sessions";
import { LOCK_MINUTES, signIn } from "@/lib/staff/sign-in";

export async function signInAction(_prev: StaffFormState, form: FormData): Promise<StaffFormState> {
  const locale = formLocale(form);
  const t = await getTranslations({ locale, namespace: "staff" });
  const username = field(form, "username", 64);
  const values = { username };
  // No session yet, so no session token: the Origin check is what stops a cross-site sign-in (ADR 0011).
  if (!sameOrigin(await headers())) return { status: "error", message: t("form.csrf"), values };
  const password = field(form, "password", 200);
  const code = field(form, "code", 20);
  if (!username.trim() || !password || !code.trim()) {
    return { status: "error", message: t("signIn.required"), values };
  }
  const { db } = await getDb();
  // Whatever session id the browser brought is ended, never promoted (session fixation).
  const brought = (await cookies()).get(STAFF_COOKIE)?.value;
  if (brought) await endSession(db, brought);
  const r = await signIn(db, { username, password, code });
  if (r.status === "ok") {
    await setStaffCookie(r.sessionId);
    redirect(`/${locale}/staff`);
  }
  if (r.status === "locked") {
    return { status: "error", message: t("signIn.locked", { minutes: LOCK_MINUTES }), values };
  }
  return { status: "error", message: t("signIn.invalid"), values };
}

export async function signOutAction(form: FormData): Promise<void> {
  const locale = formLocale(form);
  const check = await checkStaffPost(form);
  if (check.ok) {
    const { db } = await getDb();
    await endSession(db, check.ctx.rawId);
    await audit(db, { actorId: check.ctx.staff.id, action: "signout" });
    await clearStaffCookie();
  }
  redirect(`/${locale}/staff/sign-in`);
}
