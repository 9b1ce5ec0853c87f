import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";

/** Builds the app with `npx next build` unless `.next/BUILD_ID` is already there. */
export function buildIfMissing(root: string): void {
  if (existsSync(join(root, ".next", "BUILD_ID"))) return;
  console.log("› .next/BUILD_ID missing: npx next build");
  const result = spawnSync("npx", ["next", "build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status ?? result.signal})`);
}

/** A TCP port nobody listens on at 127.0.0.1 right now. */
export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error("no free port"))));
    });
  });
}

export type RunningServer = { origin: string; pid: number | undefined; stop: () => Promise<void> };

/**
 * The app server (scripts/server.mjs) on 127.0.0.1 only, in its own process group so stopping it also stops the
 * node process npx spawned. Resolves once `healthPath` answers 200; rejects (after stopping the
 * server) if it exits first or `timeoutMs` passes.
 */
export async function startNextServer(options: {
  root: string;
  env: Record<string, string>;
  healthPath: string;
  timeoutMs?: number;
  /** Called with the process-group id as soon as the server is spawned. */
  onSpawn?: (pgid: number) => void;
}): Promise<RunningServer> {
  const port = await freeLoopbackPort();
  const origin = `http://127.0.0.1:${port}`;
  // scripts/server.mjs, as `npm start` runs it: `next start` plus the signed client address.
  const child = spawn(process.execPath, ["scripts/server.mjs", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: options.root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...options.env },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (child.pid !== undefined) options.onSpawn?.(child.pid);
  let log = "";
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-8000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  let exited = false;
  child.once("exit", () => {
    exited = true;
  });

  const stop = () => stopGroup(child, () => exited);
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  while (Date.now() < deadline) {
    if (exited) break;
    try {
      const response = await fetch(`${origin}${options.healthPath}`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return { origin, pid: child.pid, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  await stop();
  throw new Error(
    `next start did not answer ${options.healthPath} ${exited ? "(it exited)" : "in time"}; its output:\n${log}`,
  );
}

async function stopGroup(child: ChildProcess, hasExited: () => boolean): Promise<void> {
  if (child.pid === undefined || hasExited()) return;
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // already gone
    }
  };
  signal("SIGTERM");
  for (let waited = 0; waited < 5000 && !hasExited(); waited += 100) {
    await new Promise((r) => setTimeout(r, 100));
  }
  if (!hasExited()) signal("SIGKILL");
}

/** Synchronous last-resort stop for `process.on("exit")`: kill the group without waiting. */
export function killGroupNow(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // already gone
  }
}
