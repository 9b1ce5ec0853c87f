import { managedAppointment } from "@/lib/booking/manage-session";
import { getDb } from "@/lib/db/client";
import type { Appointment, PrereviewCase } from "@/lib/db/schema";
import { caseForAppointment, openCase } from "./cases";

/**
 * The resident's side: only the browser holding the appointment's manage cookie gets anything, and a
 * case is only ever made for an appointment that still holds its slot (lib/prereview/cases.ts openCase).
 */
export async function residentAppointment(reference: string): Promise<Appointment | null> {
  return managedAppointment(reference);
}

export async function residentCase(
  reference: string,
  opts: { create?: boolean } = {},
): Promise<{
  appointment: Appointment;
  case: PrereviewCase | null;
  problem?: "notHeld" | "noChecklist";
} | null> {
  const appointment = await residentAppointment(reference);
  if (!appointment) return null;
  const { db } = await getDb();
  const existing = await caseForAppointment(db, appointment.id);
  if (existing || !opts.create) return { appointment, case: existing ?? null };
  const opened = await openCase(db, appointment);
  return opened.ok ? { appointment, case: opened.case } : { appointment, case: null, problem: opened.reason };
}
