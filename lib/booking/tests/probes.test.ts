import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { setDbForTesting } from "@/lib/db/client";
import { type TestDatabase, testDatabaseFactories } from "@/lib/db/testing";
import { PEER_HEADER, stampPeer } from "@/lib/http/peer-stamp.mjs";
import { deleteManaged, getSlots, patchManaged, postBooking, postLookup } from "../api";
import { inconsistentSlots } from "../queries";
import { resetRateLimitersForTesting } from "../rate-limit";
import { person } from "../test-helpers";

/**
 * The probes of issue 14 against the JSON API, on each database: what an attacker sent, and what the
 * server must answer. Requests go to the handlers as the app server hands them on (peer stamped).
 */
const BASE = "http://127.0.0.1/api/v1/bookings";
const OFFICE = "410105-hall";

const request = (
  path: string,
  init: { method: string; body?: string | Blob; headers?: Record<string, string>; peer?: string },
) =>
  new Request(`${BASE}${path}`, {
    method: init.method,
    body: init.body,
    headers: { [PEER_HEADER]: stampPeer(init.peer ?? "198.51.100.1"), ...init.headers },
  });
const json = { "content-type": "application/json" };

describe.each(testDatabaseFactories())("abuse probes on $label", (factory) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await factory.create();
    setDbForTesting(Promise.resolve(t.handle));
  });
  afterAll(async () => {
    setDbForTesting(undefined);
    await t?.dispose();
  });
  beforeEach(() => resetRateLimitersForTesting());

  async function freeSlots() {
    const body = await (await getSlots(new Request(`${BASE}/slots?office=${OFFICE}`))).json();
    return (body.days as { date: string; slots: { start: string; remaining: number }[] }[]).flatMap((d) =>
      d.slots.filter((s) => s.remaining > 0).map((s) => ({ date: d.date, time: s.start })),
    );
  }
  const booking = async (slot: { date: string; time: string }, peer?: string) =>
    postBooking(
      request("", {
        method: "POST",
        headers: json,
        peer,
        body: JSON.stringify({ officeId: OFFICE, ...slot, business: "transfer", ...person() }),
      }),
    );

  it("hoarding with a rotated X-Forwarded-For behind the proxy: the real address and network are what count", async () => {
    const saved = process.env.TRUSTED_PROXIES;
    process.env.TRUSTED_PROXIES = "127.0.0.1";
    try {
      const slots = await freeSlots();
      const statuses: number[] = [];
      for (let i = 0; i < 30; i++) {
        const forged = `${10 + i}.${i}.${i * 3}.${i + 1}`;
        // Two real addresses of one network, as a small proxy pool hands out, each request a new person.
        const xff = `${forged}, 203.0.113.${i % 2 ? 5 : 6}`;
        const res = await postBooking(
          request("", {
            method: "POST",
            headers: { ...json, "x-forwarded-for": xff },
            peer: "127.0.0.1",
            body: JSON.stringify({ officeId: OFFICE, ...slots[i]!, business: "transfer", ...person() }),
          }),
        );
        statuses.push(res.status);
      }
      // 2 per address, 4 per network, at this office today — however the header rotates.
      expect(statuses.filter((s) => s === 201)).toHaveLength(4);
      expect(statuses.filter((s) => s === 429)).toHaveLength(26);
      // A resident from another network is not affected.
      const resident = await postBooking(
        request("", {
          method: "POST",
          headers: { ...json, "x-forwarded-for": "100.64.7.9" },
          peer: "127.0.0.1",
          body: JSON.stringify({ officeId: OFFICE, ...slots[40]!, business: "transfer", ...person() }),
        }),
      );
      expect(resident.status).toBe(201);
    } finally {
      if (saved === undefined) delete process.env.TRUSTED_PROXIES;
      else process.env.TRUSTED_PROXIES = saved;
    }
  });

  it("refuses a cross-site text/plain POST (the form any web page can send) and a cross-site JSON one", async () => {
    const [slot] = await freeSlots();
    const body = JSON.stringify({ officeId: OFFICE, ...slot, business: "transfer", ...person() });
    const plain = await postBooking(
      request("", { method: "POST", body, headers: { "content-type": "text/plain" } }),
    );
    expect(plain.status).toBe(415);
    const crossSite = await postBooking(
      request("", { method: "POST", body, headers: { ...json, "sec-fetch-site": "cross-site" } }),
    );
    expect(crossSite.status).toBe(403);
    const foreignOrigin = await postBooking(
      request("", { method: "POST", body, headers: { ...json, origin: "https://evil.example" } }),
    );
    expect(foreignOrigin.status).toBe(403);
    expect((await crossSite.json()).error.code).toBe("crossSite");
    // The same request from a non-browser client (no Origin, no Sec-Fetch-Site) books.
    expect((await postBooking(request("", { method: "POST", body, headers: json }))).status).toBe(201);
  });

  it("answers a 1 MB body with 413 without reading it all, and NUL bytes with 400", async () => {
    const big = new Blob([new Uint8Array(1024 * 1024).fill(0x20)]);
    const res = await postBooking(request("", { method: "POST", headers: json, body: big }));
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe("tooLarge");
    const [slot] = await freeSlots();
    for (const field of ["name", "phone", "idNumber", "officeId"]) {
      const p = { officeId: OFFICE, ...slot, business: "transfer", ...person() } as Record<string, string>;
      p[field] = `${p[field]}\u0000`;
      const r = await postBooking(request("", { method: "POST", headers: json, body: JSON.stringify(p) }));
      expect(r.status, field).toBe(400);
      expect((await r.json()).error.code).toBe("controlCharacters");
    }
    const lookup = await postLookup(
      request("/lookup", { method: "POST", headers: json, body: '{"reference":"HK-\\u0000","phone":"1"}' }),
    );
    expect(lookup.status).toBe(400);
  });

  it("twenty concurrent reschedules with one token: exactly one succeeds, the seat count stays right", async () => {
    const slots = await freeSlots();
    const made = await (await booking(slots[0]!)).json();
    const auth = { authorization: `Bearer ${made.manageToken}`, ...json };
    const targets = slots.slice(1, 21);
    const results = await Promise.all(
      targets.map((slot, i) =>
        patchManaged(
          request("/manage", {
            method: "PATCH",
            headers: auth,
            body: JSON.stringify(slot),
            peer: `198.51.100.${i + 10}`,
          }),
        ),
      ),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 404)).toHaveLength(19);
    expect(await inconsistentSlots(t.handle.db)).toEqual([]);
    // And the same for cancelling: one cancellation, one seat given back.
    const fresh = (await results.find((r) => r.status === 200)!.json()).manageToken;
    const cancels = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        deleteManaged(
          request("/manage", {
            method: "DELETE",
            headers: { authorization: `Bearer ${fresh}` },
            peer: `198.51.100.${i + 40}`,
          }),
        ),
      ),
    );
    expect(cancels.filter((r) => r.status === 200)).toHaveLength(1);
    expect(await inconsistentSlots(t.handle.db)).toEqual([]);
  });

  const lookup = (reference: string, phone: string, peer: string) =>
    postLookup(
      request("/lookup", { method: "POST", headers: json, peer, body: JSON.stringify({ reference, phone }) }),
    );

  it("five wrong mobiles from five networks freeze the reference for the day, even for its owner", async () => {
    const body = await (await getSlots(new Request(`${BASE}/slots?office=${OFFICE}`))).json();
    const day = body.days.find((d: { slots: { remaining: number }[] }) =>
      d.slots.some((s) => s.remaining > 0),
    );
    const p = person();
    const made = await (
      await postBooking(
        request("", {
          method: "POST",
          headers: json,
          body: JSON.stringify({
            officeId: OFFICE,
            date: day.date,
            time: day.slots[0].start,
            business: "transfer",
            ...p,
          }),
        }),
      )
    ).json();
    const reference: string = made.booking.reference;
    // The attacker knows the reference (say, from a photo of the QR code) and guesses mobiles from
    // ever new addresses: the per-address limits never trigger; the per-reference one does.
    for (let i = 0; i < 5; i++) {
      const guess = `139${String(10_000_000 + i).padStart(8, "0")}`;
      expect((await lookup(reference, guess, `203.0.${i}.7`)).status).toBe(404);
    }
    const frozen = await lookup(reference, p.phone, "198.51.100.77");
    expect(frozen.status).toBe(429);
    const answer = await frozen.json();
    expect(answer.error.code).toBe("referenceFrozen");
    expect(answer.error.message).toContain("暂停查询");
    // Another reference is not affected.
    expect((await lookup("HK-0000-0000-0000", p.phone, "198.51.100.78")).status).toBe(404);
  });
});
