import { utcToShanghai } from "@/lib/calendar";
import type { Appointment, AppointmentStatus, Slot } from "@/lib/db/schema";
import type { BusinessType } from "./business";

/** What pages and the API show of an appointment: no hashes, personal data masked. */
export interface BookingView {
  reference: string;
  status: AppointmentStatus;
  officeId: string;
  businessType: BusinessType;
  routeId: string | null;
  /** Shanghai wall date and times. */
  date: string;
  start: string;
  end: string;
  startsAt: string;
  endsAt: string;
  nameMasked: string | null;
  idMasked: string | null;
  phoneMasked: string | null;
  checklistUrl: string | null;
  sequence: number;
  createdAt: string;
}

/** "张三丰" → "张**": enough to recognise one's own booking, not enough to identify a stranger's. */
export function maskName(name: string | null): string | null {
  if (!name) return null;
  const chars = [...name];
  return chars[0] + "*".repeat(Math.max(1, chars.length - 1));
}

export function toView(a: Appointment, slot: Pick<Slot, "startsAt" | "endsAt">): BookingView {
  const start = utcToShanghai(slot.startsAt);
  return {
    reference: a.reference,
    status: a.status,
    officeId: a.officeId,
    businessType: a.businessType as BusinessType,
    routeId: a.routeId,
    date: start.date,
    start: start.time,
    end: utcToShanghai(slot.endsAt).time,
    startsAt: slot.startsAt.toISOString(),
    endsAt: slot.endsAt.toISOString(),
    nameMasked: maskName(a.name),
    idMasked: a.idMasked,
    phoneMasked: a.phoneMasked,
    checklistUrl: a.checklistUrl,
    sequence: a.sequence,
    createdAt: a.createdAt.toISOString(),
  };
}
