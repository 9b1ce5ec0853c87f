/**
 * Erases personal data of appointments whose visit (or cancellation) is more than
 * RETENTION_DAYS (default 90) days ago: `npm run retention`. Uses the same database
 * settings as the app (DATABASE_URL, else PGlite in PGLITE_DIR / ./data/pglite).
 * Run it from cron once a day; it prints a count, never personal data.
 */

import { anonymiseOlderThan } from "@/lib/booking/queries";
import { createDb } from "@/lib/db/client";

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
} finally {
  await handle.close();
}
