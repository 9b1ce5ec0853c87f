import { shanghaiToday } from "@/lib/calendar";
import type { Db } from "@/lib/db/client";
import { recentCalls, waitingCounts } from "./queries";

/** What the hall's screen shows: the latest calls and how many wait. No names, no references. */
export interface HallSnapshot {
  officeId: string;
  day: string;
  calls: { code: string; counter: number; at: number }[];
  waiting: number;
}

export async function hallSnapshot(db: Db, officeId: string, now: Date = new Date()): Promise<HallSnapshot> {
  const day = shanghaiToday(now);
  const [calls, waiting] = await Promise.all([
    recentCalls(db, officeId, day, 8),
    waitingCounts(db, officeId, day),
  ]);
  return {
    officeId,
    day,
    calls: calls.map((c) => ({ code: c.code, counter: c.counter, at: c.calledAt.getTime() })),
    waiting: Object.values(waiting).reduce((s, n) => s + n, 0),
  };
}
