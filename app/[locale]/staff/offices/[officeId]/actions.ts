"use server";

import { getTranslations } from "next-intl/server";
import type { StaffFormState } from "@/components/staff/form-state";
import type { IsoDate } from "@/lib/calendar";
import { getDb } from "@/lib/db/client";
import { changeSchedule, closeOffice } from "@/lib/offices/changes";
import { hoursFromForm, WEEKDAYS } from "@/lib/offices/hours-form";
import { kickOutbox } from "@/lib/outbox/worker";
import { field, formLocale } from "@/lib/staff/form-locale";
import { checkStaffPost } from "@/lib/staff/session";

const isDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`));

function wholeNumber(v: string, min: number, max: number): number | null {
  if (!/^\d{1,3}$/.test(v.trim())) return null;
  const n = Number(v);
  return n >= min && n <= max ? n : null;
}

export async function saveHoursAction(_prev: StaffFormState, form: FormData): Promise<StaffFormState> {
  const locale = formLocale(form);
  const t = await getTranslations({ locale, namespace: "staff" });
  const officeId = field(form, "officeId", 60);
  const values: Record<string, string> = {};
  for (const k of ["from", "slotMinutes", "counters", ...WEEKDAYS.map((d) => `h${d}`)])
    values[k] = field(form, k, 120);
  const check = await checkStaffPost(form, "office.edit", officeId);
  if (!check.ok) return { status: "error", message: t(`form.${check.reason}`), values };
  const fieldErrors: Record<string, string> = {};
  const { hours, bad } = hoursFromForm((n) => values[n] ?? "");
  for (const d of bad) fieldErrors[`h${d}`] = t("office.hoursInvalid");
  if (!isDate(values.from ?? "")) fieldErrors.from = t("office.notFuture");
  const slotMinutes = wholeNumber(values.slotMinutes ?? "", 5, 240);
  if (slotMinutes === null) fieldErrors.slotMinutes = t("office.numberInvalid", { min: 5, max: 240 });
  const counters = wholeNumber(values.counters ?? "", 0, 50);
  if (counters === null) fieldErrors.counters = t("office.numberInvalid", { min: 0, max: 50 });
  if (Object.keys(fieldErrors).length || slotMinutes === null || counters === null) {
    return { status: "error", fieldErrors, values };
  }
  const { db } = await getDb();
  const r = await changeSchedule(
    db,
    { officeId, from: values.from as IsoDate, hours, slotMinutes, counters },
    check.ctx.staff.id,
  );
  if (r.status === "saved")
    return { status: "done", message: t("office.saved", { date: values.from ?? "" }) };
  if (r.status === "notFuture")
    return { status: "error", fieldErrors: { from: t("office.notFuture") }, values };
  if (r.status === "conflict") {
    return {
      status: "error",
      message: t("office.conflict", { count: r.affected.length }),
      values,
      result: r.affected.map((a) => `${a.reference} ${a.date} ${a.time}`).join("；"),
    };
  }
  return { status: "error", message: t("notFound"), values };
}

export async function closeAction(_prev: StaffFormState, form: FormData): Promise<StaffFormState> {
  const locale = formLocale(form);
  const t = await getTranslations({ locale, namespace: "staff" });
  const officeId = field(form, "officeId", 60);
  const values = {
    date: field(form, "date", 10),
    part: field(form, "part", 3),
    reason: field(form, "reason", 200),
  };
  const check = await checkStaffPost(form, "office.edit", officeId);
  if (!check.ok) return { status: "error", message: t(`form.${check.reason}`), values };
  const fieldErrors: Record<string, string> = {};
  if (!isDate(values.date)) fieldErrors.date = t("office.dateInvalid");
  const part = values.part === "am" || values.part === "pm" ? values.part : "day";
  const reason = values.reason.trim();
  if (!reason || reason.length > 60) fieldErrors.reason = t("office.reasonInvalid");
  if (Object.keys(fieldErrors).length) return { status: "error", fieldErrors, values };
  const { db } = await getDb();
  const r = await closeOffice(
    db,
    { officeId, date: values.date as IsoDate, part, reason },
    check.ctx.staff.id,
  );
  if (r.status === "closed") {
    await kickOutbox(r.outboxIds);
    return {
      status: "done",
      message: t("office.closedDone", { count: r.cancelled.length }),
      result: r.cancelled.map((a) => `${a.reference} ${a.date} ${a.time}`).join("；") || undefined,
    };
  }
  const key = r.status === "unknownOffice" ? "notFound" : `office.${r.status}`;
  return { status: "error", fieldErrors: { date: t(key as "notFound") }, values };
}
