/**
 * `npm run rehash-ids` — the second half of rotating ID_HASH_KEY (docs/booking.md): with the new key in
 * ID_HASH_KEY and the old one in ID_HASH_KEY_PREVIOUS, re-keys every row still hashed under the old key,
 * in batches, and prints counts only. Safe to stop and run again; lookups work throughout.
 */

import { hashKeys } from "@/lib/booking/privacy";
import { rehashBatch } from "@/lib/booking/queries";
import { createDb } from "@/lib/db/client";

const keys = hashKeys();
if (!keys.previous) {
  console.error("rehash-ids: set ID_HASH_KEY (new key) and ID_HASH_KEY_PREVIOUS (old key)");
  process.exit(2);
}
const handle = await createDb();
try {
  let total = 0;
  for (;;) {
    const n = await rehashBatch(handle.db, { current: keys.current, previous: keys.previous });
    total += n;
    if (n === 0) break;
    console.log(`rehash-ids: ${total} row(s) re-keyed so far`);
  }
  console.log(
    `rehash-ids: done, ${total} row(s) re-keyed (${handle.kind}). No row is hashed under the old key alone any more; keep ID_HASH_KEY_PREVIOUS until the retention job has erased the re-keyed rows (their lookups need it).`,
  );
} finally {
  await handle.close();
}
