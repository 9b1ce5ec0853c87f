import fc from "fast-check";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { resetRateLimitersForTesting } from "@/lib/booking/rate-limit";
import { makeId, person, withWrongCheckDigit } from "@/lib/booking/test-helpers";
import { createDb, type DbHandle, setDbForTesting } from "@/lib/db/client";
import { POST as lookupRoute } from "./lookup/route";
import { DELETE as cancelRoute, PATCH as rescheduleRoute, GET as viewRoute } from "./manage/route";
import { GET as officesRoute } from "./offices/route";
import { POST as createRoute } from "./route";
import { GET as slotsRoute } from "./slots/route";

const BASE = "http://127.0.0.1/api/v1/bookings";
let handle: DbHandle;

beforeAll(async () => {
  handle = await createDb({ PGLITE_DIR: "memory://" });
  setDbForTesting(Promise.resolve(handle));
});
afterAll(async () => {
  setDbForTesting(undefined);
  await handle.close();
});
beforeEach(() => resetRateLimitersForTesting());

const post = (body: unknown, headers: Record<string, string> = {}) =>
  createRoute(
    new Request(BASE, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );

async function firstSlot(office = "410105-hall") {
  const res = await slotsRoute(new Request(`${BASE}/slots?office=${office}`));
  const body = await res.json();
  for (const d of body.days)
    for (const s of d.slots) if (s.remaining > 0) return { date: d.date, time: s.start };
  throw new Error("no slot");
}

describe("POST /api/v1/bookings", () => {
  it("creates a booking (201) and replays it for the same Idempotency-Key (200)", async () => {
    const slot = await firstSlot();
    const body = { officeId: "410105-hall", ...slot, business: "settlement", routeId: "r-1", ...person() };
    const a = await post(body, { "idempotency-key": "abcdefgh-1" });
    expect(a.status).toBe(201);
    const created = await a.json();
    expect(created.booking.reference).toMatch(/^HK-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    // Absolute, on PUBLIC_ORIGIN (never the request's Host), to the page that trades the token for a cookie.
    expect(created.manageUrl).toBe(`http://localhost:3000/zh-Hans/book/manage/key/${created.manageToken}`);
    const b = await post(body, { "idempotency-key": "abcdefgh-1" });
    expect(b.status).toBe(200);
    expect(b.headers.get("idempotent-replayed")).toBe("true");
    expect((await b.json()).booking.reference).toBe(created.booking.reference);
  });

  it("answers 400 with localized field errors (zh-Hans and zh-Hant)", async () => {
    const bad = {
      officeId: "410105-hall",
      date: "2026-13-01",
      time: "9",
      business: "settlement",
      name: "",
      phone: "1",
      idNumber: withWrongCheckDigit(makeId()),
    };
    const hans = await (await post(bad)).json();
    expect(hans.error.code).toBe("invalid");
    expect(hans.error.fields.idNumber).toEqual({
      code: "id_checkDigit",
      message: expect.stringContaining("校验码"),
    });
    expect(hans.error.fields.name.code).toBe("required");
    const hant = await (await post(bad, { "accept-language": "zh-TW" })).json();
    expect(hant.error.fields.idNumber.message).toContain("校驗碼");
  });

  it("never answers 500 for bad input", async () => {
    expect((await post("{not json")).status).toBe(400);
    expect((await post("[]")).status).toBe(400);
    expect((await post("x".repeat(20_000))).status).toBe(413);
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        const res = await post(JSON.stringify(value));
        return res.status === 400;
      }),
      { numRuns: 60 },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          officeId: fc.string(),
          date: fc.string(),
          time: fc.string(),
          business: fc.string(),
          name: fc.string(),
          phone: fc.string(),
          idNumber: fc.string(),
        }),
        async (value) => (await post(value)).status === 400,
      ),
      { numRuns: 60 },
    );
  });

  it("answers 409 alreadyBooked and 429 with Retry-After, localized", async () => {
    const slot = await firstSlot();
    const p = person();
    const body = { officeId: "410105-hall", ...slot, business: "transfer", ...p };
    expect((await post(body)).status).toBe(201);
    const again = await post(body);
    expect(again.status).toBe(409);
    expect((await again.json()).error.code).toBe("alreadyBooked");
    let last: Response | undefined;
    for (let i = 0; i < 10; i++) last = await post(body);
    expect(last?.status).toBe(429);
    expect(Number(last?.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await last!.json()).error.message).toMatch(/\d+ (分钟|小时)后再试/);
  });

  it("logs no personal data when something fails", async () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const slot = await firstSlot();
    const down = Promise.reject(new Error("db down"));
    down.catch(() => {}); // rejected on purpose: the handler's await sees it, the runner must not
    setDbForTesting(down);
    const p = person();
    const res = await post({ officeId: "410105-hall", ...slot, business: "settlement", ...p });
    setDbForTesting(Promise.resolve(handle));
    const logged = spy.mock.calls.flat().join(" ");
    spy.mockRestore();
    expect(res.status).toBe(500);
    expect(logged).not.toContain(p.idNumber);
    expect(logged).not.toContain(p.phone);
  });
});

describe("GET slots and offices", () => {
  it("lists offices for a district, marked as sample data", async () => {
    const body = await (await officesRoute(new Request(`${BASE}/offices?district=370203`))).json();
    expect(body.sample).toBe(true);
    expect(body.offices[0].districtCode).toBe("370203");
  });

  it("rejects an unknown office or a bad date with 400", async () => {
    expect((await slotsRoute(new Request(`${BASE}/slots?office=nope`))).status).toBe(400);
    expect((await slotsRoute(new Request(`${BASE}/slots?office=410105-hall&date=tomorrow`))).status).toBe(
      400,
    );
    expect((await officesRoute(new Request(`${BASE}/offices?business=x`))).status).toBe(400);
  });
});

describe("lookup and manage", () => {
  it("looks up, views, reschedules and cancels with the rotating token", async () => {
    const slot = await firstSlot("370202-station");
    const p = person();
    const created = await (
      await post({ officeId: "370202-station", ...slot, business: "settlement", ...p })
    ).json();
    const lookup = (phone: string) =>
      lookupRoute(
        new Request(`${BASE}/lookup`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ reference: created.booking.reference, phone }),
        }),
      );
    expect((await lookup("13912345678")).status).toBe(404);
    const found = await (await lookup(p.phone)).json();
    const auth = (t: string) => ({ authorization: `Bearer ${t}` });
    expect(
      (await viewRoute(new Request(`${BASE}/manage`, { headers: auth(created.manageToken) }))).status,
    ).toBe(404);
    const view = await (
      await viewRoute(new Request(`${BASE}/manage`, { headers: auth(found.manageToken) }))
    ).json();
    expect(view.booking.reference).toBe(created.booking.reference);

    const slots = await (await slotsRoute(new Request(`${BASE}/slots?office=370202-station`))).json();
    const other = slots.days.flatMap((d: { date: string; slots: { start: string; remaining: number }[] }) =>
      d.slots.filter((s) => s.remaining > 0).map((s) => ({ date: d.date, time: s.start })),
    )[3];
    const moved = await rescheduleRoute(
      new Request(`${BASE}/manage`, {
        method: "PATCH",
        headers: { ...auth(found.manageToken), "content-type": "application/json" },
        body: JSON.stringify(other),
      }),
    );
    expect(moved.status).toBe(200);
    const movedBody = await moved.json();
    expect(movedBody.booking).toMatchObject({ date: other.date, start: other.time, sequence: 1 });
    const cancelled = await cancelRoute(
      new Request(`${BASE}/manage`, { method: "DELETE", headers: auth(movedBody.manageToken) }),
    );
    expect((await cancelled.json()).booking.status).toBe("cancelled");
    expect(
      (await cancelRoute(new Request(`${BASE}/manage`, { method: "DELETE", headers: auth("garbage") })))
        .status,
    ).toBe(404);
  });
});
