import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inconsistentSlots } from "../queries";
import { person } from "../test-helpers";
import { type ServerDatabase, serverDatabase, serverDatabaseLabels } from "./databases";
import { freePort, hasNextBuild, type ServerKind, startServer } from "./server-process";

/**
 * Crash safety: SIGKILL the server in the middle of a stream of bookings, start it again on
 * the same database, and check that every booking confirmed to a client is still there and
 * every slot's count equals its active bookings.
 */
const kind: ServerKind = hasNextBuild() ? "next" : "handlers";
if (kind === "handlers") {
  console.warn(
    "[crash] no production build with the booking API (.next/BUILD_ID): using the bare handler server instead of `next start`",
  );
}

const OFFICES = ["410102-station", "410103-station", "370202-station", "441202-hall"];

async function openSlots(url: string) {
  const out: { officeId: string; date: string; time: string }[] = [];
  for (const officeId of OFFICES) {
    const body = await (await fetch(`${url}/api/v1/bookings/slots?office=${officeId}`)).json();
    for (const d of body.days)
      for (const s of d.slots) if (s.remaining > 0) out.push({ officeId, date: d.date, time: s.start });
  }
  return out;
}

describe.each(serverDatabaseLabels())("crash on %s", (label) => {
  let db: ServerDatabase;
  beforeAll(async () => {
    db = await serverDatabase(label);
  });
  afterAll(async () => {
    await db?.dispose();
  });

  it(`keeps every confirmed booking after SIGKILL (${kind} server)`, async () => {
    const env = { ...db.env, RATE_LIMIT_SCALE: "1000" };
    const port = freePort();
    let server = await startServer(kind, port, env);
    const slots = await openSlots(server.url);
    const confirmed: { reference: string; manageToken: string }[] = [];
    let sent = 0;
    let stop = false;
    const worker = async (w: number) => {
      while (!stop) {
        const i = sent++;
        const slot = slots[i % slots.length]!;
        try {
          const res = await fetch(`${server.url}/api/v1/bookings`, {
            method: "POST",
            headers: { "content-type": "application/json", "x-forwarded-for": `203.0.113.${w}` },
            body: JSON.stringify({ ...slot, business: "settlement", ...person(50_000 + i) }),
          });
          if (res.status === 201) {
            const b = await res.json();
            confirmed.push({ reference: b.booking.reference, manageToken: b.manageToken });
          }
        } catch {
          // the connection died with the server: this booking's outcome is unknown to the client
        }
      }
    };
    const workers = Array.from({ length: 8 }, (_, w) => worker(w));
    while (confirmed.length < 40) await new Promise((r) => setTimeout(r, 20));
    await server.kill("SIGKILL");
    stop = true;
    await Promise.all(workers);
    expect(confirmed.length).toBeGreaterThanOrEqual(40);

    server = await startServer(kind, port, env);
    try {
      for (const c of confirmed) {
        const res = await fetch(`${server.url}/api/v1/bookings/manage`, {
          headers: { authorization: `Bearer ${c.manageToken}` },
        });
        expect(res.status, c.reference).toBe(200);
        expect((await res.json()).booking.reference).toBe(c.reference);
      }
    } finally {
      await server.kill();
    }
    const h = await db.open();
    try {
      expect(await inconsistentSlots(h.db)).toEqual([]);
    } finally {
      await h.close();
    }
  }, 240_000);
});
