import { and, asc, eq, getTableColumns, gte, inArray, lte, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { pgError, UNIQUE_VIOLATION } from "@/lib/db/errors";
import { type Appointment, appointments, slots } from "@/lib/db/schema";
import { keyId, matchesAny, wrapHash, wrappedKeyId } from "./privacy";
import { hashManageToken, newManageToken, newReference } from "./tokens";

/** A slot as the booking code knows it before the row necessarily exists. */
export interface SlotKey {
  officeId: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
}

export interface NewAppointment {
  businessType: string;
  routeId?: string;
  name: string;
  idHash: string;
  idMasked: string;
  phoneHash: string;
  phoneMasked: string;
  /** Key id of the ID_HASH_KEY the hashes were made with. */
  hashKey: string;
  checklistUrl?: string;
  /** Issue 15: the optional e-mail address, sealed. */
  emailSealed?: string;
  idempotencyKey?: string;
  requestFingerprint: string;
}

export type BookOutcome =
  | { ok: true; appointment: Appointment; manageToken: string; replayed: boolean }
  | { ok: false; reason: "full" | "alreadyBooked" | "idempotencyMismatch" };

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
type Runner = Db | Tx;

/**
 * Takes one seat in ONE statement: creates the slot row holding its first booking or, when the row
 * exists, increments `booked` only while it is below capacity. ON CONFLICT locks the row, so the
 * conditional increment is the capacity check and two concurrent bookings can never both get the last
 * seat. No row returned means the slot is full.
 */
const takeSeatSql = (slot: SlotKey) => sql`
  insert into slots (office_id, starts_at, ends_at, capacity, booked)
  values (${slot.officeId}, ${slot.startsAt.toISOString()}::timestamptz, ${slot.endsAt.toISOString()}::timestamptz,
    ${slot.capacity}, 1)
  on conflict (office_id, starts_at) do update set booked = slots.booked + 1
  where slots.booked < slots.capacity
  returning id`;

const rowsOf = (res: unknown) => (res as { rows: Record<string, unknown>[] }).rows;

async function takeSeat(tx: Runner, slot: SlotKey): Promise<number | undefined> {
  const [row] = rowsOf(await tx.execute(takeSeatSql(slot)));
  return row ? Number(row.id) : undefined;
}

async function releaseSeat(tx: Runner, slotId: number): Promise<void> {
  await tx
    .update(slots)
    .set({ booked: sql`${slots.booked} - 1` })
    .where(eq(slots.id, slotId));
}

async function byIdempotencyKey(db: Runner, key: string): Promise<Appointment | undefined> {
  const [row] = await db.select().from(appointments).where(eq(appointments.idempotencyKey, key));
  return row;
}

/**
 * A repeated request (double click, retry after a timeout) gets the booking the first one
 * made. Its manage token was only ever stored hashed, so the replay issues a fresh one.
 */
async function replay(db: Db, key: string, fingerprint: string): Promise<BookOutcome | undefined> {
  const existing = await byIdempotencyKey(db, key);
  if (!existing) return undefined;
  if (existing.requestFingerprint !== fingerprint) return { ok: false, reason: "idempotencyMismatch" };
  const { token, hash } = newManageToken();
  const [row] = await db
    .update(appointments)
    .set({ manageTokenHash: hash, updatedAt: new Date() })
    .where(eq(appointments.id, existing.id))
    .returning();
  return { ok: true, appointment: row ?? existing, manageToken: token, replayed: true };
}

/**
 * Takes a seat and records the appointment in ONE statement (a data-modifying CTE, so one
 * implicit transaction and one round trip). If the insert fails (same person, same idempotency
 * key) the seat is given back with it. No row means the slot is full.
 */
async function insertWithSeat(
  db: Db,
  slot: SlotKey,
  values: NewAppointment & { reference: string; manageTokenHash: string },
) {
  const v = values;
  const [row] = rowsOf(
    await db.execute(sql`
    with seat as (${takeSeatSql(slot)})
    insert into appointments (reference, slot_id, office_id, business_type, route_id, name, id_hash, id_masked,
      phone_hash, phone_masked, hash_key, checklist_url, manage_token_hash, idempotency_key, request_fingerprint,
      email_sealed)
    select ${v.reference}, seat.id, ${slot.officeId}, ${v.businessType}, ${v.routeId ?? null}, ${v.name}, ${v.idHash},
      ${v.idMasked}, ${v.phoneHash}, ${v.phoneMasked}, ${v.hashKey}, ${v.checklistUrl ?? null}, ${v.manageTokenHash},
      ${v.idempotencyKey ?? null}, ${v.requestFingerprint}, ${v.emailSealed ?? null}
    from seat
    returning *`),
  );
  return row && rowToAppointment(row);
}

/** A raw `returning *` row → the Drizzle model, through each column's own driver mapping. */
function rowToAppointment(row: Record<string, unknown>): Appointment {
  const out: Record<string, unknown> = {};
  for (const [key, col] of Object.entries(getTableColumns(appointments))) {
    const v = row[col.name];
    out[key] = v === null || v === undefined ? null : col.mapFromDriverValue(v);
  }
  return out as Appointment;
}

export async function book(db: Db, slot: SlotKey, input: NewAppointment): Promise<BookOutcome> {
  for (let attempt = 0; ; attempt++) {
    const { token, hash } = newManageToken();
    try {
      const values = { ...input, reference: newReference(), manageTokenHash: hash };
      const appointment = await insertWithSeat(db, slot, values);
      if (!appointment) {
        // A twin request with our idempotency key may have taken the last seat: that is a replay, not "full".
        const again =
          input.idempotencyKey && (await replay(db, input.idempotencyKey, input.requestFingerprint));
        return again || { ok: false, reason: "full" };
      }
      return { ok: true, appointment, manageToken: token, replayed: false };
    } catch (err) {
      const e = pgError(err);
      if (e?.code !== UNIQUE_VIOLATION) throw err;
      if (e.constraint === "appointments_idempotency_uq" && input.idempotencyKey) {
        const again = await replay(db, input.idempotencyKey, input.requestFingerprint);
        if (again) return again;
      }
      if (e.constraint === "appointments_one_active_per_person_uq")
        return { ok: false, reason: "alreadyBooked" };
      // A reference collision (1 in 2^40 per pair) is simply retried with a new one.
      if (e.constraint === "appointments_reference_uq" && attempt < 3) continue;
      throw err;
    }
  }
}

export async function findByManageToken(db: Db, token: string): Promise<Appointment | undefined> {
  const [row] = await db
    .select()
    .from(appointments)
    .where(eq(appointments.manageTokenHash, hashManageToken(token)));
  return row;
}

/**
 * Reference + mobile number: both must match (compared as keyed hashes, in constant time). The
 * mobile's hash under every key a row may still be under (lib/booking/privacy.ts, key rotation).
 */
export async function findByReferenceAndPhone(
  db: Db,
  reference: string,
  phoneHashes: readonly string[],
): Promise<Appointment | undefined> {
  const [row] = await db.select().from(appointments).where(eq(appointments.reference, reference));
  return row && matchesAny(row.phoneHash, phoneHashes) ? row : undefined;
}

/**
 * During a key rotation the unique index cannot see that a row under the old key is the same person:
 * the booking checks those forms itself (a race here needs the same person twice within one request).
 */
export async function hasActiveUnderOtherKeys(
  db: Db,
  idHashes: readonly string[],
  businessType: string,
): Promise<boolean> {
  if (idHashes.length === 0) return false;
  const [row] = await db
    .select({ id: appointments.id })
    .from(appointments)
    .where(
      and(
        inArray(appointments.idHash, [...idHashes]),
        eq(appointments.businessType, businessType),
        eq(appointments.status, "confirmed"),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/**
 * Re-keys rows still hashed under `previous` (ID_HASH_KEY_PREVIOUS): each hash is wrapped under the
 * current key, in batches. Returns how many rows it changed; 0 means the rotation is done.
 */
export async function rehashBatch(
  db: Db,
  keys: { current: string; previous: string },
  limit = 500,
): Promise<number> {
  const oldId = keyId(keys.previous);
  const rows = await db
    .select({ id: appointments.id, idHash: appointments.idHash, phoneHash: appointments.phoneHash })
    .from(appointments)
    .where(eq(appointments.hashKey, oldId))
    .limit(limit);
  for (const r of rows) {
    await db
      .update(appointments)
      .set({
        idHash: r.idHash && wrapHash(keys.current, r.idHash),
        phoneHash: r.phoneHash && wrapHash(keys.current, r.phoneHash),
        hashKey: wrappedKeyId(keys),
      })
      .where(and(eq(appointments.id, r.id), eq(appointments.hashKey, oldId)));
  }
  return rows.length;
}

/** New manage token for an appointment (after a lookup by reference and phone). */
export async function rotateManageToken(db: Runner, id: string): Promise<string> {
  const { token, hash } = newManageToken();
  await db
    .update(appointments)
    .set({ manageTokenHash: hash, updatedAt: new Date() })
    .where(eq(appointments.id, id));
  return token;
}

/**
 * Trades a manage token for a fresh one in ONE conditional update: of two requests presenting the
 * same token only one gets a row back, and the old token (in a link, a log, a browser history) is dead.
 */
export async function exchangeManageToken(
  db: Runner,
  token: string,
): Promise<{ appointment: Appointment; manageToken: string } | undefined> {
  const fresh = newManageToken();
  const [row] = await db
    .update(appointments)
    .set({ manageTokenHash: fresh.hash, updatedAt: new Date() })
    .where(eq(appointments.manageTokenHash, hashManageToken(token)))
    .returning();
  return row ? { appointment: row, manageToken: fresh.token } : undefined;
}

export type ChangeOutcome =
  | { ok: true; appointment: Appointment; manageToken: string }
  | { ok: false; reason: "notFound" | "notActive" | "full" | "sameSlot" };

/**
 * The changes below check the manage token INSIDE their transaction, on the row they lock, and
 * replace it there: twenty concurrent requests with one token → one change, nineteen "notFound".
 */
export async function cancel(db: Db, token: string): Promise<ChangeOutcome> {
  const fresh = newManageToken();
  const tokenHash = hashManageToken(token);
  return db.transaction(async (tx): Promise<ChangeOutcome> => {
    const [current] = await tx
      .select()
      .from(appointments)
      .where(eq(appointments.manageTokenHash, tokenHash))
      .for("update");
    if (!current) return { ok: false, reason: "notFound" };
    if (current.status !== "confirmed") return { ok: false, reason: "notActive" };
    const [row] = await tx
      .update(appointments)
      .set({
        status: "cancelled",
        cancelledAt: new Date(),
        updatedAt: new Date(),
        manageTokenHash: fresh.hash,
        sequence: sql`${appointments.sequence} + 1`,
      })
      .where(and(eq(appointments.id, current.id), eq(appointments.manageTokenHash, tokenHash)))
      .returning();
    if (!row) return { ok: false, reason: "notFound" };
    await releaseSeat(tx, row.slotId);
    return { ok: true, appointment: row, manageToken: fresh.token };
  });
}

/** Atomic: the new seat is taken first; the old one is released only in the same transaction. */
export async function reschedule(db: Db, token: string, slot: SlotKey): Promise<ChangeOutcome> {
  const fresh = newManageToken();
  const tokenHash = hashManageToken(token);
  return db.transaction(async (tx): Promise<ChangeOutcome> => {
    const [current] = await tx
      .select()
      .from(appointments)
      .where(eq(appointments.manageTokenHash, tokenHash))
      .for("update");
    if (!current) return { ok: false, reason: "notFound" };
    if (current.status !== "confirmed") return { ok: false, reason: "notActive" };
    const [old] = await tx.select().from(slots).where(eq(slots.id, current.slotId));
    if (old && old.officeId === slot.officeId && old.startsAt.getTime() === slot.startsAt.getTime()) {
      return { ok: false, reason: "sameSlot" };
    }
    const newSlotId = await takeSeat(tx, slot);
    if (newSlotId === undefined) return { ok: false, reason: "full" };
    const [row] = await tx
      .update(appointments)
      .set({
        slotId: newSlotId,
        officeId: slot.officeId,
        updatedAt: new Date(),
        manageTokenHash: fresh.hash,
        sequence: sql`${appointments.sequence} + 1`,
      })
      .where(and(eq(appointments.id, current.id), eq(appointments.manageTokenHash, tokenHash)))
      .returning();
    // The lock above makes this impossible; if it ever happens, the transaction must not commit a seat.
    if (!row) throw new Error("reschedule: manage token changed under a row lock");
    await releaseSeat(tx, current.slotId);
    return { ok: true, appointment: row, manageToken: fresh.token };
  });
}

export async function slotById(db: Db, id: number) {
  const [row] = await db.select().from(slots).where(eq(slots.id, id));
  return row;
}

/** Seats taken per start instant for an office between two instants (rows that exist). */
export async function bookedCounts(
  db: Db,
  officeId: string,
  from: Date,
  to: Date,
): Promise<Map<number, number>> {
  const rows = await db
    .select({ startsAt: slots.startsAt, booked: slots.booked })
    .from(slots)
    .where(and(eq(slots.officeId, officeId), gte(slots.startsAt, from), lte(slots.startsAt, to)))
    .orderBy(asc(slots.startsAt));
  return new Map(rows.map((r) => [r.startsAt.getTime(), r.booked]));
}

/** Consistency check used by tests and the crash test: slots whose count differs from their active bookings. */
export async function inconsistentSlots(db: Db): Promise<{ id: number; booked: number; active: number }[]> {
  const res = await db.execute<{ id: number; booked: number; active: number }>(sql`
    select s.id::int as id, s.booked, count(a.id) filter (where a.status <> 'cancelled')::int as active
    from slots s left join appointments a on a.slot_id = s.id
    group by s.id having s.booked <> count(a.id) filter (where a.status <> 'cancelled')`);
  return (res as unknown as { rows: { id: number; booked: number; active: number }[] }).rows;
}

/**
 * Retention: erase personal data of appointments whose visit (or cancellation) is more than
 * `days` days ago. Rows stay, without name, hashes or masked numbers, for statistics.
 */
export async function anonymiseOlderThan(db: Db, days: number, now: Date = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - days * 86_400_000);
  const res = await db.execute(sql`
    update appointments a set
      name = null, id_hash = null, id_masked = null, phone_hash = null, phone_masked = null,
      checklist_url = null, idempotency_key = null, request_fingerprint = null, email_sealed = null,
      anonymised_at = ${now}
    from slots s
    where a.slot_id = s.id and a.anonymised_at is null
      and (s.starts_at < ${cutoff} or (a.status = 'cancelled' and a.cancelled_at < ${cutoff}))`);
  return (
    (res as unknown as { rowCount?: number; affectedRows?: number }).rowCount ??
    (res as unknown as { affectedRows?: number }).affectedRows ??
    0
  );
}
