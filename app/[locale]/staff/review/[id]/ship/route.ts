import { audit } from "@/lib/audit/log";
import { getDb } from "@/lib/db/client";
import { isLocale } from "@/lib/i18n/locales";
import { recordShipment } from "@/lib/prereview/contact";
import { shipmentSchema } from "@/lib/prereview/delivery";
import { caseForStaff } from "@/lib/prereview/staff-access";
import { boundedFormData, seeOther } from "@/lib/prereview/staff-http";
import { checkStaffPost, currentStaff } from "@/lib/staff/session";

type Ctx = { params: Promise<{ locale: string; id: string }> };

/** At 办结 with 邮寄: the courier and tracking number, shown on the resident's manage page. */
export async function POST(request: Request, { params }: Ctx): Promise<Response> {
  const { locale, id } = await params;
  if (!isLocale(locale)) return new Response(null, { status: 404 });
  const form = await boundedFormData(request, 4096);
  const { db } = await getDb();
  const c = await caseForStaff(db, (await currentStaff())?.staff ?? null, id);
  if (!c || !form || c.mail !== 1) return new Response(null, { status: 404 });
  const check = await checkStaffPost(form, "counter.operate", c.officeId);
  const page = `/${locale}/staff/review/${c.id}`;
  if (!check.ok)
    return seeOther(check.reason === "signedOut" ? `/${locale}/staff/sign-in` : `${page}?m=csrf`);
  const parsed = shipmentSchema.safeParse({
    courier: form.get("courier"),
    tracking: form.get("tracking") ?? "",
  });
  if (!parsed.success) return seeOther(`${page}?m=tracking#ship-heading`);
  await recordShipment(db, c.id, parsed.data);
  await audit(db, {
    actorId: check.ctx.staff.id,
    action: "prereview.ship",
    officeId: c.officeId,
    appointmentId: c.appointmentId,
    detail: { caseId: c.id, courier: parsed.data.courier },
  });
  return seeOther(`${page}?ok=shipped#ship-heading`);
}
