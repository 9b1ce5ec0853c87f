import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { type PrereviewCase, prereviewCases } from "@/lib/db/schema";
import { sealText, unsealText } from "@/lib/files/secret-text";
import { type Delivery, deliverySchema, maskDelivery } from "./delivery";

/** The e-mail for notices: optional, sealed at rest, bound to its case. */
export const emailSchema = z
  .string()
  .trim()
  .max(254, { error: "emailInvalid" })
  .email({ error: "emailInvalid" });

const emailContext = (caseId: string) => `email:${caseId}`;
const deliveryContext = (caseId: string) => `delivery:${caseId}`;

export async function saveEmail(db: Db, caseId: string, email: string | null): Promise<void> {
  await db
    .update(prereviewCases)
    .set({ emailSealed: email ? sealText(emailContext(caseId), email) : null, updatedAt: new Date() })
    .where(eq(prereviewCases.id, caseId));
}

export const caseEmail = (c: PrereviewCase): string | null => unsealText(emailContext(c.id), c.emailSealed);

/** 邮寄 chosen with this address (sealed in full, masked for lists), or not (null). */
export async function saveDelivery(db: Db, caseId: string, d: Delivery | null): Promise<void> {
  await db
    .update(prereviewCases)
    .set(
      d
        ? {
            mail: 1,
            deliverySealed: sealText(deliveryContext(caseId), JSON.stringify(d)),
            deliveryMasked: maskDelivery(d),
            updatedAt: new Date(),
          }
        : { mail: 0, deliverySealed: null, deliveryMasked: null, updatedAt: new Date() },
    )
    .where(eq(prereviewCases.id, caseId));
}

/** The full address: only for the resident who gave it and for audited staff views. */
export function caseDelivery(c: PrereviewCase): Delivery | null {
  const text = unsealText(deliveryContext(c.id), c.deliverySealed);
  if (!text) return null;
  const parsed = deliverySchema.safeParse(JSON.parse(text));
  return parsed.success ? parsed.data : null;
}

/** The clerk's 办结 with 邮寄: courier and tracking number, shown on the resident's manage page. */
export async function recordShipment(
  db: Db,
  caseId: string,
  s: { courier: string; tracking: string },
  now = new Date(),
): Promise<PrereviewCase | undefined> {
  const [row] = await db
    .update(prereviewCases)
    .set({ courier: s.courier, trackingNumber: s.tracking, shippedAt: now, updatedAt: now })
    .where(eq(prereviewCases.id, caseId))
    .returning();
  return row;
}
