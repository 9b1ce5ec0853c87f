import { createHmac } from "node:crypto";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { appointments } from "@/lib/db/schema";
import { type TestDatabase, testDatabaseFactories } from "@/lib/db/testing";
import { ensureIdHashKey, idHashKeyFile } from "../id-hash-key.mjs";
import { officeById } from "../offices";
import { keyId } from "../privacy";
import { rehashBatch } from "../queries";
import { resetRateLimitersForTesting } from "../rate-limit";
import { createBooking, lookupBooking } from "../service";
import { BEFORE_NATIONAL_DAY, person } from "../test-helpers";

const K1 = "first-key-0123456789abcdef0123456789abcdef";
const K2 = "second-key-0123456789abcdef0123456789abcdef";
const saved = { current: process.env.ID_HASH_KEY, previous: process.env.ID_HASH_KEY_PREVIOUS };
const useKeys = (current: string, previous?: string) => {
  process.env.ID_HASH_KEY = current;
  if (previous) process.env.ID_HASH_KEY_PREVIOUS = previous;
  else delete process.env.ID_HASH_KEY_PREVIOUS;
};

describe.each(testDatabaseFactories())("ID_HASH_KEY rotation on $label", (factory) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await factory.create();
  });
  afterAll(async () => {
    await t?.dispose();
  });
  beforeEach(() => resetRateLimitersForTesting());
  afterEach(() => useKeys(saved.current ?? "", saved.previous));

  it("new rows under the new key, old ones found by both until re-hashed, then by the new key only", async () => {
    let n = 0;
    // Each step from its own network: this test is about keys, not the per-address limits.
    const ctx = () => ({ db: t.handle.db, now: BEFORE_NATIONAL_DAY, ip: `198.51.${n++}.5` });
    const booking = (p: ReturnType<typeof person>, time: string) =>
      createBooking(
        { officeId: officeById("410105-hall")!.id, date: "2026-09-29", time, business: "transfer", ...p },
        ctx(),
      );
    useKeys(K1);
    const old = person();
    const made = await booking(old, "08:50");
    if (made.status !== "created") throw new Error(JSON.stringify(made));

    // Rotate: K2 current, K1 previous. The old row is found, and its owner cannot book twice.
    useKeys(K2, K1);
    expect((await lookupBooking({ reference: made.booking.reference, phone: old.phone }, ctx())).status).toBe(
      "found",
    );
    expect((await booking(old, "09:10")).status).toBe("alreadyBooked");
    const fresh = person();
    expect((await booking(fresh, "09:30")).status).toBe("created");

    // Re-hash: no row left under K1 alone.
    let rekeyed = 0;
    for (;;) {
      const batch = await rehashBatch(t.handle.db, { current: K2, previous: K1 }, 1);
      if (batch === 0) break;
      rekeyed += batch;
    }
    expect(rekeyed).toBe(1);
    const rows = await t.handle.db.select().from(appointments);
    expect(rows.filter((r) => r.hashKey === keyId(K1))).toHaveLength(0);
    // Someone holding only the leaked K1 cannot test a phone number against the dump any more.
    const withK1 = createHmac("sha256", K1).update(`phone:${old.phone}`).digest("hex");
    expect(rows.map((r) => r.phoneHash)).not.toContain(withK1);
    // The owner still finds it; the other person too.
    expect((await lookupBooking({ reference: made.booking.reference, phone: old.phone }, ctx())).status).toBe(
      "found",
    );
    expect((await booking(old, "09:50")).status).toBe("alreadyBooked");
  });
});

describe("ID_HASH_KEY at start", () => {
  it("refuses a production start on a database server without a key", () => {
    expect(() => ensureIdHashKey({ NODE_ENV: "production", DATABASE_URL: "postgres://db/x" })).toThrow(
      /ID_HASH_KEY/,
    );
    expect(() => ensureIdHashKey({ NODE_ENV: "production", ID_HASH_KEY: "short" })).toThrow(/at least/);
  });

  it("on the embedded default, generates one key in the data folder (mode 0600) and keeps it", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "hukou-key-"));
    try {
      const env: Record<string, string | undefined> = {
        NODE_ENV: "production",
        PGLITE_DIR: path.join(dir, "pglite"),
      };
      expect(ensureIdHashKey(env)).toBe("generated");
      const file = idHashKeyFile(env);
      expect(file).toBe(path.join(dir, "id-hash-key"));
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      expect((await readFile(file, "utf8")).trim()).toBe(env.ID_HASH_KEY);
      expect(env.ID_HASH_KEY).toMatch(/^[0-9a-f]{64}$/);
      const again: Record<string, string | undefined> = {
        NODE_ENV: "production",
        PGLITE_DIR: env.PGLITE_DIR,
      };
      expect(ensureIdHashKey(again)).toBe("file");
      expect(again.ID_HASH_KEY).toBe(env.ID_HASH_KEY);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
