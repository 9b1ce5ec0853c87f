"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { StaffFormState } from "@/components/staff/form-state";
import { getDb } from "@/lib/db/client";
import { completeEnrolment } from "@/lib/staff/accounts";
import { sameOrigin } from "@/lib/staff/csrf";
import { field, formLocale } from "@/lib/staff/form-locale";

/** The one-time link is itself the secret here (no session yet); the Origin check stops cross-site posts. */
export async function enrolAction(_prev: StaffFormState, form: FormData): Promise<StaffFormState> {
  const locale = formLocale(form);
  const t = await getTranslations({ locale, namespace: "staff" });
  if (!sameOrigin(await headers())) return { status: "error", message: t("form.csrf") };
  const { db } = await getDb();
  const r = await completeEnrolment(db, field(form, "token", 100), {
    password: field(form, "password", 200),
    confirm: field(form, "confirm", 200),
    code: field(form, "code", 20),
  });
  if (r.status === "enrolled") redirect(`/${locale}/staff/sign-in?enrolled=1`);
  if (r.status === "gone") return { status: "error", message: t("enrol.gone") };
  const fieldErrors: Record<string, string> = {};
  for (const [k, code] of Object.entries(r.fieldErrors)) fieldErrors[k] = t(`enrol.${code}` as "enrol.weak");
  return { status: "error", fieldErrors };
}
