/**
 * `npm run bench:booking` — starts the production build (`next start`) on 127.0.0.1 and runs
 * autocannon at 50 connections against /api/health and POST /api/v1/bookings in the same run,
 * then the race (200 concurrent attempts on one 5-seat slot). Once on embedded PGlite and, when
 * a PostgreSQL server answers (DATABASE_URL, else postgres://postgres@127.0.0.1:5432/test), on
 * a fresh database there: with the rate-limit counters in Redis when one answers (REDIS_URL, else
 * 127.0.0.1:6379, database 15) — the setup for several app servers — and in Postgres. Prints
 * bookings/s, p50/p99 latency, the ratio to the health route, the POST floor and the race result. Targets on Postgres (issue 5): ≥ 300 bookings/s, p99 ≤ 250 ms, ratio ≥ 0.3.
 *
 * Every booking is a different (valid) person on a free seat; rate limits are scaled up with
 * RATE_LIMIT_SCALE because all requests come from one address. A benchmark, not a test: exit
 * code 0 whatever the figures; 1 only when a server fails to start.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { Redis } from "ioredis";
import pg from "pg";
import { person } from "@/lib/booking/test-helpers";
import { race } from "@/lib/booking/tests/race";
import { createPostgresTestDb } from "@/lib/db/testing";
import { buildIfMissing, killGroupNow, startNextServer } from "./lib/next-server";

const ROOT = process.env.APP_ROOT ?? fileURLToPath(new URL("..", import.meta.url));
const DURATION = Number(process.env.BENCH_DURATION) || 10;
const WARMUP = Number(process.env.BENCH_WARMUP) || 2;
const CONNECTIONS = 50;
const TARGET = { bookingsPerSecond: 300, p99: 250, ratio: 0.3 };
const OFFICES_URL = "/api/v1/bookings/offices";

interface Figures {
  database: string;
  healthRps: number;
  floorRps: number;
  bookingsPerSecond: number;
  p50: number;
  p99: number;
  ratio: number;
  non2xx: number;
  statuses: string;
  errors: number;
  race: string;
}

async function postgresUrl(): Promise<string | undefined> {
  const url = process.env.DATABASE_URL?.startsWith("postgres")
    ? process.env.DATABASE_URL
    : "postgres://postgres@127.0.0.1:5432/test";
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return url;
  } catch {
    return undefined;
  }
}

/**
 * Redis for the rate-limit counters: REDIS_URL, else a local server on its own database number (15),
 * so the benchmark's counters stay out of database 0.
 */
async function redisUrl(): Promise<string | undefined> {
  const url = process.env.REDIS_URL || "redis://127.0.0.1:6379/15";
  const client = new Redis(url, { lazyConnect: true, connectTimeout: 1000, maxRetriesPerRequest: 0 });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.ping();
    return url;
  } catch {
    return undefined;
  } finally {
    client.disconnect();
  }
}

/** Every free seat of every office in the booking window, shuffled: one per booking request. */
async function seats(origin: string): Promise<{ officeId: string; date: string; time: string }[]> {
  const { offices } = (await (await fetch(`${origin}${OFFICES_URL}`)).json()) as {
    offices: { id: string }[];
  };
  const out: { officeId: string; date: string; time: string }[] = [];
  for (const o of offices) {
    const body = (await (await fetch(`${origin}/api/v1/bookings/slots?office=${o.id}`)).json()) as {
      days: { date: string; slots: { start: string; remaining: number }[] }[];
    };
    for (const d of body.days)
      for (const s of d.slots)
        for (let i = 0; i < s.remaining; i++) out.push({ officeId: o.id, date: d.date, time: s.start });
  }
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function once(opts: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(opts, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

/**
 * The same load for WARMUP seconds first, not counted: the first second of a fresh route runs cold
 * (connections opening, code not yet optimised; p99 near 1 s there, 130–240 ms after), and the figures
 * are about the running service. Every route gets the same warm-up.
 */
async function run(opts: autocannon.Options, afterWarmup?: () => void): Promise<autocannon.Result> {
  await once({ ...opts, duration: WARMUP });
  afterWarmup?.();
  return once(opts);
}

async function measure(database: string, origin: string): Promise<Figures> {
  // The race first, on an empty 5-seat slot, so the load below cannot fill it beforehand.
  const r = await race(origin);
  const raceText = `${r.confirmed} confirmed, ${r.full} told full (${r.withSuggestions} with suggestions), other: ${r.other.length}`;

  const health = await run({
    url: `${origin}/api/health`,
    connections: CONNECTIONS,
    duration: DURATION,
  });
  const pool = await seats(origin);
  let n = 0;
  const statuses = new Map<string, number>();
  // Keeps person() within valid birth dates and 11-digit phone numbers.
  const base = 5_000_000 + Math.floor(Math.random() * 90) * 50_000;
  const bookingRequest = (req: autocannon.Request) => {
    const i = n++;
    const seat = pool[i % pool.length]!;
    return {
      ...req,
      headers: { "content-type": "application/json", "idempotency-key": `bench-${base + i}` },
      body: JSON.stringify({ ...seat, business: "settlement", routeId: "bench", ...person(base + i) }),
    };
  };
  // What Next itself allows for the same POST (bodies of the same shape, nothing booked).
  const floor = await run({
    url: `${origin}/api/bench-echo`,
    connections: CONNECTIONS,
    duration: DURATION,
    requests: [{ method: "POST", setupRequest: bookingRequest }],
  });
  const booking = await run(
    {
      url: `${origin}/api/v1/bookings`,
      connections: CONNECTIONS,
      duration: DURATION,
      requests: [
        {
          method: "POST",
          setupRequest: bookingRequest,
          onResponse: (status, body) => {
            const code =
              status >= 300 ? `${status} ${/"code":"(\w+)"/.exec(body)?.[1] ?? ""}` : String(status);
            statuses.set(code, (statuses.get(code) ?? 0) + 1);
          },
        },
      ],
    },
    () => statuses.clear(),
  );
  const created = booking["2xx"];
  const bookingsPerSecond = created / DURATION;
  return {
    database,
    healthRps: health.requests.average,
    floorRps: floor["2xx"] / DURATION,
    bookingsPerSecond,
    p50: booking.latency.p50,
    p99: booking.latency.p99,
    ratio: bookingsPerSecond / health.requests.average,
    non2xx: booking.non2xx,
    statuses: [...statuses].map(([k, v]) => `${k}: ${v}`).join(", "),
    errors: booking.errors,
    race: raceText,
  };
}

async function withServer(database: string, env: Record<string, string>): Promise<Figures> {
  let pid: number | undefined;
  const onExit = () => killGroupNow(pid);
  process.on("exit", onExit);
  const server = await startNextServer({
    root: ROOT,
    env: { ...env, RATE_LIMIT_SCALE: "1000000", NODE_ENV: "production", BENCH_BOOKING: "1" },
    healthPath: OFFICES_URL,
    onSpawn: (p) => {
      pid = p;
    },
  });
  try {
    return await measure(database, server.origin);
  } finally {
    await server.stop();
    process.off("exit", onExit);
  }
}

function print(all: Figures[]) {
  console.log(
    `\nbooking benchmark — ${CONNECTIONS} connections, ${DURATION} s per route after ${WARMUP} s of warm-up, next start on 127.0.0.1`,
  );
  for (const f of all) {
    const ok = (b: boolean) => (b ? "ok" : "BELOW TARGET");
    console.log(`\n[${f.database}]`);
    console.log(`  /api/health           ${f.healthRps.toFixed(0)} req/s`);
    console.log(
      `  POST floor            ${f.floorRps.toFixed(0)} req/s   (same bodies, parsed and answered 201 by /api/bench-echo)`,
    );
    console.log(
      `  bookings/s            ${f.bookingsPerSecond.toFixed(0)}   (target ≥ ${TARGET.bookingsPerSecond}: ${ok(f.bookingsPerSecond >= TARGET.bookingsPerSecond)})`,
    );
    console.log(
      `  latency p50 / p99     ${f.p50} ms / ${f.p99} ms   (p99 target ≤ ${TARGET.p99}: ${ok(f.p99 <= TARGET.p99)})`,
    );
    console.log(
      `  ratio to health       ${f.ratio.toFixed(3)}   (target ≥ ${TARGET.ratio}: ${ok(f.ratio >= TARGET.ratio)})`,
    );
    console.log(`  non-2xx / errors      ${f.non2xx} / ${f.errors}   (${f.statuses})`);
    console.log(`  race (200 on 5 seats) ${f.race}`);
  }
  console.log("\n(targets apply to PostgreSQL; PGlite figures are for comparison)");
}

async function main() {
  // BENCH_ORIGIN measures a server started by hand (e.g. under `node --cpu-prof`, with
  // RATE_LIMIT_SCALE=1000000 BENCH_BOOKING=1); it must serve an empty booking database.
  const origin = process.env.BENCH_ORIGIN;
  if (origin) {
    const health = (await (await fetch(`${origin}/api/health`)).json()) as { database: string };
    print([await measure(`${health.database} at ${origin}`, origin)]);
    return;
  }
  buildIfMissing(ROOT);
  const results: Figures[] = [];
  // BENCH_DATABASES=postgres (or pglite) runs only one of the two.
  const only = process.env.BENCH_DATABASES;
  if (only !== "postgres") {
    const dir = mkdtempSync(join(tmpdir(), "hukou-bench-"));
    try {
      results.push(
        await withServer("PGlite (embedded) · rate limits in memory", {
          PGLITE_DIR: join(dir, "pglite"),
          DATABASE_URL: "",
          REDIS_URL: "",
        }),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const url = only === "pglite" ? undefined : await postgresUrl();
  if (!url) console.log("PostgreSQL not reachable (DATABASE_URL / 127.0.0.1:5432): PGlite only");
  const redis = url ? await redisUrl() : undefined;
  if (url && !redis)
    console.log("Redis not reachable (REDIS_URL / 127.0.0.1:6379): rate limits in Postgres only");
  // The scaled-out setup keeps rate-limit counters in Redis; the Postgres store is measured beside it.
  const stores: [string, Record<string, string>][] = [
    ...(redis
      ? ([["rate limits in Redis", { REDIS_URL: redis }]] as [string, Record<string, string>][])
      : []),
    ["rate limits in Postgres", { REDIS_URL: "" }],
  ];
  for (const [label, env] of url ? stores : []) {
    const db = await createPostgresTestDb(url!);
    await db.handle.close();
    try {
      results.push(await withServer(`PostgreSQL · ${label}`, { ...db.env, ...env }));
    } finally {
      await db.dispose();
    }
  }
  print(results);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
