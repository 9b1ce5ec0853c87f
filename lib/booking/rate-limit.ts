import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRedis,
  RateLimiterRes,
} from "rate-limiter-flexible";
import { getDb } from "@/lib/db/client";

/**
 * Limits on booking and lookup, per client IP and per person (ID / phone hash). Counters live
 * in memory by default; with REDIS_URL in Redis, else with DATABASE_URL in Postgres, so that
 * several app servers share them. RATE_LIMIT_SCALE multiplies every allowance (benchmarks and
 * load tests set it high; 0 is not allowed — limits cannot be switched off).
 */
export const LIMITS = {
  bookIp: { points: 30, duration: 600 },
  bookPerson: { points: 6, duration: 3600 },
  lookupIp: { points: 30, duration: 600 },
  lookupPerson: { points: 10, duration: 3600 },
} as const;
export type LimitName = keyof typeof LIMITS;

type Limiters = Record<LimitName, RateLimiterAbstract>;

const globalKey = Symbol.for("hukou.rateLimiters");
type G = typeof globalThis & { [globalKey]?: Promise<Limiters> };

function scale(): number {
  const s = Number(process.env.RATE_LIMIT_SCALE ?? 1);
  return Number.isFinite(s) && s >= 1 ? s : 1;
}

async function createLimiters(memoryOnly = false): Promise<Limiters> {
  // One Redis connection shared by all limiters.
  let redis: Promise<import("ioredis").Redis> | undefined;
  const make = async (name: LimitName): Promise<RateLimiterAbstract> => {
    const opts = {
      keyPrefix: `hukou_${name}`,
      points: Math.round(LIMITS[name].points * scale()),
      duration: LIMITS[name].duration,
    };
    // If the shared store fails, fall back to this process's memory rather than refusing everyone.
    const insuranceLimiter = new RateLimiterMemory(opts);
    if (memoryOnly) return insuranceLimiter;
    if (process.env.REDIS_URL) {
      redis ??= import("ioredis").then(({ Redis }) => {
        const client = new Redis(process.env.REDIS_URL!, {
          enableOfflineQueue: false,
          enableAutoPipelining: true,
        });
        // Errors surface as rejected consumes, which the insurance limiter absorbs.
        client.on("error", () => {});
        return client;
      });
      return new RateLimiterRedis({
        ...opts,
        storeClient: await redis,
        insuranceLimiter,
        rejectIfRedisNotReady: true,
      });
    }
    const { pool } = await getDb();
    if (pool) {
      return new Promise((resolve, reject) => {
        const limiter: RateLimiterPostgres = new RateLimiterPostgres(
          { ...opts, storeClient: pool, tableName: "rate_limits", insuranceLimiter },
          (err?: Error) => (err ? reject(err) : resolve(limiter)),
        );
      });
    }
    return new RateLimiterMemory(opts);
  };
  const names = Object.keys(LIMITS) as LimitName[];
  const out: Partial<Limiters> = {};
  // One after another: the Postgres store creates its table on first use.
  for (const n of names) out[n] = await make(n);
  return out as Limiters;
}

function limiters(): Promise<Limiters> {
  const g = globalThis as G;
  if (!g[globalKey]) {
    g[globalKey] = createLimiters().catch((err) => {
      g[globalKey] = undefined;
      throw err;
    });
  }
  return g[globalKey];
}

/** Consumes one point from each (limit, key) pair; the longest wait wins if any is exhausted. */
export async function consume(
  pairs: readonly [LimitName, string][],
): Promise<{ ok: true } | { ok: false; retryAfterSeconds: number }> {
  const ls = await limiters();
  const results = await Promise.allSettled(pairs.map(([name, key]) => ls[name].consume(key)));
  let wait = 0;
  for (const r of results) {
    if (r.status === "rejected") {
      if (r.reason instanceof RateLimiterRes) wait = Math.max(wait, Math.ceil(r.reason.msBeforeNext / 1000));
      else throw r.reason;
    }
  }
  return wait > 0 ? { ok: false, retryAfterSeconds: Math.max(1, wait) } : { ok: true };
}

/** For tests: fresh in-memory counters (the configured shared store would outlive the test). */
export function resetRateLimitersForTesting(): void {
  (globalThis as G)[globalKey] = createLimiters(true);
}

/**
 * The client's IP as set by the reverse proxy in front of the app (first X-Forwarded-For
 * entry); the proxy must overwrite, not append to, a client-supplied header.
 */
export function clientIp(headers: Headers): string {
  const xff = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return xff || headers.get("x-real-ip") || "local";
}
