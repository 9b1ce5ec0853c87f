import { and, eq, inArray, lte, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { outbox } from "@/lib/db/schema";
import { open } from "@/lib/security/secret-box";
import type { Mailer } from "./mailer";
import { renderMail } from "./templates";

export const MAX_ATTEMPTS = 6;
/** A message claimed by a process that died is offered again after this long. */
const STUCK_MS = 10 * 60_000;

export type DeliveryResult = "sent" | "retry" | "failed" | "skipped";

/** 1, 2, 4, 8, 16 minutes between tries: an SMTP server down for half an hour loses nothing. */
const backoffMs = (attempts: number) => 60_000 * 2 ** Math.max(0, attempts - 1);

/**
 * Sends one outbox message at most once at a time: the row is claimed (pending → sending) by a
 * conditional update, so two workers given the same id never both send it. After sending the address
 * is erased; a failure is retried with backoff, then marked failed (address erased too).
 */
export async function deliverOne(
  db: Db,
  id: string,
  mailer: Mailer,
  now = new Date(),
): Promise<DeliveryResult> {
  const [row] = await db
    .update(outbox)
    .set({ status: "sending", attempts: sql`${outbox.attempts} + 1`, updatedAt: now })
    .where(and(eq(outbox.id, id), eq(outbox.status, "pending"), lte(outbox.notBefore, now)))
    .returning();
  if (!row) return "skipped";
  try {
    if (!row.toSealed) throw new Error("no recipient");
    const mail = renderMail(row.template, row.params);
    await mailer.send({ to: open(row.toSealed), ...mail });
    await db
      .update(outbox)
      .set({ status: "sent", sentAt: new Date(), toSealed: null, lastError: null, updatedAt: new Date() })
      .where(eq(outbox.id, id));
    return "sent";
  } catch (error) {
    const last = row.attempts >= MAX_ATTEMPTS;
    // The error text of an SMTP failure may quote the address: keep only its first line, without it.
    const message = String((error as Error).message ?? error)
      .split("\n")[0]!
      .replace(/\S+@\S+/g, "<address>")
      .slice(0, 300);
    await db
      .update(outbox)
      .set({
        status: last ? "failed" : "pending",
        notBefore: new Date(now.getTime() + backoffMs(row.attempts)),
        lastError: message,
        toSealed: last ? null : row.toSealed,
        updatedAt: new Date(),
      })
      .where(eq(outbox.id, id));
    return last ? "failed" : "retry";
  }
}

/** Messages due now (and ones stuck in `sending` by a crashed process, put back first). */
export async function dueOutboxIds(db: Db, now = new Date(), limit = 100): Promise<string[]> {
  await db
    .update(outbox)
    .set({ status: "pending", updatedAt: now })
    .where(and(eq(outbox.status, "sending"), lte(outbox.updatedAt, new Date(now.getTime() - STUCK_MS))));
  const rows = await db
    .select({ id: outbox.id })
    .from(outbox)
    .where(and(eq(outbox.status, "pending"), lte(outbox.notBefore, now)))
    .orderBy(outbox.notBefore)
    .limit(limit);
  return rows.map((r) => r.id);
}

/** Messages for an appointment that is gone (cancelled before its reminder): never sent. */
export async function dropPending(db: Db, appointmentIds: string[], template?: string): Promise<void> {
  if (!appointmentIds.length) return;
  await db
    .update(outbox)
    .set({ status: "dropped", toSealed: null, updatedAt: new Date() })
    .where(
      and(
        inArray(outbox.appointmentId, appointmentIds),
        eq(outbox.status, "pending"),
        template ? eq(outbox.template, template) : undefined,
      ),
    );
}
