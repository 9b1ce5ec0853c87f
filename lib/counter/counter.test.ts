import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { resetRateLimitersForTesting } from "@/lib/booking/rate-limit";
import { createBooking } from "@/lib/booking/service";
import { BEFORE_NATIONAL_DAY, person } from "@/lib/booking/test-helpers";
import { sharedChecklistPath } from "@/lib/checklist/share-link";
import { type TestDatabase, testDatabaseFactories } from "@/lib/db/testing";
import { evaluate } from "@/policies";
import type { Answers } from "@/policies/fields";
import { attachedChecklist, validMissingKeys } from "./attached-checklist";
import { announce, type HallEvent, stopListening, subscribe } from "./live";
import {
  callNext,
  checkIn,
  dayAppointments,
  markNoShow,
  recentCalls,
  recordOutcome,
  walkIn,
} from "./queries";
import { queueCode } from "./queue-code";

const now = BEFORE_NATIONAL_DAY;
const DAY = "2026-09-29";
const office = "410105-hall";
const answers: Answers = {
  city: "zhengzhou",
  district: "410105",
  birthDate: "1979-11-22",
  origin: "other-city",
  hukouRural: true,
  permit: true,
  permitMonths: 30,
  siLast12: 7,
  renting: true,
  leaseFiled: true,
  rentMonths: 14,
};
const route = evaluate(answers, { asOf: "2026-12-01" }).routes.find((r) => r.verdict === "eligible")!;

describe.each(testDatabaseFactories())("the counter on $label", (factory) => {
  let t: TestDatabase;
  let ip = 0;
  const staffId = "clerk-1";
  const book = async (time: string, checklistUrl?: string) => {
    const r = await createBooking(
      {
        officeId: office,
        date: DAY,
        time,
        business: "settlement",
        routeId: route.id,
        ...person(),
        ...(checklistUrl ? { checklistUrl } : {}),
      },
      { db: t.handle.db, now, ip: `10.1.0.${ip++ % 250}` },
    );
    if (r.status !== "created") throw new Error(JSON.stringify(r));
    return r.booking;
  };

  beforeAll(async () => {
    t = await factory.create();
  });
  afterAll(async () => {
    await stopListening();
    await t?.dispose();
  });
  beforeEach(() => resetRateLimitersForTesting());

  it("checks in by reference once, refuses another office, another day without a yes", async () => {
    const b = await book("08:30");
    const db = t.handle.db;
    expect(
      await checkIn(db, { officeId: "410102-station", reference: b.reference, day: DAY, staffId }),
    ).toEqual({
      ok: false,
      reason: "otherOffice",
    });
    expect(
      await checkIn(db, { officeId: office, reference: b.reference, day: "2026-09-30", staffId }),
    ).toEqual({
      ok: false,
      reason: "otherDay",
      date: DAY,
    });
    const first = await checkIn(db, { officeId: office, reference: b.reference, day: DAY, staffId });
    const again = await checkIn(db, { officeId: office, reference: b.reference, day: DAY, staffId });
    expect(first.ok && again.ok).toBe(true);
    if (!first.ok || !again.ok) return;
    expect(queueCode(first.visit.prefix, first.visit.number)).toBe("A001");
    expect(again.already).toBe(true);
    expect(again.visit.id).toBe(first.visit.id);
    expect(
      await checkIn(db, { officeId: office, reference: "HK-0000-0000-0000", day: DAY, staffId }),
    ).toEqual({
      ok: false,
      reason: "notFound",
    });
  });

  it("calls an appointment before a walk-in who came earlier", async () => {
    const db = t.handle.db;
    const day = "2026-10-09";
    await walkIn(db, { officeId: office, day, businessType: "settlement", staffId }, now);
    const r = await createBooking(
      { officeId: office, date: day, time: "08:30", business: "settlement", ...person() },
      { db, now, ip: `10.3.0.${ip++ % 250}` },
    );
    if (r.status !== "created") throw new Error(r.status);
    await checkIn(db, { officeId: office, reference: r.booking.reference, day, staffId });
    const first = await callNext(db, { officeId: office, day, counter: 1, staffId });
    const second = await callNext(db, { officeId: office, day, counter: 2, staffId });
    expect(first.ok && queueCode(first.visit.prefix, first.visit.number)).toBe("A001");
    expect(second.ok && queueCode(second.visit.prefix, second.visit.number)).toBe("B001");
  });

  it("gives twenty counters calling at once twenty different people", async () => {
    const db = t.handle.db;
    const day = "2026-09-30";
    const walk = await walkIn(db, { officeId: office, day, businessType: "settlement", staffId }, now);
    expect(queueCode(walk.prefix, walk.number)).toBe("B001");
    const refs = [];
    for (const time of ["08:30", "08:50", "09:10"]) {
      const r = await createBooking(
        { officeId: office, date: day, time, business: "settlement", ...person() },
        { db, now, ip: `10.2.0.${ip++ % 250}` },
      );
      if (r.status === "created") refs.push(r.booking.reference);
    }
    for (const reference of refs) await checkIn(db, { officeId: office, reference, day, staffId });
    for (let i = 0; i < 17; i++)
      await walkIn(db, { officeId: office, day, businessType: "transfer", staffId });
    const calls = await Promise.all(
      Array.from({ length: 22 }, (_, i) => callNext(db, { officeId: office, day, counter: i + 1, staffId })),
    );
    const called = calls.flatMap((c) => (c.ok ? [c.visit] : []));
    expect(called).toHaveLength(21);
    expect(new Set(called.map((v) => v.id)).size).toBe(21);
    expect(calls.filter((c) => !c.ok && c.reason === "empty")).toHaveLength(1);
    expect((await recentCalls(db, office, day, 30)).map((c) => c.code).sort()).toHaveLength(21);
    // A busy counter must record its outcome before calling again.
    const again = await callNext(db, { officeId: office, day, counter: 1, staffId });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.reason).toBe("busy");
  });

  it("records 材料不全 with exactly the missing items and lets the resident book again", async () => {
    const db = t.handle.db;
    const path = sharedChecklistPath("zh-Hans", answers, route)!;
    expect(path.length).toBeLessThanOrEqual(300);
    const list = attachedChecklist(path)!;
    const ticked = list.items.slice(0, 1).map((i) => i.key);
    const b = await book("09:10", `${path}&t=${ticked.join(".")}`);
    const listed = (await dayAppointments(db, office, DAY)).find(
      (r) => r.appointment.reference === b.reference,
    )!;
    const attached = attachedChecklist(listed.appointment.checklistUrl)!;
    expect(attached.items.filter((i) => i.ticked).map((i) => i.key)).toEqual(ticked);
    const c = await checkIn(db, { officeId: office, reference: b.reference, day: DAY, staffId });
    if (!c.ok) throw new Error("check-in failed");
    // Keys not on the list are dropped: the resident is told only what was really asked for.
    const missing = validMissingKeys(attached, [list.items[2]!.key, "forged_a", list.items[1]!.key]);
    expect(missing).toEqual([list.items[1]!.key, list.items[2]!.key]);
    const done = await recordOutcome(db, {
      visitId: c.visit.id,
      officeId: office,
      outcome: "incomplete",
      missingItems: missing,
      staffId,
    });
    expect(done?.state).toBe("incomplete");
    expect(done?.missingItems).toEqual(missing);
    // A second outcome for the same visit is refused.
    expect(
      await recordOutcome(db, {
        visitId: c.visit.id,
        officeId: office,
        outcome: "served",
        missingItems: [],
        staffId,
      }),
    ).toBeUndefined();
    const row = (await dayAppointments(db, office, DAY)).find(
      (r) => r.appointment.reference === b.reference,
    )!;
    expect(row.appointment.status).toBe("closed");
  });

  it("marks 未到 once for an appointment that never came", async () => {
    const db = t.handle.db;
    const b = await book("09:30");
    const row = (await dayAppointments(db, office, DAY)).find(
      (r) => r.appointment.reference === b.reference,
    )!;
    const input = { appointmentId: row.appointment.id, officeId: office, day: DAY, staffId };
    expect(await markNoShow(db, { ...input, officeId: "410102-station" })).toBe(false);
    expect(await markNoShow(db, input)).toBe(true);
    expect(await markNoShow(db, input)).toBe(false);
    expect(await checkIn(db, { officeId: office, reference: b.reference, day: DAY, staffId })).toEqual({
      ok: false,
      reason: "closed",
    });
  });

  it("announces a call to subscribers of that office only", async () => {
    const got: HallEvent[] = [];
    const other: HallEvent[] = [];
    const off1 = await subscribe(t.handle, office, (e) => got.push(e));
    const off2 = await subscribe(t.handle, "410102-station", (e) => other.push(e));
    await announce(t.handle, {
      officeId: office,
      day: DAY,
      kind: "call",
      code: "A001",
      counter: 3,
      at: Date.now(),
    });
    for (let i = 0; i < 50 && got.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    off1();
    off2();
    expect(got.map((e) => [e.code, e.counter])).toEqual([["A001", 3]]);
    expect(other).toEqual([]);
  });
});
