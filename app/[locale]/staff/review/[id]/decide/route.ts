import { audit } from "@/lib/audit/log";
import { getDb } from "@/lib/db/client";
import { isLocale } from "@/lib/i18n/locales";
import { caseLines } from "@/lib/prereview/lines";
import { notifyResult } from "@/lib/prereview/notify";
import { readReviewForm, recordReview } from "@/lib/prereview/review";
import { caseForStaff } from "@/lib/prereview/staff-access";
import { boundedFormData, seeOther } from "@/lib/prereview/staff-http";
import { checkStaffPost, currentStaff } from "@/lib/staff/session";

type Ctx = { params: Promise<{ locale: string; id: string }> };

/** The clerk's decision on every open line of a case, as one form post (works without JavaScript). */
export async function POST(request: Request, { params }: Ctx): Promise<Response> {
  const { locale, id } = await params;
  if (!isLocale(locale)) return new Response(null, { status: 404 });
  const form = await boundedFormData(request);
  const { db } = await getDb();
  const c = await caseForStaff(db, (await currentStaff())?.staff ?? null, id);
  if (!c || !form) return new Response(null, { status: 404 });
  const check = await checkStaffPost(form, "review", c.officeId);
  const page = `/${locale}/staff/review/${c.id}`;
  if (!check.ok)
    return seeOther(check.reason === "signedOut" ? `/${locale}/staff/sign-in` : `${page}?m=csrf`);
  const open = caseLines(c.checklist).map((l) => l.key);
  // A line without a choice is left to recordReview, which knows which lines are still open (lines
  // accepted in an earlier round are not on the form).
  const { decisions, errors } = readReviewForm(form, open);
  const bad = Object.entries(errors)
    .filter(([, e]) => e === "reasonMissing")
    .map(([k]) => k);
  if (bad.length) return seeOther(`${page}?m=reason&e=${bad.join(".")}`);
  const r = await recordReview(
    db,
    c.id,
    check.ctx.staff.id,
    decisions,
    new Date(),
    async (tx, row, returned) => {
      await audit(tx as unknown as typeof db, {
        actorId: check.ctx.staff.id,
        action: "prereview.decide",
        officeId: row.officeId,
        appointmentId: row.appointmentId,
        detail: { caseId: row.id, round: row.round, returned: returned.length, status: row.status },
      });
      await notifyResult(tx, row, locale);
    },
  );
  if (!r.ok) {
    if (r.reason === "incomplete") return seeOther(`${page}?m=incomplete&e=${(r.missing ?? []).join(".")}`);
    return seeOther(`${page}?m=other`);
  }
  return seeOther(`${page}?ok=decided`);
}
