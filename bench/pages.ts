/**
 * `npm run bench:pages` — Lighthouse (mobile preset: the default config, simulated slow 4G and
 * 4× CPU slowdown) in Debian Chromium against a production server this script starts on
 * 127.0.0.1, on a bare "hello" page of the same app and on the pages residents use. Each page
 * is measured RUNS times (rounds interleave the pages so machine noise hits all of them alike)
 * and the median of each figure is compared with the bare page's from the same run (ADR 0004).
 *
 * A benchmark, not a test: exit code 0 whatever the verdicts; 1 only when the server or
 * Lighthouse itself fails. Full reports of the last round go to .reports/bench-pages/.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { type Result } from "lighthouse";
import { chromiumLaunch } from "../e2e/support/chromium";
import { type FirstFrame, firstFrame, type TraceEvent } from "./lib/first-frame";
import { buildIfMissing, killGroupNow, type RunningServer, startNextServer } from "./lib/next-server";
import { type Reaper, startReaper } from "./lib/reaper";

/**
 * The pages measured, in print order. `bare` is the baseline the others are compared with; a page with
 * `careOf` is the same page in 关怀模式 (the care cookie sent with every request), compared with its
 * standard-mode twin from the same run (ADR 0015).
 */
const answers = "v=1&c=zhengzhou&d=410105&b=1990-05-01&o=other-city&hr=1&p=1&pm=14";
type Page = { id: string; label: string; path: string; bare?: true; careOf?: string };
const STANDARD: readonly Page[] = [
  { id: "bare", label: "bare hello (baseline)", path: "/bench-hello", bare: true },
  { id: "start", label: "start", path: "/zh-Hans" },
  { id: "question", label: "question (district)", path: "/zh-Hans/check/district?v=1&c=zhengzhou" },
  { id: "result", label: "result", path: `/zh-Hans/result?${answers}` },
  { id: "checklist", label: "checklist", path: `/zh-Hans/checklist?${answers}` },
];
const CARE_COOKIE = "care=1";
// Each care page right after its twin: within a round they are measured back to back, so the machine's
// drift over a round falls on both alike.
const PAGES: readonly Page[] = STANDARD.flatMap((p) =>
  p.bare ? [p] : [p, { id: `${p.id}-care`, label: `${p.label} · care`, path: p.path, careOf: p.id }],
);

const RUNS = Number(process.env.BENCH_RUNS) || 5; // scores swing ±3 run to run here: 5 runs per median
const ATTEMPTS = 3;
const TARGET = { minPerformance: 90, accessibility: 100, cls: 0, maxBytesRatio: 1.3 };
const CHROMIUM = chromiumLaunch.executablePath;
const CHROME_FLAGS = ["--headless=new", ...chromiumLaunch.args];

const root = fileURLToPath(new URL("..", import.meta.url));
const reportDir = join(root, ".reports", "bench-pages");

type Figures = {
  performance: number;
  accessibility: number;
  lcp: number;
  frame: FirstFrame;
  tbt: number;
  cls: number;
  jsBytes: number;
  totalBytes: number;
  a11yFailures: string[];
};
type Row =
  | { page: Page; state: "missing"; note: string }
  | { page: Page; state: "error"; note: string }
  | { page: Page; state: "measured"; runs: Figures[]; median: Figures };

// Everything this run starts or writes outside .reports: the server, the current Chromium, and
// one temporary folder (the server's PGlite database, Chromium profiles) that the reaper removes.
let server: RunningServer | undefined;
let serverPid: number | undefined;
let chrome: chromeLauncher.LaunchedChrome | undefined;
let workDir: string | undefined;
let reaper: Reaper | undefined;
let browserVersion = "";

async function cleanup(): Promise<void> {
  const c = chrome;
  chrome = undefined;
  if (c) await Promise.resolve(c.kill()).catch(() => {});
  const s = server;
  server = undefined;
  if (s) await s.stop();
  serverPid = undefined;
  reaper?.dismiss();
  reaper = undefined;
}

// `process.on`, not `once`: Ctrl-C reaches this process twice (from the terminal and relayed by
// tsx), and a second signal with no listener would kill it before the cleanup is done. (tsx
// SIGKILLs a child too busy to acknowledge within 30 ms; the reaper cleans up after that.)
let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.error(`\n${signal}: stopping Chromium and the server`);
    void cleanup().finally(() => process.exit(130));
  });
}
// If something calls process.exit before cleanup ran (the reaper covers a SIGKILL).
process.once("exit", () => {
  killGroupNow(chrome?.pid);
  killGroupNow(serverPid);
});
// Lighthouse leaves a rejected promise behind when its browser goes away mid-run (as on Ctrl-C).
process.on("unhandledRejection", (reason) => {
  if (stopping) return;
  stopping = true;
  console.error(`\nbench:pages failed: ${reason instanceof Error ? reason.message : String(reason)}`);
  void cleanup().finally(() => process.exit(1));
});

/** While a signal handler stops everything and exits, the main flow just waits. */
const untilExit = () => new Promise<never>(() => {});

async function main(): Promise<number> {
  buildIfMissing(root);
  workDir = mkdtempSync(join(tmpdir(), "bench-pages-"));
  reaper = startReaper(workDir);
  const pgliteDir = join(workDir, "pglite");
  server = await startNextServer({
    root,
    env: { BENCH_PAGES: "1", PGLITE_DIR: pgliteDir },
    healthPath: "/api/health",
    onSpawn: (pid) => {
      serverPid = pid;
      reaper?.track(pid);
    },
  });
  // An existing build is used as is: say which one, so a stale .next is noticed.
  const buildId = join(root, ".next", "BUILD_ID");
  console.log(
    `› build ${readFileSync(buildId, "utf8").trim()} from ${statSync(buildId).mtime.toISOString()}`,
  );
  console.log(`› production server on ${server.origin} (BENCH_PAGES=1, PGLITE_DIR=${pgliteDir})`);
  // Without a Chinese font every Han character is a box: layout (and so LCP) is not a resident's.
  const zhFonts = spawnSync("fc-list", [":lang=zh", "family"], { encoding: "utf8" }).stdout?.trim();
  console.log(
    zhFonts
      ? `› Chinese font: ${zhFonts.split("\n")[0]}`
      : "› WARNING: no Chinese font (fc-list :lang=zh); `npm test` installs fonts-wqy-microhei",
  );

  // Which pages exist: a 404 (or a redirect away from the page) is reported, not measured.
  // Fetching each page twice also warms the server so the first Lighthouse run is not penalised.
  const rows = new Map<string, Row>();
  const toMeasure: Page[] = [];
  for (const page of PAGES) {
    const problem = await preflight(server.origin, page.path, page.careOf !== undefined);
    if (problem) rows.set(page.id, { page, state: problem.state, note: problem.note });
    else toMeasure.push(page);
  }

  const runs = new Map<string, Figures[]>(toMeasure.map((p) => [p.id, []]));
  let lighthouseFailed = false;
  let environment: Result["environment"] | undefined;
  let settings: Result["configSettings"] | undefined;
  let lhVersion = "";
  mkdirSync(reportDir, { recursive: true });
  for (let round = 1; round <= RUNS; round++) {
    for (const page of toMeasure) {
      if (stopping) return untilExit();
      if (rows.has(page.id)) continue; // failed in an earlier round
      // Lighthouse's own trace errors (NO_NAVSTART, NO_FCP …) come and go on a busy machine and
      // it asks to be run again: up to ATTEMPTS tries before the page counts as failed.
      for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
        process.stdout.write(
          `› round ${round}/${RUNS}: ${page.label}${attempt > 1 ? ` (try ${attempt})` : ""} … `,
        );
        const started = Date.now();
        try {
          const { lhr, trace } = await runLighthouse(
            `${server.origin}${page.path}`,
            page.careOf !== undefined,
          );
          environment = lhr.environment;
          settings = lhr.configSettings;
          lhVersion = lhr.lighthouseVersion;
          if (round === RUNS) writeFileSync(join(reportDir, `${page.id}.json`), JSON.stringify(lhr));
          const figures = extract(lhr, trace);
          runs.get(page.id)!.push(figures);
          console.log(`perf ${figures.performance}, ${((Date.now() - started) / 1000).toFixed(0)} s`);
          break;
        } catch (error) {
          if (stopping) return untilExit();
          const note = error instanceof Error ? error.message : String(error);
          console.log(`Lighthouse failed: ${note}`);
          if (attempt === ATTEMPTS) {
            lighthouseFailed = true;
            rows.set(page.id, { page, state: "error", note: `Lighthouse failed ${ATTEMPTS}×: ${note}` });
          }
        }
      }
    }
  }
  for (const page of toMeasure) {
    const pageRuns = runs.get(page.id)!;
    if (!rows.has(page.id) && pageRuns.length > 0) {
      rows.set(page.id, { page, state: "measured", runs: pageRuns, median: medianOf(pageRuns) });
    }
  }

  await cleanup();
  printReport(
    PAGES.map((p) => rows.get(p.id)!),
    { environment, settings, lhVersion },
  );
  return lighthouseFailed ? 1 : 0;
}

async function preflight(
  origin: string,
  path: string,
  care: boolean,
): Promise<{ state: "missing" | "error"; note: string } | null> {
  for (let attempt = 0; attempt < 2; attempt++) {
    let response: Response;
    let html = "";
    try {
      response = await fetch(`${origin}${path}`, {
        redirect: "manual",
        signal: AbortSignal.timeout(30_000),
        headers: care ? { Cookie: CARE_COOKIE } : {},
      });
      html = await response.text();
    } catch (error) {
      return { state: "error", note: `no answer: ${error instanceof Error ? error.message : String(error)}` };
    }
    if (response.status === 404) return { state: "missing", note: "page missing (404)" };
    if (response.status >= 300 && response.status < 400) {
      const location = response.headers.get("location") ?? "?";
      return { state: "missing", note: `page missing (${response.status} redirect to ${location})` };
    }
    if (response.status !== 200) return { state: "error", note: `server answered ${response.status}` };
    // A build without care mode would measure the standard page twice.
    if (care && !/<html[^>]*class="care"/.test(html))
      return { state: "missing", note: "no care mode in this build" };
  }
  return null;
}

let profiles = 0;

async function runLighthouse(url: string, care: boolean): Promise<{ lhr: Result; trace: TraceEvent[] }> {
  const userDataDir = join(workDir!, `chromium-profile-${++profiles}`);
  mkdirSync(userDataDir);
  const launched = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: CHROME_FLAGS,
    userDataDir,
    handleSIGINT: false, // ours stops the server too
    logLevel: "silent",
  });
  chrome = launched;
  reaper?.track(launched.pid); // chrome-launcher starts Chromium as its own process group
  try {
    if (!browserVersion) {
      const version = await fetch(`http://127.0.0.1:${launched.port}/json/version`).then((r) => r.json());
      browserVersion = String((version as { Browser?: string }).Browser ?? "");
    }
    // No config: Lighthouse's default, i.e. the mobile preset (formFactor mobile, simulated throttling).
    const result = await lighthouse(url, {
      port: launched.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility"],
      disableFullPageScreenshot: true,
      // Care mode is a cookie the server reads: sent with every request of the load, like a resident's.
      extraHeaders: care ? { Cookie: CARE_COOKIE } : null,
    });
    if (!result) throw new Error("no result");
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    const trace = (result.artifacts as { Trace?: { traceEvents?: TraceEvent[] } }).Trace?.traceEvents ?? [];
    return { lhr, trace };
  } finally {
    if (chrome === launched) chrome = undefined;
    await Promise.resolve(launched.kill()).catch(() => {});
    reaper?.untrack(launched.pid);
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

type ResourceRow = { resourceType?: string; transferSize?: number };

function extract(lhr: Result, trace: readonly TraceEvent[]): Figures {
  const score = (id: string) => {
    const value = lhr.categories[id]?.score;
    if (typeof value !== "number") throw new Error(`no ${id} score`);
    return Math.round(value * 100);
  };
  const numeric = (id: string) => {
    const value = lhr.audits[id]?.numericValue;
    if (typeof value !== "number") throw new Error(`no ${id} value`);
    return value;
  };
  const items = (id: string): ResourceRow[] => {
    const details = lhr.audits[id]?.details as { items?: ResourceRow[] } | undefined;
    return details?.items ?? [];
  };
  // resource-summary sums transferSize per resource type; network-requests is the fallback.
  const summary = items("resource-summary");
  const requests = items("network-requests");
  const summed = (rows: ResourceRow[]) => rows.reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
  const jsBytes =
    summary.find((r) => r.resourceType === "script")?.transferSize ??
    summed(requests.filter((r) => r.resourceType === "Script"));
  const totalBytes = summary.find((r) => r.resourceType === "total")?.transferSize ?? summed(requests);
  const a11yFailures = (lhr.categories.accessibility?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0)
    .filter((ref) => {
      const audit = lhr.audits[ref.id];
      return audit?.score !== null && audit?.score !== undefined && audit.score < 1;
    })
    .map((ref) => ref.id);
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    lcp: numeric("largest-contentful-paint"),
    frame: firstFrame(lhr, trace),
    tbt: numeric("total-blocking-time"),
    cls: numeric("cumulative-layout-shift"),
    jsBytes,
    totalBytes,
    a11yFailures,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median of each figure on its own (the runs' scores and sizes need not come from one run). */
function medianOf(runs: Figures[]): Figures {
  const m = (key: Exclude<keyof Figures, "a11yFailures" | "frame">) => median(runs.map((r) => r[key]));
  const f = (key: keyof FirstFrame) => median(runs.map((r) => r.frame[key]));
  return {
    performance: m("performance"),
    accessibility: m("accessibility"),
    lcp: m("lcp"),
    frame: {
      stylesheetMs: f("stylesheetMs"),
      styleLayoutMs: f("styleLayoutMs"),
      presentedMs: f("presentedMs"),
      jsLoadedBytes: f("jsLoadedBytes"),
    },
    tbt: m("tbt"),
    cls: m("cls"),
    jsBytes: m("jsBytes"),
    totalBytes: m("totalBytes"),
    a11yFailures: [...new Set(runs.flatMap((r) => r.a11yFailures))],
  };
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)}`;
const ms = (value: number) => `${Math.round(value)}`;
const clsText = (value: number) =>
  value === 0 ? "0" : value < 0.001 ? value.toExponential(1) : value.toFixed(3);

/** A plain-text table; a body row of two cells (label, note) lets the note span the other columns. */
function table(head: string[], body: string[][], rightAligned: (i: number) => boolean): string {
  const full = body.filter((r) => r.length > 2);
  const widths = head.map((h, i) =>
    Math.max(h.length, ...(i === 0 ? body : full).map((r) => (r[i] ?? "").length)),
  );
  const line = (cells: string[]) =>
    cells.length <= 2
      ? `${(cells[0] ?? "").padEnd(widths[0]!)}  ${cells[1] ?? ""}`
      : cells
          .map((c, i) => (rightAligned(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
          .join("  ")
          .trimEnd();
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}

function printReport(
  rows: Row[],
  meta: { environment?: Result["environment"]; settings?: Result["configSettings"]; lhVersion: string },
): void {
  const { environment, settings } = meta;
  console.log("\n=== bench:pages — Lighthouse, median of", RUNS, "runs per page ===");
  if (settings && environment) {
    const t = settings.throttling;
    console.log(
      `Lighthouse ${meta.lhVersion} · ${browserVersion || "Chromium"} (${CHROMIUM}) · ` +
        `formFactor ${settings.formFactor} · throttling ${settings.throttlingMethod} ` +
        `(RTT ${t.rttMs} ms, ${t.throughputKbps} Kbps, CPU ×${t.cpuSlowdownMultiplier}) · ` +
        `benchmarkIndex ${environment.benchmarkIndex}`,
    );
  }
  const bare = rows.find((r) => r.page.bare);
  const bareFigures = bare?.state === "measured" ? bare.median : undefined;

  console.log(
    `\n${table(
      ["Page", "Perf", "(runs)", "A11y", "LCP ms", "TBT ms", "CLS", "JS KiB", "Total KiB", "× bare", "Path"],
      rows.map((row) => {
        if (row.state !== "measured") return [row.page.label, `${row.note} — ${row.page.path}`];
        const f = row.median;
        return [
          row.page.label,
          String(f.performance),
          row.runs.map((r) => r.performance).join("/"),
          String(f.accessibility),
          ms(f.lcp),
          ms(f.tbt),
          clsText(f.cls),
          kib(f.jsBytes),
          kib(f.totalBytes),
          bareFigures ? (f.totalBytes / bareFigures.totalBytes).toFixed(2) : "—",
          row.page.path,
        ];
      }),
      (i) => i >= 1 && i <= 9 && i !== 2,
    )}`,
  );

  console.log(
    "\nFirst frame, in the unthrottled load Lighthouse simulates from (medians; ADR 0004). JavaScript loaded" +
      "\nbefore the frame was presented is added to the simulated LCP:",
  );
  console.log(
    table(
      ["Page", "Stylesheet loaded ms", "Style + layout ms", "Frame presented ms", "JS loaded by then KiB"],
      rows.map((row) => {
        if (row.state !== "measured") return [row.page.label, row.note];
        const { frame } = row.median;
        return [
          row.page.label,
          ms(frame.stylesheetMs),
          ms(frame.styleLayoutMs),
          ms(frame.presentedMs),
          kib(frame.jsLoadedBytes),
        ];
      }),
      (i) => i >= 1,
    ),
  );

  console.log("\nTargets (issue 4, requirement 10), each page against the bare page of this run:");
  const verdicts: string[][] = [];
  let passes = 0;
  let fails = 0;
  const verdict = (ok: boolean, detail: string) => {
    if (ok) passes++;
    else fails++;
    return `${ok ? "PASS" : "FAIL"} ${detail}`;
  };
  for (const row of rows) {
    if (row.page.bare) continue;
    if (row.state !== "measured") {
      verdicts.push([row.page.label, row.note]);
      continue;
    }
    const f = row.median;
    const limit = bareFigures ? bareFigures.totalBytes * TARGET.maxBytesRatio : undefined;
    verdicts.push([
      row.page.label,
      bareFigures
        ? verdict(f.performance >= bareFigures.performance, `${f.performance} ≥ ${bareFigures.performance}`)
        : "no baseline",
      verdict(f.performance >= TARGET.minPerformance, `${f.performance} ≥ ${TARGET.minPerformance}`),
      verdict(f.accessibility >= TARGET.accessibility, `${f.accessibility} = ${TARGET.accessibility}`),
      verdict(f.cls === TARGET.cls, `${clsText(f.cls)} = 0`),
      limit !== undefined
        ? verdict(f.totalBytes <= limit, `${kib(f.totalBytes)} ≤ ${kib(limit)} KiB`)
        : "no baseline",
    ]);
  }
  console.log(
    table(
      ["Page", "Perf ≥ bare", "Perf ≥ 90", "A11y 100", "CLS 0", "Bytes ≤ 1.3× bare"],
      verdicts,
      () => false,
    ),
  );
  if (!bareFigures) {
    console.log(
      `\nNo baseline: ${bare?.state === "measured" ? "" : (bare?.note ?? "")}. The bare page needs a build that ` +
        "includes app/bench-hello (delete .next/BUILD_ID to rebuild), a server started with BENCH_PAGES=1 " +
        "(this script does that) and a proxy.ts that does not redirect /bench-hello to a locale.",
    );
  } else if (bareFigures.performance < TARGET.minPerformance) {
    console.log(
      `\nNote: the bare page itself scored ${bareFigures.performance} (< 90): the machine is slow or busy.`,
    );
  }
  for (const row of rows) {
    if (row.state === "measured" && row.median.a11yFailures.length > 0) {
      console.log(`Accessibility audits failing on ${row.page.label}: ${row.median.a11yFailures.join(", ")}`);
    }
  }
  // The care-mode column (issue 17): each page in care mode against itself in standard mode, same run.
  console.log("\nCare mode (关怀模式), each page against its standard-mode twin of this run (ADR 0015):");
  const careRows: string[][] = [];
  for (const row of rows) {
    if (!row.page.careOf) continue;
    const twin = rows.find((r) => r.page.id === row.page.careOf);
    if (row.state !== "measured" || twin?.state !== "measured") {
      careRows.push([row.page.label, row.state === "measured" ? "standard twin not measured" : row.note]);
      continue;
    }
    const c = row.median;
    const s = twin.median;
    careRows.push([
      twin.page.label,
      String(s.performance),
      String(c.performance),
      `${kib(s.totalBytes)} / ${kib(c.totalBytes)}`,
      verdict(c.performance >= s.performance, `${c.performance} ≥ ${s.performance}`),
      verdict(c.accessibility === 100, `${c.accessibility} = 100`),
      verdict(c.cls === 0, `${clsText(c.cls)} = 0`),
    ]);
  }
  console.log(
    table(
      ["Page", "Perf std", "Perf care", "KiB std / care", "Care ≥ std", "Care a11y 100", "Care CLS 0"],
      careRows,
      (i) => i >= 1 && i <= 3,
    ),
  );
  console.log(`\n${passes} PASS, ${fails} FAIL. Reports of the last round: ${reportDir}/<page>.json`);
}

main()
  .then((code) => {
    process.exitCode = code;
  })
  .catch(async (error: unknown) => {
    if (stopping) return;
    console.error(`\nbench:pages failed: ${error instanceof Error ? error.message : String(error)}`);
    await cleanup();
    process.exitCode = 1;
  });
