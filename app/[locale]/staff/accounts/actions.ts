"use server";

import { getTranslations } from "next-intl/server";
import type { StaffFormState } from "@/components/staff/form-state";
import { getDb } from "@/lib/db/client";
import { createAccount, newAccountSchema } from "@/lib/staff/accounts";
import { can, GRANTABLE_ROLES } from "@/lib/staff/can";
import { field, formLocale } from "@/lib/staff/form-locale";
import { enrolmentLink } from "@/lib/staff/links";
import { checkStaffPost } from "@/lib/staff/session";

/** An admin creates a clerk or office admin for one of their offices and gets the one-time link. */
export async function createAccountAction(_prev: StaffFormState, form: FormData): Promise<StaffFormState> {
  const locale = formLocale(form);
  const t = await getTranslations({ locale, namespace: "staff" });
  const values = { username: field(form, "username", 64), name: field(form, "name", 80) };
  const check = await checkStaffPost(form, "staff.manage");
  if (!check.ok) return { status: "error", message: t(`form.${check.reason}`), values };
  const role = field(form, "role", 20);
  const officeId = field(form, "officeId", 60);
  const fieldErrors: Record<string, string> = {};
  const parsed = newAccountSchema.safeParse(values);
  if (!parsed.success) {
    for (const i of parsed.error.issues) {
      const k = String(i.path[0]);
      fieldErrors[k] = t(k === "username" ? "accounts.usernameInvalid" : "accounts.nameInvalid");
    }
  }
  const grantable = (GRANTABLE_ROLES as readonly string[]).includes(role);
  if (!grantable || !can(check.ctx.staff, "staff.manage", officeId))
    fieldErrors.officeId = t("accounts.grantInvalid");
  if (Object.keys(fieldErrors).length || !parsed.success) return { status: "error", fieldErrors, values };
  const { db } = await getDb();
  const r = await createAccount(
    db,
    { ...parsed.data, grants: [{ role: role as (typeof GRANTABLE_ROLES)[number], scope: officeId }] },
    check.ctx.staff.id,
  );
  if (r.status === "taken")
    return { status: "error", fieldErrors: { username: t("accounts.taken") }, values };
  return {
    status: "done",
    message: t("accounts.created", { name: parsed.data.name }),
    result: await enrolmentLink(locale, r.token),
  };
}
