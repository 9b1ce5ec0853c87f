import type { Db } from "@/lib/db/client";
import { outbox } from "@/lib/db/schema";
import { seal } from "@/lib/security/secret-box";
import type { TemplateName } from "./templates";

export interface OutboxMessage {
  kind: "email";
  /** The recipient's address: sealed at rest, erased once sent. */
  to: string;
  template: TemplateName;
  /** Template values: references, office ids, dates, links — never an ID number or a phone number. */
  params: Record<string, string>;
  /** Not sent before this moment (the day-before reminder). */
  notBefore?: Date;
  appointmentId?: string;
}

/**
 * Writes a message into the outbox inside the caller's transaction: it exists exactly when the change
 * it reports does. Delivery (pg-boss job → nodemailer) happens after commit; call `kickOutbox()` then
 * for speed, or let the minute sweep find it.
 */
export async function enqueue(tx: Db, m: OutboxMessage): Promise<string> {
  const [row] = await tx
    .insert(outbox)
    .values({
      kind: m.kind,
      template: m.template,
      toSealed: seal(m.to),
      params: m.params,
      notBefore: m.notBefore ?? new Date(),
      appointmentId: m.appointmentId ?? null,
    })
    .returning({ id: outbox.id });
  if (!row) throw new Error("outbox insert returned nothing");
  return row.id;
}
