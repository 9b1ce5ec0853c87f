import { EventEmitter } from "node:events";
import type { Client } from "pg";
import type { DbHandle } from "@/lib/db/client";

/**
 * Live updates of the hall (a number called, a check-in): every app server must learn of a call
 * made on any of them (ADR 0014). On PostgreSQL the change is announced with NOTIFY on one channel
 * and each process LISTENs on one dedicated connection, then fans out in memory to its open
 * display streams. Embedded PGlite lives in one process only, so there the fan-out is the whole
 * story. Displays also poll as the fallback, so a lost notification costs seconds, not the call.
 */
export interface HallEvent {
  officeId: string;
  day: string;
  kind: "call" | "checkIn" | "outcome";
  /** For calls: "A012" to counter 3. */
  code?: string;
  counter?: number;
  /** Milliseconds since epoch when the change was committed (the bench measures from here). */
  at: number;
}

export const CHANNEL = "hukou_hall";
/** NOTIFY payloads are limited to 8000 bytes; ours are ~150. Anything larger is not ours. */
const MAX_PAYLOAD = 2000;

const hubKey = Symbol.for("hukou.hallHub");
interface Hub {
  emitter: EventEmitter;
  listener?: Promise<Client | undefined>;
}
type G = typeof globalThis & { [hubKey]?: Hub };

function hub(): Hub {
  const g = globalThis as G;
  if (!g[hubKey]) {
    const emitter = new EventEmitter();
    // One listener per open display stream; a hall has a few screens, a city a few hundred.
    emitter.setMaxListeners(0);
    g[hubKey] = { emitter };
  }
  return g[hubKey];
}

export function parseHallEvent(raw: string): HallEvent | undefined {
  if (raw.length > MAX_PAYLOAD) return undefined;
  try {
    const e = JSON.parse(raw) as HallEvent;
    if (typeof e.officeId !== "string" || typeof e.day !== "string" || typeof e.at !== "number")
      return undefined;
    return e;
  } catch {
    return undefined;
  }
}

/** After a commit: tell every app server. On PostgreSQL the local fan-out comes back through LISTEN. */
export async function announce(handle: DbHandle, event: HallEvent): Promise<void> {
  if (handle.kind === "postgres" && handle.pool) {
    await handle.pool.query("select pg_notify($1, $2)", [CHANNEL, JSON.stringify(event)]);
    return;
  }
  hub().emitter.emit("event", event);
}

/** Starts this process's LISTEN connection once (PostgreSQL only); reconnects after a drop. */
async function ensureListening(handle: DbHandle): Promise<void> {
  const h = hub();
  if (handle.kind !== "postgres" || !handle.pool) return;
  if (h.listener) {
    await h.listener;
    return;
  }
  const start = async (): Promise<Client | undefined> => {
    const pg = await import("pg");
    const options = handle.pool!.options;
    const client = new pg.default.Client({ connectionString: options.connectionString });
    client.on("notification", (msg) => {
      const e = msg.payload ? parseHallEvent(msg.payload) : undefined;
      if (e) h.emitter.emit("event", e);
    });
    client.on("error", () => {
      // The connection dropped: the next subscriber starts a new one; displays poll meanwhile.
      h.listener = undefined;
      client.end().catch(() => {});
    });
    await client.connect();
    await client.query(`listen ${CHANNEL}`);
    return client;
  };
  h.listener = start().catch(() => {
    h.listener = undefined;
    return undefined;
  });
  await h.listener;
}

/** Calls `fn` for each event of one office; returns the unsubscribe function. */
export async function subscribe(
  handle: DbHandle,
  officeId: string,
  fn: (e: HallEvent) => void,
): Promise<() => void> {
  await ensureListening(handle);
  const listener = (e: HallEvent) => {
    if (e.officeId === officeId) fn(e);
  };
  hub().emitter.on("event", listener);
  return () => hub().emitter.off("event", listener);
}

/** For tests and benches: close this process's LISTEN connection. */
export async function stopListening(): Promise<void> {
  const h = hub();
  const c = await h.listener;
  h.listener = undefined;
  await c?.end().catch(() => {});
}
