import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { readAudit } from "@/lib/audit/log";
import { windowAvailability } from "@/lib/booking/availability";
import { officeById } from "@/lib/booking/offices";
import { anonymiseOlderThan } from "@/lib/booking/queries";
import { resetRateLimitersForTesting } from "@/lib/booking/rate-limit";
import { createBooking } from "@/lib/booking/service";
import { BEFORE_NATIONAL_DAY, person } from "@/lib/booking/test-helpers";
import { appointments, outbox, slots } from "@/lib/db/schema";
import { type TestDatabase, testDatabaseFactories } from "@/lib/db/testing";
import { enqueueReminders } from "@/lib/outbox/reminders";
import { seal } from "@/lib/security/secret-box";
import { changeSchedule, closeOffice } from "./changes";

const now = BEFORE_NATIONAL_DAY; // Monday 2026-09-28 10:00 Shanghai
const STATION = "410102-station"; // 2 counters, 30-minute slots, 09:00–12:00 and 13:30–17:00
const ADMIN = "00000000-0000-4000-8000-000000000001";
const weekdays = (intervals: [string, string][]) => ({
  1: intervals,
  2: intervals,
  3: intervals,
  4: intervals,
  5: intervals,
});

describe.each(testDatabaseFactories())("offices as data on $label", (factory) => {
  let t: TestDatabase;
  let ip = 0;
  const book = async (date: string, time: string, extra: Record<string, string> = {}) => {
    const r = await createBooking(
      {
        officeId: STATION,
        date,
        time,
        business: "settlement",
        routeId: "zhengzhou-rental",
        ...person(),
        ...extra,
      },
      { db: t.handle.db, now, ip: `10.1.0.${ip++ % 250}` },
    );
    if (r.status !== "created") throw new Error(`booking ${r.status}`);
    const [row] = await t.handle.db
      .select()
      .from(appointments)
      .where(eq(appointments.reference, r.booking.reference));
    return row!;
  };
  const day = async (date: string) =>
    (await windowAvailability(t.handle.db, officeById(STATION)!, now)).find((d) => d.date === date)!;

  beforeAll(async () => {
    t = await factory.create();
  });
  afterAll(async () => {
    await t?.dispose();
  });
  beforeEach(() => resetRateLimitersForTesting());

  it("a change applies from a future date only; refused, listing the appointments, when it drops capacity below bookings", async () => {
    const a = await book("2026-09-30", "09:00");
    const b = await book("2026-09-30", "09:00");
    expect(
      await changeSchedule(
        t.handle.db,
        {
          officeId: STATION,
          from: "2026-09-28",
          hours: weekdays([["09:00", "12:00"]]),
          slotMinutes: 30,
          counters: 1,
        },
        ADMIN,
        now,
      ),
    ).toEqual({ status: "notFuture" });
    // One counter from the 29th: the 09:00 slot on the 30th holds two people → refused, both listed.
    const refused = await changeSchedule(
      t.handle.db,
      {
        officeId: STATION,
        from: "2026-09-29",
        hours: weekdays([
          ["09:00", "12:00"],
          ["13:30", "17:00"],
        ]),
        slotMinutes: 30,
        counters: 1,
      },
      ADMIN,
      now,
    );
    expect(refused.status).toBe("conflict");
    expect(refused.status === "conflict" && refused.affected.map((x) => x.reference).sort()).toEqual(
      [a.reference, b.reference].sort(),
    );
    // Mornings only from the 29th: the booked 09:00 survives; afternoons disappear from the 29th, not before.
    const saved = await changeSchedule(
      t.handle.db,
      {
        officeId: STATION,
        from: "2026-09-29",
        hours: weekdays([["09:00", "12:00"]]),
        slotMinutes: 30,
        counters: 3,
      },
      ADMIN,
      now,
    );
    expect(saved).toEqual({ status: "saved" });
    const d30 = await day("2026-09-30");
    expect(d30.slots.map((s) => s.start)).not.toContain("13:30");
    expect(d30.slots.find((s) => s.start === "09:00")).toMatchObject({ capacity: 3, remaining: 1 });
    const [slotRow] = await t.handle.db.select().from(slots).where(eq(slots.id, a.slotId));
    expect(slotRow!.capacity).toBe(3);
    // Dropping the morning now would strand the two: refused again.
    const strand = await changeSchedule(
      t.handle.db,
      {
        officeId: STATION,
        from: "2026-09-30",
        hours: weekdays([["13:30", "17:00"]]),
        slotMinutes: 30,
        counters: 3,
      },
      ADMIN,
      now,
    );
    expect(strand.status).toBe("conflict");
    expect((await readAudit(t.handle.db, { action: "office.hours", officeId: STATION })).length).toBe(1);
  });

  it("closing an afternoon cancels its appointments with the closure, keeps the morning's, notifies by e-mail, and nobody can book it", async () => {
    const morning = await book("2026-10-09", "09:30");
    const afternoon = await book("2026-10-09", "10:30");
    // The schedule from the first test leaves mornings only; give the 9th an afternoon again for this test.
    await changeSchedule(
      t.handle.db,
      {
        officeId: STATION,
        from: "2026-10-09",
        hours: weekdays([
          ["09:00", "12:00"],
          ["13:30", "17:00"],
        ]),
        slotMinutes: 30,
        counters: 2,
      },
      ADMIN,
      now,
    );
    const pm = await book("2026-10-09", "14:00");
    await t.handle.db
      .update(appointments)
      .set({ emailSealed: seal("pm@example.cn") })
      .where(eq(appointments.id, pm.id));
    const r = await closeOffice(
      t.handle.db,
      { officeId: STATION, date: "2026-10-09", part: "pm", reason: "系统升级" },
      ADMIN,
      now,
    );
    expect(r.status).toBe("closed");
    if (r.status !== "closed") return;
    expect(r.cancelled.map((c) => c.reference)).toEqual([pm.reference]);
    expect(r.outboxIds).toHaveLength(1);
    const rows = await t.handle.db.select().from(appointments).where(eq(appointments.officeId, STATION));
    const state = (id: string) => rows.find((x) => x.id === id)!;
    expect(state(pm.id)).toMatchObject({ status: "cancelled", closureId: r.closureId });
    expect(state(morning.id).status).toBe("confirmed");
    expect(state(afternoon.id).status).toBe("confirmed");
    const [mail] = await t.handle.db.select().from(outbox).where(eq(outbox.id, r.outboxIds[0]!));
    expect(mail).toMatchObject({ template: "closure", appointmentId: pm.id, status: "pending" });
    expect(mail!.params.reason).toBe("系统升级");
    const d9 = await day("2026-10-09");
    expect(d9.slots.every((s) => s.start < "12:00")).toBe(true);
    // A server with a stale copy of the office cannot book it either: the slot row holds no seats.
    const [closed] = await t.handle.db.select().from(slots).where(eq(slots.id, pm.slotId));
    expect(closed).toMatchObject({ capacity: 0, booked: 0 });
    await expect(book("2026-10-09", "15:00")).rejects.toThrow();
    expect(
      (
        await closeOffice(
          t.handle.db,
          { officeId: STATION, date: "2026-10-09", part: "pm", reason: "x" },
          ADMIN,
          now,
        )
      ).status,
    ).toBe("exists");
    expect(
      (
        await closeOffice(
          t.handle.db,
          { officeId: STATION, date: "2026-09-01", part: "day", reason: "x" },
          ADMIN,
          now,
        )
      ).status,
    ).toBe("past");
    const log = await readAudit(t.handle.db, { action: "office.closure" });
    expect(log[0]!.detail).toMatchObject({ date: "2026-10-09", part: "pm", cancelled: [pm.reference] });
  });

  it("an optional e-mail at booking: validated, sealed at rest, a reminder the day before (once), erased by retention", async () => {
    const bad = await createBooking(
      {
        officeId: STATION,
        date: "2026-09-30",
        time: "10:00",
        business: "settlement",
        ...person(),
        email: "not an address",
      },
      { db: t.handle.db, now, ip: "10.2.0.1" },
    );
    expect(bad).toMatchObject({ status: "invalid", fieldErrors: { email: "emailInvalid" } });
    const a = await book("2026-09-30", "10:00", {
      email: "li@example.cn",
      checklistUrl: "/zh-Hans/checklist?x=1",
    });
    expect(a.emailSealed).toBeTruthy();
    expect(a.emailSealed).not.toContain("li@example.cn");
    const dayBefore = new Date("2026-09-29T02:00:00Z"); // 10:00 Shanghai on the 29th
    const ids = await enqueueReminders(t.handle.db, dayBefore);
    const mine = await t.handle.db.select().from(outbox).where(eq(outbox.appointmentId, a.id));
    expect(mine.map((m) => m.template)).toEqual(["reminder"]);
    expect(ids).toContain(mine[0]!.id);
    expect(mine[0]!.params.checklistUrl).toMatch(/\/zh-Hans\/checklist\?x=1$/);
    expect(await enqueueReminders(t.handle.db, dayBefore)).not.toContain(mine[0]!.id);
    expect(await anonymiseOlderThan(t.handle.db, 1, new Date("2026-12-01T00:00:00Z"))).toBeGreaterThan(0);
    const [after] = await t.handle.db.select().from(appointments).where(eq(appointments.id, a.id));
    expect(after!.emailSealed).toBeNull();
  });
});
