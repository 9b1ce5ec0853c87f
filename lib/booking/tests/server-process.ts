import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

/** Starting and killing an app server in a child process, for the race, crash and benchmark runs. */
export type ServerKind = "next" | "handlers";

export const ROOT = path.resolve(import.meta.dirname, "../../..");
/** APP_ROOT lets the tests run against a build made in another checkout of the same code. */
export const APP_ROOT = process.env.APP_ROOT ?? ROOT;
/** A production build that includes the booking API (a build from before it would 404). */
export const hasNextBuild = () =>
  existsSync(path.join(APP_ROOT, ".next/BUILD_ID")) &&
  existsSync(path.join(APP_ROOT, ".next/server/app/api/v1/bookings/route.js"));

export interface RunningServer {
  url: string;
  child: ChildProcess;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export async function startServer(
  kind: ServerKind,
  port: number,
  env: Record<string, string>,
): Promise<RunningServer> {
  const [cmd, args] =
    kind === "next"
      ? [process.execPath, [path.join(APP_ROOT, "scripts/server.mjs"), "-p", String(port), "-H", "127.0.0.1"]]
      : [path.join(ROOT, "node_modules/.bin/tsx"), [path.join(ROOT, "lib/booking/tests/handler-server.ts")]];
  const child = spawn(cmd, args, {
    cwd: kind === "next" ? APP_ROOT : ROOT,
    // A key of its own: on PostgreSQL the server refuses to start without one (lib/booking/id-hash-key.mjs).
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      ID_HASH_KEY: "test-key-for-child-servers-0123456789abcdef",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
    // Own process group, so a kill reaches every process the server started.
    detached: true,
  });
  let log = "";
  child.stdout?.on("data", (d) => {
    log += d;
  });
  child.stderr?.on("data", (d) => {
    log += d;
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early (${child.exitCode}):\n${log}`);
    try {
      const r = await fetch(`${url}/api/v1/bookings/offices?district=410105`);
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    child,
    async kill(signal: NodeJS.Signals = "SIGTERM") {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      try {
        process.kill(-child.pid!, signal);
      } catch {
        child.kill(signal);
      }
      await exited;
    },
  };
}

let nextPort = 3400 + Math.floor(Math.random() * 400);
export const freePort = () => nextPort++;
