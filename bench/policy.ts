// npm run bench:policy — evaluations per second per city (all routes of the city for one applicant,
// varied applicants) and the gzip size of the policy code as the browser gets it.
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { DIVISIONS } from "../policies/divisions";
import { evaluate } from "../policies/evaluate";
import { type Answers, FIELD_META, FIELD_NAMES } from "../policies/fields";
import { CITY_IDS, type CityId } from "../policies/types";

// Deterministic PRNG (mulberry32) so runs are comparable.
let seed = 42;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

const applicant = (city: CityId): Answers => {
  const a: Record<string, unknown> = { city, district: pick(DIVISIONS.filter((d) => d.city === city)).id };
  for (const f of FIELD_NAMES) {
    const m = FIELD_META[f];
    if (f === "city" || f === "district" || rand() < 0.2) continue; // some questions not asked yet
    if (m.unknown && rand() < 0.1) a[f] = "unknown";
    else if (m.kind === "enum") a[f] = pick(m.values!);
    else if (m.kind === "boolean") a[f] = rand() < 0.5;
    else if (m.kind === "months" || m.kind === "number") a[f] = Math.floor(rand() * Math.min(m.max! + 1, 61));
    else if (m.kind === "date")
      a[f] = `${1950 + Math.floor(rand() * 70)}-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}`;
  }
  return a as Answers;
};

const opts = { asOf: "2025-06-01" };
const N = 1000;

/**
 * Median evaluations per CPU-second of this process over 5 runs of ~300 ms. CPU time (process.cpuUsage)
 * rather than wall time, so other work on a shared machine does not count against the policy code.
 */
const measure = (people: readonly Answers[]): number => {
  let sink = 0;
  const once = (a: Answers) => {
    for (const r of evaluate(a, opts).routes) sink += r.reasons.length + r.missing.length;
  };
  for (let i = 0; i < 20_000; i++) once(people[i % N]!); // warm-up
  const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;
  const runs: number[] = [];
  for (let r = 0; r < 5; r++) {
    let n = 0;
    const start = process.cpuUsage();
    let spent = 0;
    while (spent < 300) {
      for (let i = 0; i < 1000; i++) once(people[(n + i) % N]!);
      n += 1000;
      spent = cpuMs(process.cpuUsage(start));
    }
    runs.push((n / spent) * 1000);
  }
  if (sink < 0) throw new Error("unreachable");
  return runs.sort((x, y) => x - y)[2]!;
};

const fmt = (n: number) => Math.round(n).toLocaleString("en-US").padStart(10);
console.log(
  "Policy evaluation per CPU-second on one core (all routes of the city per evaluation, 1000 varied applicants)",
);
console.log("  (each evaluation builds every route's verdict, reasons, missing fields and materials)");
for (const city of CITY_IDS) {
  const people = Array.from({ length: N }, () => applicant(city));
  const routes = evaluate(people[0]!, opts).routes.length;
  console.log(`  ${city.padEnd(10)} ${fmt(measure(people))} evaluations/s  (${routes} routes)`);
}

const gz = (s: string) => gzipSync(Buffer.from(s), { level: 9 }).length;
const bundle = async (entry: string, external: string[] = []) => {
  const r = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    platform: "browser",
    format: "esm",
    write: false,
    external,
    logLevel: "silent",
  });
  return r.outputFiles[0]!.text;
};

const lib = await bundle("policies/index.ts", ["zod", "zod/mini"]);
const schema = await bundle("policies/answers.ts", ["zod", "zod/mini"]);
const schemaWithZod = await bundle("policies/answers.ts");
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log("\nClient bundle (esbuild, minified, platform browser, gzip -9)");
console.log(
  `  policies/index.ts          ${kb(gz(lib)).padStart(9)} gzip (${kb(lib.length)} min) — no zod inside`,
);
console.log(
  `  policies/answers.ts schema ${kb(gz(schema)).padStart(9)} gzip (zod external; includes the field table it needs)`,
);
console.log(
  `  answers.ts with zod/mini   ${kb(gz(schemaWithZod)).padStart(9)} gzip — what validating as you type costs, loaded on first input`,
);
