/**
 * Erases personal data of appointments whose visit (or cancellation) is more than
 * RETENTION_DAYS (default 90) days ago: `npm run retention`. Uses the same database
 * settings as the app (DATABASE_URL, else PGlite in PGLITE_DIR / ./data/pglite).
 * Run it from cron once a day; it prints a count, never personal data. Also prunes the staff audit log
 * past AUDIT_RETENTION_DAYS (default 365) and expired staff sessions.
 */

import { pruneAudit } from "@/lib/audit/log";
import { auditRetentionDays } from "@/lib/audit/retention";
import { anonymiseOlderThan } from "@/lib/booking/queries";
import { createDb } from "@/lib/db/client";
import { createFileStore } from "@/lib/files/store";
import { erasePrereviewData, sweepOrphans } from "@/lib/prereview/retention";
import { pruneSessions } from "@/lib/staff/sessions";

const days = Number(process.env.RETENTION_DAYS ?? 90);
if (!Number.isInteger(days) || days < 1) {
  console.error("RETENTION_DAYS must be a whole number of days ≥ 1");
  process.exit(2);
}
const handle = await createDb();
try {
  const n = await anonymiseOlderThan(handle.db, days);
  console.log(
    `retention: erased personal data of ${n} appointment(s) older than ${days} days (${handle.kind})`,
  );
  // Pre-review files, e-mails and delivery addresses go with the appointment's data; then stored objects
  // no row points to (a crash mid-upload) are swept.
  const store = await createFileStore();
  try {
    const cases = await erasePrereviewData(handle.db, store, days);
    const orphans = await sweepOrphans(handle.db, store);
    console.log(
      `retention: erased ${cases} pre-review case(s), swept ${orphans} orphaned file(s) (${store.kind})`,
    );
  } finally {
    await store.close();
  }
  // The audit log (issue 15) is kept AUDIT_RETENTION_DAYS (default 365, never under the 180 days the
  // database's trigger enforces); expired staff sessions go too.
  const auditDays = auditRetentionDays();
  const entries = await pruneAudit(handle.db, auditDays);
  const sessions = await pruneSessions(handle.db);
  console.log(
    `retention: deleted ${entries} audit entries older than ${auditDays} days, ${sessions} expired staff session(s)`,
  );
} finally {
  await handle.close();
}
