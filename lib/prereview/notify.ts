import type { Db } from "@/lib/db/client";
import type { PrereviewCase } from "@/lib/db/schema";
import { publicUrl } from "@/lib/http/public-origin";
import { enqueue } from "@/lib/outbox/enqueue";
import type { Tx } from "./cases";
import { caseEmail } from "./contact";

/**
 * The resident's e-mail (when given) says that the pre-review has a result and where to look — the
 * token-free lookup page. No name, no reference, no document, no outcome: a mailbox seen over a shoulder
 * or a forwarded message reveals nothing. The list itself is on the manage page.
 */
export async function notifyResult(tx: Tx, c: PrereviewCase, locale: string): Promise<void> {
  const to = caseEmail(c);
  if (!to) return;
  await enqueue(tx as unknown as Db, {
    kind: "email",
    to,
    template: "prereviewResult",
    params: { locale, lookupUrl: publicUrl(`/${locale}/book/manage`) },
    appointmentId: c.appointmentId ?? undefined,
  });
}
