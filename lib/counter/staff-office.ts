import { notFound } from "next/navigation";
import { type OfficeData, officeById } from "@/lib/booking/offices";
import { type IsoDate, isIsoDate, shanghaiToday } from "@/lib/calendar";
import type { StaffAction } from "@/lib/staff/can";
import { requireStaff, type StaffContext } from "@/lib/staff/session";

/** Every counter page starts here: signed in, allowed `action` at this office (else 404), the office. */
export async function staffOffice(
  locale: string,
  officeId: string,
  action: StaffAction,
): Promise<{ ctx: StaffContext; office: OfficeData }> {
  const office = officeById(officeId);
  const ctx = await requireStaff(locale, { action, officeId: office ? office.id : "-" });
  if (!office) notFound();
  return { ctx, office };
}

/** The day a page is about: `?date=` when well-formed, else today in Shanghai. */
export function dayParam(raw: string | string[] | undefined, now: Date = new Date()): IsoDate {
  const v = Array.isArray(raw) ? raw[0] : raw;
  return v && isIsoDate(v) ? v : shanghaiToday(now);
}
