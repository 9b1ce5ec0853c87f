import { eq, lt, or } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { staff, staffSessions } from "@/lib/db/schema";
import type { StaffMember } from "./can";
import { loadGrants } from "./grants";
import { randomToken, tokenHash } from "./tokens";

type Env = Record<string, string | undefined>;

/** Idle timeout: a counter PC left signed in over lunch asks again. STAFF_IDLE_MINUTES overrides. */
export function idleMs(env: Env = process.env): number {
  const m = Number(env.STAFF_IDLE_MINUTES ?? 30);
  return (Number.isFinite(m) && m > 0 ? m : 30) * 60_000;
}
/** However active, a session ends after a working day. */
export const ABSOLUTE_MS = 12 * 60 * 60_000;
/** last_seen_at is written at most this often: one write a minute, not one per page. */
const TOUCH_MS = 60_000;

/** A new session with a new random id: signing in never reuses an id the browser brought (fixation). */
export async function createSession(db: Db, staffId: string): Promise<string> {
  const id = randomToken();
  await db.insert(staffSessions).values({ idHash: tokenHash(id), staffId });
  return id;
}

export interface LoadedSession {
  staff: StaffMember;
  idHash: string;
}

export async function loadSession(db: Db, rawId: string, now = new Date()): Promise<LoadedSession | null> {
  if (!/^[\w-]{43}$/.test(rawId)) return null;
  const idHash = tokenHash(rawId);
  const [row] = await db
    .select({
      createdAt: staffSessions.createdAt,
      lastSeenAt: staffSessions.lastSeenAt,
      staffId: staff.id,
      username: staff.username,
      name: staff.name,
      disabledAt: staff.disabledAt,
    })
    .from(staffSessions)
    .innerJoin(staff, eq(staff.id, staffSessions.staffId))
    .where(eq(staffSessions.idHash, idHash));
  if (!row) return null;
  const idle = now.getTime() - row.lastSeenAt.getTime() > idleMs();
  const old = now.getTime() - row.createdAt.getTime() > ABSOLUTE_MS;
  if (idle || old || row.disabledAt) {
    await db.delete(staffSessions).where(eq(staffSessions.idHash, idHash));
    return null;
  }
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_MS) {
    await db.update(staffSessions).set({ lastSeenAt: now }).where(eq(staffSessions.idHash, idHash));
  }
  const grants = await loadGrants(db, row.staffId);
  return { idHash, staff: { id: row.staffId, username: row.username, name: row.name, grants } };
}

export async function endSession(db: Db, rawId: string): Promise<void> {
  await db.delete(staffSessions).where(eq(staffSessions.idHash, tokenHash(rawId)));
}

/** Sessions past either limit: deleted by `npm run retention` (loadSession refuses them anyway). */
export async function pruneSessions(db: Db, now = new Date()): Promise<number> {
  const gone = await db
    .delete(staffSessions)
    .where(
      or(
        lt(staffSessions.lastSeenAt, new Date(now.getTime() - idleMs())),
        lt(staffSessions.createdAt, new Date(now.getTime() - ABSOLUTE_MS)),
      ),
    )
    .returning({ id: staffSessions.idHash });
  return gone.length;
}
