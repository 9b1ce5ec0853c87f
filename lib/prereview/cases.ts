import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { addWorkingDays, utcToShanghai } from "@/lib/calendar";
import type { Db } from "@/lib/db/client";
import { pgError, UNIQUE_VIOLATION } from "@/lib/db/errors";
import {
  type Appointment,
  type PrereviewCase,
  type PrereviewDecision,
  type PrereviewFile,
  prereviewCases,
  prereviewDecisions,
  prereviewFiles,
  prereviewSettings,
} from "@/lib/db/schema";
import { caseLines } from "./lines";

/** Working days an office takes to review, unless its configuration says otherwise. */
export const DEFAULT_REVIEW_DAYS = 3;

export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
type Runner = Db | Tx;

export async function caseById(db: Runner, id: string): Promise<PrereviewCase | undefined> {
  const [row] = await db.select().from(prereviewCases).where(eq(prereviewCases.id, id));
  return row;
}

export async function caseForAppointment(
  db: Runner,
  appointmentId: string,
): Promise<PrereviewCase | undefined> {
  const [row] = await db.select().from(prereviewCases).where(eq(prereviewCases.appointmentId, appointmentId));
  return row;
}

/** Whether the resident holds this appointment's slot: booked, not cancelled, not yet erased. */
export const holdsSlot = (a: Pick<Appointment, "status" | "anonymisedAt">) =>
  a.status === "confirmed" && a.anonymisedAt === null;

export type OpenCaseResult =
  | { ok: true; case: PrereviewCase }
  | { ok: false; reason: "notHeld" | "noChecklist" };

/**
 * The appointment's case, created on first use. Only for an appointment the caller has shown it holds
 * (the manage session) and that is still active; only with a checklist, whose lines are what gets
 * uploaded and decided.
 */
export async function openCase(db: Db, a: Appointment): Promise<OpenCaseResult> {
  if (!holdsSlot(a)) return { ok: false, reason: "notHeld" };
  const existing = await caseForAppointment(db, a.id);
  if (existing) return { ok: true, case: existing };
  if (caseLines(a.checklistUrl).length === 0) return { ok: false, reason: "noChecklist" };
  try {
    const [row] = await db
      .insert(prereviewCases)
      .values({ appointmentId: a.id, officeId: a.officeId, checklist: a.checklistUrl })
      .returning();
    return { ok: true, case: row! };
  } catch (err) {
    // Two tabs opening the case at once: the other one made it.
    if (pgError(err)?.code !== UNIQUE_VIOLATION) throw err;
    return { ok: true, case: (await caseForAppointment(db, a.id))! };
  }
}

export async function filesOf(db: Runner, caseId: string): Promise<PrereviewFile[]> {
  return db
    .select()
    .from(prereviewFiles)
    .where(eq(prereviewFiles.caseId, caseId))
    .orderBy(asc(prereviewFiles.createdAt), asc(prereviewFiles.id));
}

export async function decisionsOf(db: Runner, caseId: string): Promise<Map<string, PrereviewDecision>> {
  const rows = await db.select().from(prereviewDecisions).where(eq(prereviewDecisions.caseId, caseId));
  return new Map(rows.map((r) => [r.itemKey, r]));
}

/**
 * Which lines the resident may still change. Before review starts: every line not yet accepted. After a
 * return: the returned lines only. While the clerk reviews, and once passed: none.
 */
export function editableLines(
  c: Pick<PrereviewCase, "status" | "checklist">,
  decisions: Map<string, Pick<PrereviewDecision, "decision">>,
): Set<string> {
  if (c.status === "in_review" || c.status === "passed") return new Set();
  const keys = caseLines(c.checklist).map((l) => l.key);
  if (c.status === "returned") return new Set(keys.filter((k) => decisions.get(k)?.decision === "returned"));
  return new Set(keys.filter((k) => decisions.get(k)?.decision !== "accepted"));
}

/** Locks the case row for the rest of the transaction, so counts and state checks cannot race. */
export async function lockCase(tx: Tx, caseId: string): Promise<PrereviewCase | undefined> {
  const res = await tx.execute(sql`select id from prereview_cases where id = ${caseId} for update`);
  if ((res as unknown as { rows: unknown[] }).rows.length === 0) return undefined;
  return caseById(tx, caseId);
}

export async function reviewDaysOf(db: Runner, officeId: string): Promise<number> {
  const [row] = await db.select().from(prereviewSettings).where(eq(prereviewSettings.officeId, officeId));
  return row?.reviewDays ?? DEFAULT_REVIEW_DAYS;
}

export async function setReviewDays(db: Runner, officeId: string, days: number): Promise<void> {
  await db
    .insert(prereviewSettings)
    .values({ officeId, reviewDays: days })
    .onConflictDoUpdate({ target: prereviewSettings.officeId, set: { reviewDays: days } });
}

/** The Shanghai date by which the office answers a case submitted at `now`. */
export async function dueDateFor(db: Runner, officeId: string, now: Date): Promise<string> {
  return addWorkingDays(utcToShanghai(now).date, await reviewDaysOf(db, officeId));
}

export type SubmitResult = { ok: true; case: PrereviewCase } | { ok: false; reason: "nothing" | "locked" };

/** The resident hands the case in (again): it joins the office's queue with a due date. */
export async function submitCase(db: Db, caseId: string, now = new Date()): Promise<SubmitResult> {
  return db.transaction(async (tx) => {
    const c = await lockCase(tx, caseId);
    if (!c || (c.status !== "draft" && c.status !== "returned")) return { ok: false, reason: "locked" };
    const decisions = await decisionsOf(tx, caseId);
    const files = await filesOf(tx, caseId);
    const withFiles = new Set(files.map((f) => f.itemKey));
    if (withFiles.size === 0) return { ok: false, reason: "nothing" };
    // A returned line must have been answered with a new file before the case goes back.
    if (c.status === "returned") {
      for (const [k, d] of decisions)
        if (d.decision === "returned" && !withFiles.has(k)) return { ok: false, reason: "nothing" };
    }
    await tx
      .delete(prereviewDecisions)
      .where(and(eq(prereviewDecisions.caseId, caseId), eq(prereviewDecisions.decision, "returned")));
    const [row] = await tx
      .update(prereviewCases)
      .set({
        status: "submitted",
        round: c.round + 1,
        submittedAt: now,
        dueDate: await dueDateFor(tx, c.officeId ?? "", now),
        reviewStartedAt: null,
        reviewerId: null,
        updatedAt: now,
      })
      .where(eq(prereviewCases.id, caseId))
      .returning();
    return { ok: true, case: row! };
  });
}

/** Cases waiting for an office, soonest due first (then first submitted). */
export async function queueFor(db: Runner, officeIds: readonly string[]): Promise<PrereviewCase[]> {
  if (officeIds.length === 0) return [];
  return db
    .select()
    .from(prereviewCases)
    .where(
      and(
        inArray(prereviewCases.officeId, [...officeIds]),
        inArray(prereviewCases.status, ["submitted", "in_review"]),
      ),
    )
    .orderBy(asc(prereviewCases.dueDate), asc(prereviewCases.submittedAt));
}
