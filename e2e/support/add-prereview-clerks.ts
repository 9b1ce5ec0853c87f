/**
 * The pre-review tests' clerks (issue 16), created in ONE process (each `npm run staff -- add` opens and
 * migrates the embedded database, which costs tens of seconds): two of 金水 hall, one of 中原 station.
 * Their one-time enrolment links go to .reports/e2e-prereview-links.txt, one per line, in this order.
 */
import { writeFileSync } from "node:fs";
import { createDb } from "@/lib/db/client";
import { publicOrigin } from "@/lib/http/public-origin";
import { createAccount } from "@/lib/staff/accounts";
import { parseGrant } from "@/lib/staff/grants";

export const PREREVIEW_CLERKS = [
  ["e2e-clerk16a", "金水审核员甲", "clerk:410105-hall"],
  ["e2e-clerk16b", "金水审核员乙", "clerk:410105-hall"],
  ["e2e-clerk16x", "中原审核员", "clerk:410102-station"],
] as const;

const handle = await createDb();
try {
  const links: string[] = [];
  for (const [username, name, grant] of PREREVIEW_CLERKS) {
    const r = await createAccount(handle.db, { username, name, grants: [parseGrant(grant)!] }, null);
    if (r.status !== "created") throw new Error(`${username}: ${r.status}`);
    links.push(`${publicOrigin()}/zh-Hans/staff/enrol/${r.token}`);
  }
  writeFileSync(".reports/e2e-prereview-links.txt", `${links.join("\n")}\n`);
} finally {
  await handle.close();
}
