import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it, vi } from "vitest";
import { createPostgresTestDb, type TestDatabase, testDatabaseFactories } from "@/lib/db/testing";
import {
  consume,
  createLimiters,
  LIMITS,
  type Limiters,
  type LimitStore,
  logRedisDown,
  rateLimitStatus,
  resetRedisLogForTesting,
} from "./rate-limit";

/**
 * The shared stores: two app servers (two sets of limiters) over one Redis or one Postgres must count
 * together, so a person cannot get around the limit by landing on another server. Redis runs when
 * TEST_REDIS_URL is set (`npm test` sets it when Redis answers), Postgres when DATABASE_URL is.
 */
const redisUrl = process.env.TEST_REDIS_URL;
const postgresUrl = process.env.DATABASE_URL?.startsWith("postgres") ? process.env.DATABASE_URL : undefined;

const allowance = LIMITS.lookupPerson.points;

async function twoServersCountTogether(store: LimitStore) {
  const a = await createLimiters(store);
  const b = await createLimiters(store);
  try {
    const key = `phone:${randomBytes(8).toString("hex")}`;
    for (let i = 0; i < allowance; i++) {
      expect(await consume([["lookupPerson", key]], i % 2 ? a : b)).toEqual({ ok: true });
    }
    const refused = await consume([["lookupPerson", key]], a);
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.retryAfterSeconds).toBeGreaterThan(0);
      expect(refused.retryAfterSeconds).toBeLessThanOrEqual(LIMITS.lookupPerson.duration);
    }
    // Another person is not affected.
    expect(await consume([["lookupPerson", `${key}-other`]], b)).toEqual({ ok: true });
  } finally {
    await Promise.all([a.close(), b.close()]);
  }
}

describe("rate limits", () => {
  it("in memory (the default), each server counts alone: one server refuses after the allowance", async () => {
    const a: Limiters = await createLimiters({ kind: "memory" });
    const b: Limiters = await createLimiters({ kind: "memory" });
    for (let i = 0; i < allowance; i++) expect((await consume([["lookupPerson", "p"]], a)).ok).toBe(true);
    expect((await consume([["lookupPerson", "p"]], a)).ok).toBe(false);
    expect((await consume([["lookupPerson", "p"]], b)).ok).toBe(true);
  });

  it("the longest wait of several exhausted limits is the one reported", async () => {
    const ls = await createLimiters({ kind: "memory" });
    for (let i = 0; i < LIMITS.lookupIp.points; i++) await consume([["lookupIp", "ip"]], ls);
    for (let i = 0; i < LIMITS.lookupPerson.points; i++) await consume([["lookupPerson", "p"]], ls);
    const r = await consume(
      [
        ["lookupIp", "ip"],
        ["lookupPerson", "p"],
      ],
      ls,
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.retryAfterSeconds).toBeGreaterThan(LIMITS.lookupIp.duration);
  });

  it.runIf(redisUrl)("in Redis, two servers count together", async () => {
    await twoServersCountTogether({ kind: "redis", url: redisUrl! });
  });

  describe.runIf(postgresUrl)("in Postgres", () => {
    let db: TestDatabase | undefined;
    afterAll(async () => db?.dispose());

    it("two servers count together", async () => {
      db = await createPostgresTestDb(postgresUrl!);
      await twoServersCountTogether({ kind: "postgres", pool: db.handle.pool! });
    });
  });
});

describe.each(testDatabaseFactories())("Redis unreachable, database $label", (factory) => {
  let db: TestDatabase | undefined;
  afterAll(async () => db?.dispose());

  it("counts in the database (two servers still together), says degraded, logs once a minute", async () => {
    db = await factory.create();
    const fallback =
      db.kind === "postgres"
        ? ({ kind: "postgres", pool: db.handle.pool! } as const)
        : ({ kind: "pglite", client: db.handle.pglite! } as const);
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    resetRedisLogForTesting();
    try {
      // Nothing listens on port 1: the state of a Redis that is down.
      await twoServersCountTogether({ kind: "redis", url: "redis://127.0.0.1:1/1", fallback });
      expect(rateLimitStatus()).toBe("degraded");
      const logged = spy.mock.calls.filter((c) => String(c[0]).includes("Redis unreachable"));
      expect(logged.length).toBe(1);
      // Within the minute: silent; after it: once more.
      const t0 = Date.now() + 120_000;
      expect(logRedisDown({ code: "ECONNREFUSED" }, t0)).toBe(true);
      expect(logRedisDown({ code: "ECONNREFUSED" }, t0 + 30_000)).toBe(false);
      expect(logRedisDown({ code: "ECONNREFUSED" }, t0 + 61_000)).toBe(true);
    } finally {
      spy.mockRestore();
    }
  });
});
