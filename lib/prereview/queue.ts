import { count, eq, inArray } from "drizzle-orm";
import { maskName } from "@/lib/booking/view";
import { utcToShanghai } from "@/lib/calendar";
import type { Db } from "@/lib/db/client";
import { appointments, type PrereviewCase, prereviewFiles, slots } from "@/lib/db/schema";
import { queueFor } from "./cases";

export interface QueueRow {
  case: PrereviewCase;
  reference: string;
  /** Lists show the first character only; the full name is for the audited case page. */
  nameMasked: string | null;
  visitDate: string | null;
  files: number;
}

/** The queue with what a clerk needs to pick the next case: masked, no ID or phone. */
export async function queueWithAppointments(db: Db, officeIds: readonly string[]): Promise<QueueRow[]> {
  const cases = await queueFor(db, officeIds);
  if (cases.length === 0) return [];
  const ids = cases.map((c) => c.appointmentId).filter((x): x is string => !!x);
  const appts = ids.length
    ? await db
        .select({
          id: appointments.id,
          reference: appointments.reference,
          name: appointments.name,
          startsAt: slots.startsAt,
        })
        .from(appointments)
        .innerJoin(slots, eq(slots.id, appointments.slotId))
        .where(inArray(appointments.id, ids))
    : [];
  const counts = await db
    .select({ caseId: prereviewFiles.caseId, n: count() })
    .from(prereviewFiles)
    .where(
      inArray(
        prereviewFiles.caseId,
        cases.map((c) => c.id),
      ),
    )
    .groupBy(prereviewFiles.caseId);
  const byAppt = new Map(appts.map((a) => [a.id, a]));
  const byCase = new Map(counts.map((c) => [c.caseId, Number(c.n)]));
  return cases.map((c) => {
    const a = c.appointmentId ? byAppt.get(c.appointmentId) : undefined;
    return {
      case: c,
      reference: a?.reference ?? "—",
      nameMasked: maskName(a?.name ?? null),
      visitDate: a ? utcToShanghai(a.startsAt).date : null,
      files: byCase.get(c.id) ?? 0,
    };
  });
}

/** The appointment behind a case, with its slot's start (for the case page's header). */
export async function appointmentOf(db: Db, appointmentId: string) {
  const [row] = await db
    .select({
      id: appointments.id,
      reference: appointments.reference,
      name: appointments.name,
      startsAt: slots.startsAt,
    })
    .from(appointments)
    .innerJoin(slots, eq(slots.id, appointments.slotId))
    .where(eq(appointments.id, appointmentId));
  return row ?? null;
}
