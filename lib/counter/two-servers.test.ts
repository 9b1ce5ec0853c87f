import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APP_ROOT, freePort, type RunningServer, startServer } from "@/lib/booking/tests/server-process";
import { shanghaiToday } from "@/lib/calendar";
import { databaseKind } from "@/lib/db/kind";
import { createPostgresTestDb, type TestDatabase } from "@/lib/db/testing";
import { createAccount } from "@/lib/staff/accounts";
import { STAFF_COOKIE } from "@/lib/staff/session";
import { createSession } from "@/lib/staff/sessions";
import { walkIn } from "./queries";

/**
 * Two app servers on one PostgreSQL: a clerk calls a number through server A's counter page (the plain
 * HTML form, as without JavaScript), and the hall screen's live stream on server B shows it — the NOTIFY
 * crossed from one server to the other. Needs a production build with the counter pages and PostgreSQL.
 */
const OFFICE = "410105-hall";
const built = existsSync(path.join(APP_ROOT, ".next/server/app/api/hall/[officeId]/events/route.js"));
const pgUrl = process.env.DATABASE_URL;
const run = built && pgUrl && databaseKind(process.env) === "postgres";
if (!run)
  console.warn("[two-servers] needs DATABASE_URL (PostgreSQL) and a build with the counter pages: skipped");

/** The hidden fields and action URL of the form around `marker` in server-rendered HTML. */
function formAround(html: string, marker: string): [string, string][] {
  const at = html.indexOf(marker);
  const start = html.lastIndexOf("<form", at);
  const end = html.indexOf("</form>", at);
  const form = html.slice(start, end);
  const data: [string, string][] = [];
  for (const m of form.matchAll(/<input([^>]*)>/g)) {
    const name = /name="([^"]*)"/.exec(m[1]!)?.[1];
    const value = /value="([^"]*)"/.exec(m[1]!)?.[1] ?? "";
    if (name && /type="hidden"/.test(m[1]!))
      data.push([name, value.replace(/&amp;/g, "&").replace(/&quot;/g, '"')]);
  }
  return data;
}

describe.skipIf(!run)("the call display across two app servers on PostgreSQL", () => {
  let t: TestDatabase;
  let a: RunningServer;
  let b: RunningServer;

  beforeAll(async () => {
    t = await createPostgresTestDb(pgUrl!);
    const env = { ...t.env };
    [a, b] = await Promise.all([startServer("next", freePort(), env), startServer("next", freePort(), env)]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([a?.kill(), b?.kill()]);
    await t?.dispose();
  });

  it("a call made on server A appears on server B's hall screen at once", async () => {
    const day = shanghaiToday();
    await walkIn(t.handle.db, { officeId: OFFICE, day, businessType: "settlement", staffId: "test" });

    // Server B: the hall screen's live stream.
    const ctl = new AbortController();
    const stream = await fetch(`${b.url}/api/hall/${OFFICE}/events`, { signal: ctl.signal });
    expect(stream.headers.get("content-type")).toContain("text/event-stream");
    const reader = stream.body!.getReader();
    const decoder = new TextDecoder();
    let text = "";
    const seen = (async () => {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return "";
        text += decoder.decode(value, { stream: true });
        const m = /data: (\{[^\n]*"kind":"call"[^\n]*\})\n/.exec(text);
        if (m) return m[1]!;
      }
    })();
    await new Promise((r) => setTimeout(r, 300));

    // A signed-in clerk of this office (the session made directly: sign-in has its own tests).
    const account = await createAccount(
      t.handle.db,
      { username: "two-servers", name: "测试", grants: [{ role: "clerk", scope: OFFICE }] },
      null,
    );
    if (account.status !== "created") throw new Error("account");
    const cookie = `${STAFF_COOKIE}=${await createSession(t.handle.db, account.staffId)}`;

    // Server A: the counter page, "叫下一个号" posted as the plain form.
    const page = `${a.url}/zh-Hans/staff/counter/${OFFICE}?counter=5`;
    const html = await (await fetch(page, { headers: { cookie } })).text();
    const form = formAround(html, 'data-testid="call-next"');
    const body = new FormData();
    for (const [k, v] of form) body.append(k, v);
    const t0 = Date.now();
    const res = await fetch(page, {
      method: "POST",
      body,
      redirect: "manual",
      headers: { Origin: a.url, cookie },
    });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).not.toContain("sign-in");

    const event = JSON.parse(
      await Promise.race([
        seen,
        new Promise<string>((_, no) => setTimeout(() => no(new Error("no event")), 5000)),
      ]),
    );
    ctl.abort();
    expect(event).toMatchObject({ officeId: OFFICE, kind: "call", code: "B001", counter: 5 });
    expect(Date.now() - t0).toBeLessThan(5000);

    // And server B's own page shows it when loaded afresh.
    const hall = await (await fetch(`${b.url}/zh-Hans/hall/${OFFICE}`)).text();
    expect(hall).toContain("B001");
  }, 60_000);
});
