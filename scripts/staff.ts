/**
 * Staff accounts from the command line — the first account, and help when no admin can:
 *
 *   npm run staff -- add <username> <name> <role:scope>… [--locale zh-Hant]
 *     roles: clerk:<officeId>, office_admin:<officeId>, city_admin:<4-digit city code>, auditor:<city code|*>
 *     prints a one-time enrolment link (72 h) where the person sets a password and TOTP.
 *   npm run staff -- reset <username>     a new enrolment link (lost phone); the old factors stop working
 *
 * Same database settings as the app; the link's origin is PUBLIC_ORIGIN (default http://localhost:3000).
 */
import { eq } from "drizzle-orm";
import { createDb } from "@/lib/db/client";
import { staff } from "@/lib/db/schema";
import { publicOrigin } from "@/lib/http/public-origin";
import { allOfficeDistricts } from "@/lib/offices/scope";
import { createAccount, issueEnrolment } from "@/lib/staff/accounts";
import { parseGrant } from "@/lib/staff/grants";

const args = process.argv.slice(2);
const localeAt = args.indexOf("--locale");
const locale = localeAt >= 0 ? args.splice(localeAt, 2)[1] : "zh-Hans";
const [command, ...rest] = args;
const origin = publicOrigin();
const link = (token: string) => `${origin}/${locale}/staff/enrol/${token}`;

function usage(): never {
  console.error(
    "usage: npm run staff -- add <username> <name> <role:scope>… | reset <username>\n" +
      "  e.g. npm run staff -- add wangfang 王芳 city_admin:4101",
  );
  process.exit(2);
}

if (command !== "add" && command !== "reset") usage();
const handle = await createDb();
try {
  if (command === "add") {
    const [username, name, ...grantTexts] = rest;
    if (!username || !name || grantTexts.length === 0) usage();
    const grants = grantTexts.map((g) => {
      const parsed = parseGrant(g);
      if (!parsed) {
        console.error(`not a role:scope: ${g}`);
        process.exit(2);
      }
      return parsed;
    });
    const offices = new Set((await allOfficeDistricts(handle.db)).map((o) => o.id));
    for (const g of grants) {
      if ((g.role === "clerk" || g.role === "office_admin") && !offices.has(g.scope)) {
        console.error(`no such office: ${g.scope}`);
        process.exit(2);
      }
    }
    const r = await createAccount(handle.db, { username, name, grants }, null);
    if (r.status === "taken") {
      console.error(`username already in use: ${username}`);
      process.exit(1);
    }
    console.log(
      `created ${username.toLowerCase()}; one-time enrolment link (valid 72 hours):\n${link(r.token)}`,
    );
  } else {
    const [username] = rest;
    if (!username) usage();
    const [row] = await handle.db.select().from(staff).where(eq(staff.username, username.toLowerCase()));
    if (!row) {
      console.error(`no such user: ${username}`);
      process.exit(1);
    }
    await handle.db
      .update(staff)
      .set({ passwordHash: null, totpSecret: null, enrolledAt: null })
      .where(eq(staff.id, row.id));
    console.log(
      `new one-time enrolment link for ${row.username} (valid 72 hours):\n${link(await issueEnrolment(handle.db, row.id))}`,
    );
  }
} finally {
  await handle.close();
}
