"use server";

import { eq } from "drizzle-orm";
import { redirect } from "next/navigation";
import { z } from "zod";
import { audit } from "@/lib/audit/log";
import { BUSINESS_TYPES } from "@/lib/booking/business";
import { normalizeIdNumber } from "@/lib/booking/id-number";
import { hashIdNumber, sameHash } from "@/lib/booking/privacy";
import { shanghaiToday } from "@/lib/calendar";
import { attachedChecklist, validMissingKeys } from "@/lib/counter/attached-checklist";
import { announce } from "@/lib/counter/live";
import { deskPath } from "@/lib/counter/paths";
import {
  callNext,
  checkIn,
  currentAtCounter,
  recall,
  recordOutcome,
  visitById,
  walkIn,
} from "@/lib/counter/queries";
import { queueCode } from "@/lib/counter/queue-code";
import { referenceFromScan } from "@/lib/counter/scan";
import { getDb } from "@/lib/db/client";
import { appointments } from "@/lib/db/schema";
import { isLocale } from "@/lib/i18n/locales";
import { checkStaffPost } from "@/lib/staff/session";

// One schema per form, at the top (the page's forms post exactly these fields).
const base = {
  locale: z.string().refine(isLocale),
  officeId: z.string().min(1).max(64),
  counter: z.coerce.number().int().min(1).max(99),
};
/** What a USB or phone scanner types from the confirmation's QR code, or a typed reference. */
const checkInSchema = z.object({
  ...base,
  reference: z.string().max(200).optional(),
  appointmentId: z.uuid().optional(),
  allowOtherDay: z.literal("1").optional(),
});
const idCheckSchema = z.object({ ...base, visitId: z.uuid(), idNumber: z.string().max(40) });
const walkInSchema = z.object({ ...base, business: z.enum(BUSINESS_TYPES) });
const callSchema = z.object({ ...base, recall: z.literal("1").optional() });
const outcomeSchema = z.object({
  ...base,
  visitId: z.uuid(),
  outcome: z.enum(["served", "incomplete", "noShow"]),
  missing: z.array(z.string().max(200)).max(120),
});

type Base = z.infer<z.ZodObject<typeof base>>;
const back = (v: Base, extra: Record<string, string> = {}) => {
  const q = new URLSearchParams(extra).toString();
  return redirect(`${deskPath(v.locale, v.officeId, v.counter)}${q ? `&${q}` : ""}`);
};

/** Signed out → sign in again; a stale or forged form token → back to the counter, saying so. */
async function staffFor(formData: FormData, v: Base) {
  const check = await checkStaffPost(formData, "counter.operate", v.officeId);
  if (!check.ok)
    return check.reason === "csrf" ? back(v, { error: "csrf" }) : redirect(`/${v.locale}/staff/sign-in`);
  return check.ctx.staff;
}

export async function checkInAction(formData: FormData): Promise<void> {
  const parsed = checkInSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return;
  const v = parsed.data;
  const staff = await staffFor(formData, v);
  const h = await getDb();
  const { db } = h;
  let reference: string | undefined;
  if (v.appointmentId) {
    const [a] = await db
      .select({ reference: appointments.reference })
      .from(appointments)
      .where(eq(appointments.id, v.appointmentId));
    reference = a?.reference;
  } else {
    reference = referenceFromScan(v.reference ?? "");
    if (!reference) back(v, { error: "invalidReference" });
  }
  if (!reference) return back(v, { error: "notFound" });
  const day = shanghaiToday();
  const r = await checkIn(db, {
    officeId: v.officeId,
    reference,
    day,
    staffId: staff.id,
    allowOtherDay: v.allowOtherDay === "1",
  });
  if (!r.ok) {
    if (r.reason === "otherDay") {
      const [a] = await db
        .select({ id: appointments.id })
        .from(appointments)
        .where(eq(appointments.reference, reference));
      return back(v, { confirm: a!.id });
    }
    return back(v, { error: r.reason });
  }
  if (!r.already) {
    await announce(h, { officeId: v.officeId, day, kind: "checkIn", at: Date.now() });
    await audit(db, {
      actorId: staff.id,
      action: "counter.checkIn",
      officeId: v.officeId,
      appointmentId: r.visit.appointmentId,
      detail: { code: queueCode(r.visit.prefix, r.visit.number) },
    });
  }
  back(v, { visit: r.visit.id, ...(r.already ? { note: "already" } : {}) });
}

export async function walkInAction(formData: FormData): Promise<void> {
  const parsed = walkInSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return;
  const v = parsed.data;
  const staff = await staffFor(formData, v);
  const h = await getDb();
  const { db } = h;
  const day = shanghaiToday();
  const visit = await walkIn(db, { officeId: v.officeId, day, businessType: v.business, staffId: staff.id });
  await announce(h, { officeId: v.officeId, day, kind: "checkIn", at: Date.now() });
  back(v, { issued: visit.id });
}

export async function callAction(formData: FormData): Promise<void> {
  const parsed = callSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return;
  const v = parsed.data;
  const staff = await staffFor(formData, v);
  const h = await getDb();
  const { db } = h;
  const day = shanghaiToday();
  const input = { officeId: v.officeId, day, counter: v.counter, staffId: staff.id };
  const visit = v.recall
    ? await recall(db, input)
    : await callNext(db, input).then((r) => (r.ok ? r.visit : r));
  if (!visit) return back(v);
  if ("reason" in visit) return back(v, { error: visit.reason });
  await announce(h, {
    officeId: v.officeId,
    day,
    kind: "call",
    code: queueCode(visit.prefix, visit.number)!,
    counter: v.counter,
    at: Date.now(),
  });
  back(v);
}

export async function outcomeAction(formData: FormData): Promise<void> {
  const parsed = outcomeSchema.safeParse({
    ...Object.fromEntries(formData),
    missing: formData.getAll("missing"),
  });
  if (!parsed.success) return;
  const v = parsed.data;
  const staff = await staffFor(formData, v);
  const h = await getDb();
  const { db } = h;
  const visit = await visitById(db, v.visitId);
  const day = shanghaiToday();
  const current = await currentAtCounter(db, v.officeId, day, v.counter);
  if (!visit || visit.officeId !== v.officeId || current?.id !== visit.id) return back(v);
  let missing: string[] = [];
  if (v.outcome === "incomplete" && visit.appointmentId) {
    const [a] = await db.select().from(appointments).where(eq(appointments.id, visit.appointmentId));
    const list = attachedChecklist(a?.checklistUrl);
    missing = validMissingKeys(list, v.missing);
    // With a list attached the clerk must say exactly what is missing: that is what the resident is told.
    if (list && missing.length === 0) return back(v, { error: "missingRequired" });
  }
  const done = await recordOutcome(db, {
    visitId: visit.id,
    officeId: v.officeId,
    outcome: v.outcome,
    missingItems: missing,
    staffId: staff.id,
  });
  if (done) {
    await announce(h, { officeId: v.officeId, day, kind: "outcome", at: Date.now() });
    await audit(db, {
      actorId: staff.id,
      action: `counter.${v.outcome}`,
      officeId: v.officeId,
      appointmentId: done.appointmentId,
      detail: { code: queueCode(done.prefix, done.number), missing: missing.length },
    });
  }
  back(v, done ? { recorded: done.id } : {});
}

/**
 * The ID number is stored only as a keyed hash (ADR 0003), so the counter cannot show it: the clerk types
 * or reads the number from the card in front of them, and the page says whether it is the one booked with.
 */
export async function idCheckAction(formData: FormData): Promise<void> {
  const parsed = idCheckSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return;
  const v = parsed.data;
  const staff = await staffFor(formData, v);
  const { db } = await getDb();
  const visit = await visitById(db, v.visitId);
  if (!visit?.appointmentId || visit.officeId !== v.officeId) return back(v);
  const [a] = await db.select().from(appointments).where(eq(appointments.id, visit.appointmentId));
  const match = !!a && sameHash(a.idHash, hashIdNumber(normalizeIdNumber(v.idNumber)));
  await audit(db, {
    actorId: staff.id,
    action: "person.idCheck",
    officeId: v.officeId,
    appointmentId: visit.appointmentId,
    detail: { match },
  });
  back(v, { visit: visit.id, idcheck: match ? "match" : "mismatch" });
}
