/**
 * `npm run bench:upload` — 2 MB phone photos through the whole upload path (bounded multipart parse,
 * magic-byte check, sharp re-encode, AES-GCM seal, store, database row under the case lock), on the
 * embedded folder store and on an S3-protocol server (s3rver, started here), with PGlite. In the same
 * run, the baseline: sealing and storing the same bytes with no checks — what the checks cost.
 * Prints uploads/s and p50/p99 per store. A benchmark, not a test: exit code 0 whatever the figures.
 */
import { performance } from "node:perf_hooks";
import { createDb } from "@/lib/db/client";
import { photo } from "@/lib/files/tests/samples";
import { STORE_FACTORIES } from "@/lib/files/tests/stores";
import { openCase } from "@/lib/prereview/cases";
import { createUploadLimiters, UPLOAD_LIMITS } from "@/lib/prereview/limits";
import { bookedAppointment, LINES, uploadRequest } from "@/lib/prereview/tests/fixtures";
import { uploadToCase } from "@/lib/prereview/upload";

const N = Number(process.env.BENCH_UPLOADS) || 40;
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY) || 2;

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? 0;
};

async function run(label: string, n: number, one: (i: number) => Promise<void>) {
  const times: number[] = [];
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let i = next++; i < n; i = next++) {
        const t0 = performance.now();
        await one(i);
        times.push(performance.now() - t0);
      }
    }),
  );
  const secs = (performance.now() - start) / 1000;
  return { label, perSecond: n / secs, p50: pct(times, 50), p99: pct(times, 99) };
}

// A 2 MB photo: noise compresses as badly as a real photo of paper does.
let bytes = await photo({ width: 1400, height: 1000, noise: true });
let w = 1400;
while (bytes.length < 2 * 1024 * 1024) {
  w += 200;
  bytes = await photo({ width: w, height: Math.round((w * 3) / 4), noise: true });
}
console.log(
  `photo: ${(bytes.length / 1024 / 1024).toFixed(2)} MB JPEG, ${N} uploads per run, ${CONCURRENCY} at a time`,
);

const rows: { store: string; label: string; perSecond: number; p50: number; p99: number }[] = [];
for (const factory of STORE_FACTORIES) {
  const db = await createDb({ PGLITE_DIR: "memory://" });
  const s = await factory.create();
  const big = {
    ...UPLOAD_LIMITS,
    uploadCase: { points: 1e6, duration: 3600 },
    uploadIp: { points: 1e6, duration: 3600 },
  };
  const limiters = await createUploadLimiters(
    { kind: "memory" },
    {
      ...big,
      uploadIpKib: { points: 1e9, duration: 86_400 },
      uploadOffice: { points: 1e6, duration: 86_400 },
    },
  );
  // One case per upload, as a queue of residents would (a case holds at most 60 files).
  const cases: string[] = [];
  for (let i = 0; i < N; i++) {
    const o = await openCase(db.db, await bookedAppointment(db.db));
    if (!o.ok) throw new Error(o.reason);
    cases.push(o.case.id);
  }
  rows.push({
    store: s.label,
    ...(await run("baseline: seal + store only", N, async () => void (await s.store.save(bytes)))),
  });
  rows.push({
    store: s.label,
    ...(await run("upload: parse + check + re-encode + seal + store + row", N, async (i) => {
      const r = await uploadToCase(cases[i]!, uploadRequest(bytes, { item: LINES[0] }), {
        db: db.db,
        store: s.store,
        limiters,
        ip: "bench",
      });
      if (r.status !== "stored") throw new Error(`upload ${r.status}`);
    })),
  });
  await s.dispose();
  await db.close();
}
console.log("");
console.log(
  "store".padEnd(18),
  "run".padEnd(56),
  "uploads/s".padStart(10),
  "p50 ms".padStart(8),
  "p99 ms".padStart(8),
);
for (const r of rows) {
  console.log(
    r.store.padEnd(18),
    r.label.padEnd(56),
    r.perSecond.toFixed(1).padStart(10),
    r.p50.toFixed(0).padStart(8),
    r.p99.toFixed(0).padStart(8),
  );
}
