import PgBoss from "pg-boss";
import type { DbHandle } from "@/lib/db/client";
import { deliverOne, dueOutboxIds } from "./deliver";
import { type Mailer, mailerFromEnv } from "./mailer";
import { enqueueReminders } from "./reminders";

const QUEUE = "outbox-deliver";
const SWEEP = "outbox-sweep";
const REMINDERS = "outbox-reminders";

export interface OutboxWorker {
  /** Queue delivery of these outbox rows now (after the transaction that wrote them committed). */
  kick(ids: string[]): Promise<void>;
  /** What the once-a-minute schedule does: queue everything due. */
  sweep(): Promise<number>;
  stop(): Promise<void>;
  mailer: Mailer;
}

/**
 * pg-boss on the app's own database (ADR 0013): on PostgreSQL through the pool, on embedded PGlite
 * through the same in-process client (pg-boss accepts any `executeSql`). Jobs carry only an outbox id;
 * the outbox row stays the source of truth, so a lost job costs at most a minute (the sweep), and a
 * job delivered twice sends once (deliverOne claims the row).
 */
export async function startOutboxWorker(
  handle: DbHandle,
  options: { mailer?: Mailer; pollingIntervalSeconds?: number; schedule?: boolean } = {},
): Promise<OutboxWorker> {
  const mailer = options.mailer ?? mailerFromEnv();
  const boss = new PgBoss({
    db: handle.raw,
    schedule: options.schedule ?? true,
    supervise: true,
  } as ConstructorParameters<typeof PgBoss>[0]);
  boss.on("error", (error) => console.error(`[outbox] ${(error as Error).message}`));
  await boss.start();
  await boss.createQueue(QUEUE);
  await boss.createQueue(SWEEP);
  const polling = Math.max(0.5, options.pollingIntervalSeconds ?? 2);
  await boss.work<{ id: string }>(QUEUE, { batchSize: 5, pollingIntervalSeconds: polling }, async (jobs) => {
    for (const job of jobs) await deliverOne(handle.db, job.data.id, mailer);
  });
  const sweep = async () => {
    const ids = await dueOutboxIds(handle.db);
    await kick(ids);
    return ids.length;
  };
  const kick = async (ids: string[]) => {
    for (const id of ids) await boss.send(QUEUE, { id }, { singletonKey: id });
  };
  if (options.schedule ?? true) {
    // Hourly: tomorrow's reminders (due 09:00 Shanghai), whichever server pg-boss picks.
    await boss.createQueue(REMINDERS);
    await boss.schedule(REMINDERS, "5 * * * *");
    await boss.work(REMINDERS, async () => {
      await kick(await enqueueReminders(handle.db));
    });
    await boss.schedule(SWEEP, "* * * * *");
    await boss.work(SWEEP, { pollingIntervalSeconds: 10 }, async () => {
      await sweep();
    });
  }
  return {
    kick,
    sweep,
    mailer,
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 5_000 } as Parameters<PgBoss["stop"]>[0]),
  };
}

const key = Symbol.for("hukou.outbox");
type G = typeof globalThis & { [key]?: Promise<OutboxWorker> };

/** Started once per app server (instrumentation.ts) unless OUTBOX_WORKER=0. */
export function startProcessOutbox(handle: DbHandle): Promise<OutboxWorker> {
  const g = globalThis as G;
  g[key] ??= startOutboxWorker(handle);
  return g[key];
}

/** After a commit that enqueued messages: deliver now rather than at the next sweep. Never throws. */
export async function kickOutbox(ids: string[]): Promise<void> {
  const worker = (globalThis as G)[key];
  if (!worker || !ids.length) return;
  await worker.then((w) => w.kick(ids)).catch(() => {});
}
