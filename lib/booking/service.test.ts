import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type TestDatabase, testDatabaseFactories } from "@/lib/db/testing";
import { windowAvailability } from "./availability";
import { officeById } from "./offices";
import { anonymiseOlderThan, inconsistentSlots } from "./queries";
import { resetRateLimitersForTesting } from "./rate-limit";
import { cancelByToken, createBooking, lookupBooking, rescheduleByToken, viewByToken } from "./service";
import { BEFORE_NATIONAL_DAY, person } from "./test-helpers";

const now = BEFORE_NATIONAL_DAY;
const hall = officeById("410105-hall")!; // 5 counters

describe.each(testDatabaseFactories())("booking on $label", (factory) => {
  let t: TestDatabase;
  let ip = 0;
  const ctx = (extra: { idempotencyKey?: string } = {}) => ({
    db: t.handle.db,
    now,
    // A different network each time: these tests are about seats and tokens, not the per-network limits.
    ip: `10.${ip >> 8}.${ip++ & 255}.1`,
    ...extra,
  });
  const form = (p = person(), over: Record<string, string> = {}) => ({
    officeId: hall.id,
    date: "2026-09-29",
    time: "09:00",
    business: "settlement",
    routeId: "zhengzhou-rental",
    ...p,
    ...over,
  });

  beforeAll(async () => {
    t = await factory.create();
  });
  afterAll(async () => {
    await t?.dispose();
  });
  beforeEach(() => resetRateLimitersForTesting());

  it("books, shows masked data only, and counts the seat", async () => {
    const p = person();
    const r = await createBooking(form(p, { time: "08:30" }), ctx());
    expect(r.status).toBe("created");
    if (r.status !== "created") return;
    expect(r.booking.reference).toMatch(/^HK-/);
    expect(r.booking.idMasked).toBe(`**************${p.idNumber.slice(-4)}`);
    expect(JSON.stringify(r.booking)).not.toContain(p.idNumber);
    expect(JSON.stringify(r.booking)).not.toContain(p.phone);
    expect(r.booking).toMatchObject({
      date: "2026-09-29",
      start: "08:30",
      end: "08:50",
      routeId: "zhengzhou-rental",
    });
    const days = await windowAvailability(t.handle.db, hall, now);
    expect(days[0]?.slots[0]?.remaining).toBe(hall.counters - 1);
  });

  it("never overbooks: 40 concurrent attempts on a 5-seat slot", async () => {
    const results = await Promise.all(
      Array.from({ length: 40 }, () => createBooking(form(person(), { time: "09:10" }), ctx())),
    );
    expect(results.filter((r) => r.status === "created")).toHaveLength(5);
    const full = results.filter((r) => r.status === "full");
    expect(full).toHaveLength(35);
    const first = full[0];
    if (first?.status === "full") {
      expect(first.suggestions.length).toBeGreaterThan(0);
      expect(first.suggestions[0]?.start).toBe("09:30");
    }
    expect(await inconsistentSlots(t.handle.db)).toEqual([]);
  });

  it("returns the same booking for a repeated idempotency key, also when sent concurrently", async () => {
    const p = person();
    const key = `key-${Math.random().toString(36).slice(2)}`;
    const [a, b] = await Promise.all([
      createBooking(form(p, { time: "10:10" }), ctx({ idempotencyKey: key })),
      createBooking(form(p, { time: "10:10" }), ctx({ idempotencyKey: key })),
    ]);
    const c = await createBooking(form(p, { time: "10:10" }), ctx({ idempotencyKey: key }));
    const refs = [a, b, c].map((r) => ("booking" in r ? r.booking.reference : r.status));
    expect(new Set(refs).size).toBe(1);
    expect([a.status, b.status, c.status].sort()).toEqual(["created", "replayed", "replayed"]);
    const other = await createBooking(form(person(), { time: "10:10" }), ctx({ idempotencyKey: key }));
    expect(other.status).toBe("idempotencyMismatch");
    expect(await inconsistentSlots(t.handle.db)).toEqual([]);
  });

  it("allows one active appointment per ID number per business", async () => {
    const p = person();
    expect((await createBooking(form(p, { time: "10:30" }), ctx())).status).toBe("created");
    expect((await createBooking(form(p, { time: "10:50" }), ctx())).status).toBe("alreadyBooked");
    expect((await createBooking(form(p, { time: "10:50", business: "transfer" }), ctx())).status).toBe(
      "created",
    );
  });

  it("refuses closed days and past the cut-off, with a field error", async () => {
    const r = await createBooking(form(person(), { date: "2026-10-02" }), ctx());
    expect(r).toEqual({ status: "invalid", fieldErrors: { time: "slotUnavailable" } });
  });

  it("looks up by reference + mobile, rotates the token, cancels and reschedules atomically", async () => {
    const p = person();
    const made = await createBooking(form(p, { time: "11:10" }), ctx());
    if (made.status !== "created") throw new Error(made.status);
    expect(
      (await lookupBooking({ reference: made.booking.reference, phone: "13900000000" }, ctx())).status,
    ).toBe("notFound");
    const found = await lookupBooking(
      { reference: made.booking.reference.toLowerCase(), phone: p.phone },
      ctx(),
    );
    if (found.status !== "found") throw new Error(found.status);
    expect(await viewByToken(made.manageToken, ctx())).toBeUndefined(); // rotated
    expect((await viewByToken(found.manageToken, ctx()))?.reference).toBe(made.booking.reference);

    // Fill 14:10 so a reschedule there must fail and leave the booking where it was.
    const fill = await Promise.all(
      Array.from({ length: 5 }, () => createBooking(form(person(), { time: "14:10" }), ctx())),
    );
    expect(fill.map((f) => f.status)).toEqual(Array(5).fill("created"));
    const blocked = await rescheduleByToken(found.manageToken, { date: "2026-09-29", time: "14:10" }, ctx());
    expect(blocked.status).toBe("full");
    expect((await viewByToken(found.manageToken, ctx()))?.start).toBe("11:10");

    const moved = await rescheduleByToken(found.manageToken, { date: "2026-10-10", time: "08:50" }, ctx());
    if (moved.status !== "changed") throw new Error(moved.status);
    expect(moved.booking).toMatchObject({ date: "2026-10-10", start: "08:50", sequence: 1 });
    expect(await viewByToken(found.manageToken, ctx())).toBeUndefined();

    const cancelled = await cancelByToken(moved.manageToken, ctx());
    if (cancelled.status !== "changed") throw new Error(cancelled.status);
    expect(cancelled.booking).toMatchObject({ status: "cancelled", sequence: 2 });
    expect((await cancelByToken(cancelled.manageToken, ctx())).status).toBe("notActive");
    // Cancelled: the same person may book again.
    expect((await createBooking(form(p, { time: "11:30" }), ctx())).status).toBe("created");
    expect(await inconsistentSlots(t.handle.db)).toEqual([]);
  });

  it("rate-limits booking per person", async () => {
    const p = person();
    const statuses: string[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await createBooking(form(p, { date: "bad" }), ctx())).status);
    // invalid input is refused before any limit is spent; valid attempts count
    expect(statuses.every((s) => s === "invalid")).toBe(true);
    const valid: string[] = [];
    for (let i = 0; i < 8; i++) valid.push((await createBooking(form(p, { time: "15:30" }), ctx())).status);
    expect(valid).toContain("rateLimited");
  });

  it("retention erases personal data of old appointments but keeps counts", async () => {
    const later = new Date("2027-03-01T00:00:00Z");
    const n = await anonymiseOlderThan(t.handle.db, 90, later);
    expect(n).toBeGreaterThan(0);
    expect(await anonymiseOlderThan(t.handle.db, 90, later)).toBe(0);
    expect(await inconsistentSlots(t.handle.db)).toEqual([]);
  });
});
