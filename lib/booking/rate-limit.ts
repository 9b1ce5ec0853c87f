import type { Pool } from "pg";
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRedis,
  RateLimiterRes,
} from "rate-limiter-flexible";
import { type DbHandle, getDb } from "@/lib/db/client";

/**
 * Limits on booking and lookup, per client IP and per person (ID / phone hash). Counters live
 * in memory by default; with REDIS_URL in Redis, else with DATABASE_URL in Postgres, so that
 * several app servers share them. RATE_LIMIT_SCALE multiplies every allowance (benchmarks and
 * load tests set it high; 0 is not allowed — limits cannot be switched off).
 */
const DAY = 86_400;

export const LIMITS = {
  bookIp: { points: 30, duration: 600 },
  bookPerson: { points: 6, duration: 3600 },
  /** Bookings one client address may make at one office per day (ADR 0010). */
  bookIpOffice: { points: 2, duration: DAY },
  /** … and one network (/24, /48) at one office per day: a scalper's neighbouring addresses count together. */
  bookNetOffice: { points: 4, duration: DAY },
  /**
   * Bookings one mobile number may make in 14 days (the booking window), whatever the ID numbers.
   * (Under 24.8 days: the in-memory store times keys out with setTimeout, which overflows beyond.)
   */
  bookPhone: { points: 3, duration: 14 * DAY },
  lookupIp: { points: 30, duration: 600 },
  lookupNet: { points: 100, duration: 3600 },
  lookupPerson: { points: 10, duration: 3600 },
  /** Wrong mobile numbers tried against one reference per day; then that reference's lookup is frozen. */
  lookupReference: { points: 5, duration: DAY },
} as const;
export type LimitName = keyof typeof LIMITS;

export interface Limiters {
  byName: Record<LimitName, RateLimiterAbstract>;
  /** Closes the Redis connection, if any (the Postgres pool belongs to the database handle). */
  close(): Promise<void>;
}

/** The database the counters can live in: the Postgres server, or the embedded PGlite. */
export type DatabaseStore =
  | { kind: "postgres"; pool: Pool }
  | { kind: "pglite"; client: NonNullable<DbHandle["pglite"]> };

/**
 * Where the counters live: this process's memory, the database, or Redis — with the database as the
 * store Redis falls back to while it is unreachable (never per-process memory, which several app
 * servers would not share: a scalper would get each server's allowance).
 */
export type LimitStore =
  | { kind: "memory" }
  | DatabaseStore
  | { kind: "redis"; url: string; fallback?: DatabaseStore };

const globalKey = Symbol.for("hukou.rateLimiters");
type G = typeof globalThis & { [globalKey]?: Promise<Limiters> };

function scale(): number {
  const s = Number(process.env.RATE_LIMIT_SCALE ?? 1);
  return Number.isFinite(s) && s >= 1 ? s : 1;
}

/** REDIS_URL (falling back to the database), else the Postgres server of DATABASE_URL, else memory. */
async function storeFromEnv(): Promise<LimitStore> {
  const { pool, pglite } = await getDb();
  const database: DatabaseStore | undefined = pool
    ? { kind: "postgres", pool }
    : pglite
      ? { kind: "pglite", client: pglite }
      : undefined;
  if (process.env.REDIS_URL) return { kind: "redis", url: process.env.REDIS_URL, fallback: database };
  return database?.kind === "postgres" ? database : { kind: "memory" };
}

/**
 * Redis health as the limiters see it, for /api/health and the log: "degraded" while the shared store
 * is unreachable (counting then goes to the database). Logged once a minute at most, never per request.
 */
const healthKey = Symbol.for("hukou.rateLimitHealth");
type Health = { redis?: import("ioredis").Redis; lastLog: number; store: LimitStore["kind"] };
type GH = typeof globalThis & { [healthKey]?: Health };
const health = (): Health => {
  const g = globalThis as GH;
  g[healthKey] ??= { lastLog: 0, store: "memory" };
  return g[healthKey];
};

export function logRedisDown(err: { code?: string; message?: string }, now = Date.now()): boolean {
  const h = health();
  if (now - h.lastLog < 60_000) return false;
  h.lastLog = now;
  console.error(
    `[rate-limit] Redis unreachable (${err.code ?? err.message ?? "error"}): limits are counted in the database until it is back`,
  );
  return true;
}

/** "shared" (Redis or the database), "local" (this process's memory), or "degraded" (Redis down). */
export function rateLimitStatus(): "shared" | "local" | "degraded" {
  const h = health();
  if (h.store === "memory") return "local";
  if (h.store === "redis") return h.redis?.status === "ready" ? "shared" : "degraded";
  return "shared";
}

/** For /api/health: creates the limiters if no request has yet (so a down Redis shows from the start). */
export async function currentRateLimitStatus(): Promise<ReturnType<typeof rateLimitStatus>> {
  await limiters();
  return rateLimitStatus();
}

/**
 * Waits (briefly) for the connection: until it is ready every consume would go to the per-process
 * insurance limiter, and counts would not be shared. A Redis that is down does not hold up the start.
 */
function readyWithin(client: import("ioredis").Redis, ms: number): Promise<import("ioredis").Redis> {
  return new Promise((resolve) => {
    if (client.status === "ready") return resolve(client);
    const done = () => {
      clearTimeout(timer);
      client.off("ready", done);
      resolve(client);
    };
    const timer = setTimeout(done, ms);
    client.once("ready", done);
  });
}

export async function createLimiters(store: LimitStore): Promise<Limiters> {
  // One Redis connection shared by all limiters; auto-pipelining sends the counters of a booking (and
  // of concurrent ones) in one write instead of one system call each.
  const redis =
    store.kind === "redis"
      ? await import("ioredis").then(({ Redis }) => {
          const client = new Redis(store.url, {
            enableOfflineQueue: false,
            enableAutoPipelining: true,
            // Keep trying, at most every 5 s: Redis coming back ends the degraded state by itself.
            retryStrategy: (times) => Math.min(times * 200, 5000),
          });
          // Consumes fail over to the database limiter; the log says so once a minute.
          client.on("error", (err) => logRedisDown(err as { code?: string }));
          return readyWithin(client, 2000);
        })
      : undefined;
  const make = async (name: LimitName): Promise<RateLimiterAbstract> => {
    const opts = {
      keyPrefix: `hukou_${name}`,
      points: Math.round(LIMITS[name].points * scale()),
      duration: LIMITS[name].duration,
    };
    const memory = new RateLimiterMemory(opts);
    const inDatabase = (db: DatabaseStore, insuranceLimiter: RateLimiterAbstract) =>
      new Promise<RateLimiterAbstract>((resolve, reject) => {
        const limiter: RateLimiterPostgres = new RateLimiterPostgres(
          {
            ...opts,
            ...(db.kind === "postgres"
              ? { storeClient: db.pool }
              : { storeClient: db.client, storeType: "client" }),
            tableName: "rate_limits",
            insuranceLimiter,
          },
          (err?: Error) => (err ? reject(err) : resolve(limiter)),
        );
      });
    if (redis) {
      // Redis down → the database (shared by every app server), and only without one, memory.
      const fallback =
        store.kind === "redis" && store.fallback ? await inDatabase(store.fallback, memory) : memory;
      return new RateLimiterRedis({
        ...opts,
        storeClient: redis,
        insuranceLimiter: fallback,
        rejectIfRedisNotReady: true,
      });
    }
    // The database store's own insurance: if the database fails, this process's memory rather than
    // refusing everyone (the booking itself would fail on that database anyway).
    if (store.kind === "postgres" || store.kind === "pglite") return inDatabase(store, memory);
    return memory;
  };
  const names = Object.keys(LIMITS) as LimitName[];
  const byName: Partial<Record<LimitName, RateLimiterAbstract>> = {};
  // One after another: the Postgres store creates its table on first use.
  for (const n of names) byName[n] = await make(n);
  const h = health();
  h.store = store.kind;
  h.redis = redis;
  return {
    byName: byName as Record<LimitName, RateLimiterAbstract>,
    close: async () => {
      redis?.disconnect();
    },
  };
}

function limiters(): Promise<Limiters> {
  const g = globalThis as G;
  if (!g[globalKey]) {
    g[globalKey] = storeFromEnv()
      .then(createLimiters)
      .catch((err) => {
        g[globalKey] = undefined;
        throw err;
      });
  }
  return g[globalKey];
}

export type ConsumeResult = { ok: true } | { ok: false; retryAfterSeconds: number };

/** Consumes one point from each (limit, key) pair; the longest wait wins if any is exhausted. */
export async function consume(
  pairs: readonly [LimitName, string][],
  from: Limiters | Promise<Limiters> = limiters(),
): Promise<ConsumeResult> {
  const { byName } = await from;
  const results = await Promise.allSettled(pairs.map(([name, key]) => byName[name].consume(key)));
  let wait = 0;
  for (const r of results) {
    if (r.status === "rejected") {
      if (r.reason instanceof RateLimiterRes) wait = Math.max(wait, Math.ceil(r.reason.msBeforeNext / 1000));
      else throw r.reason;
    }
  }
  return wait > 0 ? { ok: false, retryAfterSeconds: Math.max(1, wait) } : { ok: true };
}

/**
 * Seconds until `key` may be used again when its allowance under `name` is spent, else 0 — without
 * spending anything (the per-reference freeze counts only failures, but checks before every try).
 */
export async function exhaustedFor(
  name: LimitName,
  key: string,
  from: Limiters | Promise<Limiters> = limiters(),
): Promise<number> {
  const { byName } = await from;
  const res = await byName[name].get(key);
  if (!res || res.consumedPoints < byName[name].points) return 0;
  return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
}

/** Spends one point and ignores the answer (recording a failure that is refused anyway). */
export async function spend(
  name: LimitName,
  key: string,
  from: Limiters | Promise<Limiters> = limiters(),
): Promise<void> {
  const { byName } = await from;
  await byName[name].consume(key).catch((err) => {
    if (!(err instanceof RateLimiterRes)) throw err;
  });
}

/** For tests: forget when the last "Redis unreachable" line was logged. */
export function resetRedisLogForTesting(): void {
  health().lastLog = 0;
}

/** For tests: fresh in-memory counters (the configured shared store would outlive the test). */
export function resetRateLimitersForTesting(): void {
  (globalThis as G)[globalKey] = createLimiters({ kind: "memory" });
}
