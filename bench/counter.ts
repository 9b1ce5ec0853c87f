/**
 * `npm run bench:counter` — call → hall screen latency with 20 counters calling at once (issue 15,
 * requirement 8). Per round every counter records its outcome and calls the next number at the same
 * moment; the time is from the call's start to the event arriving on a display stream:
 *   - PGlite: in one process (the embedded default), the display stream read in-process;
 *   - PostgreSQL (DATABASE_URL, else postgres://postgres@127.0.0.1:5432/test, a fresh database):
 *     the calls made here, the display a `next start` server's /api/hall/<office>/events read over
 *     HTTP — the NOTIFY crosses to another process, as between two app servers.
 * Baseline in the same run: the call transaction alone (callNext + NOTIFY, without delivery); and the
 * delivery alone (commit → event on the stream).
 * A benchmark, not a test: exit code 0 whatever the figures.
 */
import { fileURLToPath } from "node:url";
import pg from "pg";
import { announce, type HallEvent, stopListening } from "@/lib/counter/live";
import { callNext, recordOutcome, walkIn } from "@/lib/counter/queries";
import { queueCode } from "@/lib/counter/queue-code";
import { hallEventStream } from "@/lib/counter/sse";
import { createDb, type DbHandle } from "@/lib/db/client";
import { createPostgresTestDb } from "@/lib/db/testing";
import { buildIfMissing, startNextServer } from "./lib/next-server";

const ROOT = process.env.APP_ROOT ?? fileURLToPath(new URL("..", import.meta.url));
const COUNTERS = 20;
const ROUNDS = Number(process.env.BENCH_ROUNDS) || 15;
const OFFICE = "410105-hall";
const DAY = "2026-12-02";

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)] ?? Number.NaN;
};
const ms = (n: number) => `${n.toFixed(1)} ms`;

/** Reads a text/event-stream body, calling `fn` with each event's data. */
async function readEvents(body: ReadableStream<Uint8Array>, fn: (e: HallEvent) => void) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buf = "";
  for (;;) {
    const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
    if (done) return;
    buf += decoder.decode(value, { stream: true });
    let cut = buf.indexOf("\n\n");
    while (cut >= 0) {
      const block = buf.slice(0, cut);
      buf = buf.slice(cut + 2);
      for (const line of block.split("\n")) if (line.startsWith("data: ")) fn(JSON.parse(line.slice(6)));
      cut = buf.indexOf("\n\n");
    }
  }
}

async function run(
  label: string,
  handle: DbHandle,
  display: (fn: (e: HallEvent) => void) => Promise<() => void>,
) {
  const db = handle.db;
  for (let i = 0; i < COUNTERS * ROUNDS; i++) {
    await walkIn(db, { officeId: OFFICE, day: DAY, businessType: "settlement", staffId: "bench" });
  }
  const started = new Map<string, number>();
  const committed = new Map<string, number>();
  const latency: number[] = [];
  const delivery: number[] = [];
  const tx: number[] = [];
  let seen = 0;
  const stop = await display((e) => {
    if (e.kind !== "call" || !e.code) return;
    const t0 = started.get(e.code);
    const t1 = committed.get(e.code);
    if (t0 !== undefined && t1 !== undefined) {
      latency.push(performance.now() - t0);
      delivery.push(performance.now() - t1);
      seen++;
    }
  });
  const current = new Map<number, string>();
  for (let round = 0; round < ROUNDS; round++) {
    await Promise.all(
      Array.from({ length: COUNTERS }, async (_, i) => {
        const counter = i + 1;
        const previous = current.get(counter);
        if (previous) {
          await recordOutcome(db, {
            visitId: previous,
            officeId: OFFICE,
            outcome: "served",
            missingItems: [],
            staffId: "bench",
          });
        }
        const t0 = performance.now();
        const r = await callNext(db, { officeId: OFFICE, day: DAY, counter, staffId: "bench" });
        if (!r.ok) return;
        const code = queueCode(r.visit.prefix, r.visit.number)!;
        started.set(code, t0);
        committed.set(code, performance.now());
        current.set(counter, r.visit.id);
        await announce(handle, { officeId: OFFICE, day: DAY, kind: "call", code, counter, at: Date.now() });
        tx.push(performance.now() - t0);
      }),
    );
  }
  const deadline = Date.now() + 5000;
  while (seen < started.size && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  stop();
  console.log(
    `${label.padEnd(34)} calls ${String(started.size).padStart(4)}  shown ${String(seen).padStart(4)}  ` +
      `call→screen p50 ${ms(pct(latency, 50))} p99 ${ms(pct(latency, 99))}  |  baseline: call tx + notify p50 ${ms(pct(tx, 50))} p99 ${ms(pct(tx, 99))}  |  commit→screen p50 ${ms(pct(delivery, 50))} p99 ${ms(pct(delivery, 99))}`,
  );
}

async function main() {
  console.log(`bench:counter — ${COUNTERS} counters calling at once, ${ROUNDS} rounds`);
  // PGlite, the embedded default: one process.
  const lite = await createDb({ PGLITE_DIR: "memory://" });
  await run("PGlite (in-process stream)", lite, async (fn) => {
    const ctl = new AbortController();
    const res = hallEventStream(lite, OFFICE, ctl.signal);
    void readEvents(res.body!, fn);
    return () => ctl.abort();
  });
  await lite.close();

  const url = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
  const probe = new pg.Client({ connectionString: url });
  const up = await probe.connect().then(
    () => true,
    () => false,
  );
  await probe.end().catch(() => {});
  if (!up) {
    console.log("PostgreSQL does not answer: skipped");
    return;
  }
  const test = await createPostgresTestDb(url);
  try {
    await run("PostgreSQL (NOTIFY, same process)", test.handle, async (fn) => {
      const ctl = new AbortController();
      const res = hallEventStream(test.handle, OFFICE, ctl.signal);
      void readEvents(res.body!, fn);
      await new Promise((r) => setTimeout(r, 200));
      return () => ctl.abort();
    });
    await test.handle.pool!.query("delete from counter_visits; delete from queue_counters");
    buildIfMissing(ROOT);
    // A server on PostgreSQL refuses to start without a shared ID hash key (issue 14).
    const server = await startNextServer({
      root: ROOT,
      env: {
        ...test.env,
        ID_HASH_KEY: process.env.ID_HASH_KEY ?? "bench-key-for-child-servers-0123456789abcdef",
      },
      healthPath: "/api/health",
    });
    try {
      await run("PostgreSQL (NOTIFY → next start SSE)", test.handle, async (fn) => {
        const ctl = new AbortController();
        const res = await fetch(`${server.origin}/api/hall/${OFFICE}/events`, { signal: ctl.signal });
        void readEvents(res.body!, fn);
        await new Promise((r) => setTimeout(r, 300));
        return () => ctl.abort();
      });
    } finally {
      await server.stop();
    }
  } finally {
    await stopListening();
    await test.dispose();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
