import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inconsistentSlots } from "../queries";
import { type ServerDatabase, serverDatabase, serverDatabaseLabels } from "./databases";
import { race } from "./race";
import { freePort, hasNextBuild, type RunningServer, type ServerKind, startServer } from "./server-process";

/**
 * The race: 200 concurrent booking attempts for one 5-seat slot, through HTTP. Exactly 5 are
 * confirmed; every other attempt is told the time is full and offered the next free times.
 * Runs against `next start` when a build exists, and always against the bare handler server.
 */
const kinds: ServerKind[] = hasNextBuild() ? ["next", "handlers"] : ["handlers"];
if (!hasNextBuild())
  console.warn(
    "[race] no production build with the booking API (.next/BUILD_ID): skipping the `next start` variant — run `next build` first",
  );
if (!process.env.DATABASE_URL)
  console.warn("[race] DATABASE_URL not set: PostgreSQL variant skipped, PGlite only");

describe.each(serverDatabaseLabels())("race on %s", (label) => {
  let db: ServerDatabase;
  beforeAll(async () => {
    db = await serverDatabase(label);
  });
  afterAll(async () => {
    await db?.dispose();
  });

  it.each(kinds)(
    "200 concurrent attempts for a 5-seat slot via %s server → exactly 5 confirmed",
    async (kind) => {
      let server: RunningServer | undefined;
      try {
        server = await startServer(kind, freePort(), { ...db.env, RATE_LIMIT_SCALE: "1000" });
        const r = await race(server.url);
        expect(r.slot.capacity).toBe(5);
        expect(r.other).toEqual([]);
        expect(r.confirmed).toBe(5);
        expect(r.full).toBe(195);
        expect(r.withSuggestions).toBe(195);
      } finally {
        await server?.kill();
      }
      const h = await db.open();
      try {
        expect(await inconsistentSlots(h.db)).toEqual([]);
      } finally {
        await h.close();
      }
    },
    180_000,
  );
});
