import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { type PrereviewCase, prereviewCases, prereviewDecisions } from "@/lib/db/schema";
import { decisionsOf, filesOf, lockCase, type Tx } from "./cases";
import { caseLines } from "./lines";

/** Why a line goes back, as the clerk picks them (messages: prereview.reasons.*). */
export const RETURN_REASONS = [
  "unclear",
  "missingPage",
  "needsSeal",
  "wrongDocument",
  "expired",
  "notUploaded",
  "other",
] as const;
export type ReturnReason = (typeof RETURN_REASONS)[number];

export const NOTE_MAX = 300;

/** One line's decision as the review form sends it. */
export const lineDecisionSchema = z
  .object({
    decision: z.enum(["accepted", "returned"], { error: "decisionMissing" }),
    reasons: z
      .array(z.enum(RETURN_REASONS, { error: "reasonUnknown" }))
      .max(RETURN_REASONS.length)
      .default([]),
    note: z.string().trim().max(NOTE_MAX, { error: "noteTooLong" }).default(""),
  })
  .refine((d) => d.decision === "accepted" || d.reasons.length > 0 || d.note !== "", {
    error: "reasonMissing",
    path: ["reasons"],
  });
export type LineDecision = z.infer<typeof lineDecisionSchema>;

/** The review form: one `d.<line>` radio, `r.<line>` checkboxes and `n.<line>` note per checklist line. */
export function readReviewForm(form: FormData, lineKeys: readonly string[]) {
  const out: Record<string, LineDecision> = {};
  const errors: Record<string, string> = {};
  for (const key of lineKeys) {
    const parsed = lineDecisionSchema.safeParse({
      decision: form.get(`d.${key}`) ?? undefined,
      reasons: form.getAll(`r.${key}`).map(String),
      note: String(form.get(`n.${key}`) ?? ""),
    });
    if (parsed.success) out[key] = parsed.data;
    else errors[key] = parsed.error.issues[0]?.message ?? "invalid";
  }
  return { decisions: out, errors };
}

/** The clerk opens a submitted case: from now on the resident cannot change it until it is decided. */
export async function startReview(
  db: Db,
  caseId: string,
  staffId: string,
  now = new Date(),
): Promise<PrereviewCase | undefined> {
  return db.transaction(async (tx) => {
    const c = await lockCase(tx, caseId);
    if (c?.status !== "submitted") return c;
    const [row] = await tx
      .update(prereviewCases)
      .set({ status: "in_review", reviewStartedAt: now, reviewerId: staffId, updatedAt: now })
      .where(eq(prereviewCases.id, caseId))
      .returning();
    return row;
  });
}

export type RecordResult =
  | { ok: true; case: PrereviewCase; returned: string[] }
  | { ok: false; reason: "notInReview" | "incomplete"; missing?: string[] };

/**
 * Records the clerk's decision on every line at once. All accepted: 预审通过. Any returned: the case
 * goes back to the resident with the returned lines as one list. `notify` runs in the same
 * transaction (the outbox row commits with the decision, or neither does).
 */
export async function recordReview(
  db: Db,
  caseId: string,
  staffId: string,
  decisions: Record<string, LineDecision>,
  now = new Date(),
  notify?: (tx: Tx, c: PrereviewCase, returned: string[]) => Promise<void>,
): Promise<RecordResult> {
  return db.transaction(async (tx): Promise<RecordResult> => {
    const c = await lockCase(tx, caseId);
    if (!c || (c.status !== "in_review" && c.status !== "submitted"))
      return { ok: false, reason: "notInReview" };
    const earlier = await decisionsOf(tx, caseId);
    // Lines accepted in an earlier round stay accepted; the rest must be decided now.
    const open = caseLines(c.checklist)
      .map((l) => l.key)
      .filter((k) => earlier.get(k)?.decision !== "accepted");
    const missing = open.filter((k) => !decisions[k]);
    if (missing.length > 0) return { ok: false, reason: "incomplete", missing };
    const withFiles = new Set((await filesOf(tx, caseId)).map((f) => f.itemKey));
    const returned: string[] = [];
    for (const key of open) {
      const d = decisions[key]!;
      // A line with nothing uploaded can be accepted ("bring it to the counter") or returned as not uploaded.
      if (d.decision === "returned") returned.push(key);
      const values = {
        decision: d.decision,
        reasons:
          d.decision === "returned"
            ? (d.reasons.length ? d.reasons : withFiles.has(key) ? ["other"] : ["notUploaded"]).join(".")
            : null,
        note: d.decision === "returned" && d.note ? d.note : null,
        decidedBy: staffId,
        decidedAt: now,
      };
      await tx
        .insert(prereviewDecisions)
        .values({ caseId, itemKey: key, ...values })
        .onConflictDoUpdate({ target: [prereviewDecisions.caseId, prereviewDecisions.itemKey], set: values });
    }
    const [row] = await tx
      .update(prereviewCases)
      .set({
        status: returned.length ? "returned" : "passed",
        decidedAt: now,
        reviewerId: staffId,
        reviewStartedAt: c.reviewStartedAt ?? now,
        updatedAt: now,
      })
      .where(eq(prereviewCases.id, caseId))
      .returning();
    await notify?.(tx, row!, returned);
    return { ok: true, case: row!, returned };
  });
}
