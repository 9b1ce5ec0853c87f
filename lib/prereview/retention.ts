import { and, eq, inArray, isNull, lt, or, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { appointments, prereviewCases, prereviewFiles } from "@/lib/db/schema";
import type { FileStore } from "@/lib/files/store";

/**
 * Erases what pre-review holds about a person once the appointment's personal data is erased
 * (lib/booking/queries.ts anonymiseOlderThan), or, for a case never booked, once it is older than the
 * retention period: the files (bytes and rows), the sealed e-mail and delivery address, their masked
 * form and the tracking number. Decisions (line keys and reason codes, nothing personal) stay for
 * the office's statistics. Returns how many cases were erased.
 */
export async function erasePrereviewData(
  db: Db,
  store: FileStore,
  days: number,
  now = new Date(),
): Promise<number> {
  const cutoff = new Date(now.getTime() - days * 86_400_000);
  const due = await db
    .select({ id: prereviewCases.id })
    .from(prereviewCases)
    .leftJoin(appointments, eq(appointments.id, prereviewCases.appointmentId))
    .where(
      and(
        isNull(prereviewCases.anonymisedAt),
        or(
          sql`${appointments.anonymisedAt} is not null`,
          and(isNull(prereviewCases.appointmentId), lt(prereviewCases.createdAt, cutoff)),
        ),
      ),
    );
  for (const { id } of due) {
    const files = await db
      .delete(prereviewFiles)
      .where(eq(prereviewFiles.caseId, id))
      .returning({ objectKey: prereviewFiles.objectKey });
    await db
      .update(prereviewCases)
      .set({
        emailSealed: null,
        deliverySealed: null,
        deliveryMasked: null,
        trackingNumber: null,
        accessKeyHash: null,
        checklist: null,
        anonymisedAt: now,
        updatedAt: now,
      })
      .where(eq(prereviewCases.id, id));
    // The rows go first: a crash between leaves orphans, which the sweep removes, never a row without bytes.
    for (const f of files) await store.remove(f.objectKey);
  }
  return due.length;
}

/**
 * Removes stored objects no row points to: left by a crash between storing the bytes and committing the
 * row, or between deleting a row and its bytes. Objects younger than `graceMs` are left alone, since an
 * upload in flight stores its bytes before its row. Returns how many were removed.
 */
export async function sweepOrphans(
  db: Db,
  store: FileStore,
  graceMs = 3_600_000,
  now = new Date(),
): Promise<number> {
  let removed = 0;
  let batch: string[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const known = await db
      .select({ k: prereviewFiles.objectKey })
      .from(prereviewFiles)
      .where(inArray(prereviewFiles.objectKey, batch));
    const keep = new Set(known.map((r) => r.k));
    for (const k of batch) {
      if (keep.has(k)) continue;
      await store.remove(k);
      removed++;
    }
    batch = [];
  };
  for await (const o of store.keys()) {
    if (now.getTime() - o.modified.getTime() < graceMs) continue;
    batch.push(o.key);
    if (batch.length >= 500) await flush();
  }
  await flush();
  return removed;
}
