import fc from "fast-check";
import { afterAll, beforeAll, beforeEach, describe, it } from "vitest";
import { POST as eligibility } from "@/app/api/v1/eligibility/route";
import { GET as policies } from "@/app/api/v1/policies/route";
import { POST as transfer } from "@/app/api/v1/transfer/route";
import { setDbForTesting } from "@/lib/db/client";
import { type TestDatabase, testDatabaseFactories } from "@/lib/db/testing";
import { PEER_HEADER, stampPeer } from "@/lib/http/peer-stamp.mjs";
import {
  deleteManaged,
  getManaged,
  getOffices,
  getSlots,
  patchManaged,
  postBooking,
  postLookup,
} from "../api";
import { resetRateLimitersForTesting } from "../rate-limit";
import { createBooking, lookupBooking } from "../service";

/**
 * Every JSON endpoint and the booking forms' use cases under random input: never a 5xx, never a throw.
 * Bounded (a few hundred cases each) so the whole file runs in seconds per database.
 */
const RUNS = 80;
const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(
    "HK-0000-0000-0000",
    "2026-10-09",
    "09:10",
    "410105-hall",
    "13800138000",
    "\u0000",
    "/%09/evil",
  ),
);
const bodies = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  fc
    .dictionary(
      fc.constantFrom(
        "officeId",
        "date",
        "time",
        "business",
        "name",
        "phone",
        "idNumber",
        "reference",
        "checklistUrl",
        "routeId",
        "idempotencyKey",
        "city",
        "answers",
        "asOf",
      ),
      text,
    )
    .map((v) => JSON.stringify(v)),
  fc.string({ unit: "binary", maxLength: 200 }),
);
const headerSets = fc.record({
  "content-type": fc.constantFrom(
    "application/json",
    "text/plain",
    "application/json; charset=utf-8",
    "multipart/form-data",
  ),
  "sec-fetch-site": fc.constantFrom("same-origin", "cross-site", "none", "same-site"),
  authorization: fc.oneof(
    fc.constant("Bearer x"),
    text.map((t) => `Bearer ${t.replace(/[^\x20-\x7e]/g, "")}`),
  ),
});

const req = (method: string, path: string, body: string | undefined, headers: Record<string, string>) =>
  new Request(`http://127.0.0.1${path}`, {
    method,
    body,
    headers: { ...headers, [PEER_HEADER]: stampPeer("198.51.100.9") },
  });

describe.each(testDatabaseFactories())("fuzz on $label", (factory) => {
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

  it("JSON endpoints with a body: 0 × 5xx", async () => {
    const endpoints: [string, string, (r: Request) => Promise<Response>][] = [
      ["POST", "/api/v1/bookings", postBooking],
      ["POST", "/api/v1/bookings/lookup", postLookup],
      ["PATCH", "/api/v1/bookings/manage", patchManaged],
      ["POST", "/api/v1/eligibility", eligibility],
      ["POST", "/api/v1/transfer", transfer],
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...endpoints),
        bodies,
        headerSets,
        async ([method, path, handler], body, headers) => {
          resetRateLimitersForTesting();
          const res = await handler(req(method, path, body, headers));
          return res.status < 500;
        },
      ),
      { numRuns: RUNS * endpoints.length },
    );
  });

  it("JSON endpoints without a body (query and token only): 0 × 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(text, text, headerSets, async (a, b, headers) => {
        const q = `?office=${encodeURIComponent(a)}&date=${encodeURIComponent(b)}&district=${encodeURIComponent(a)}&business=${encodeURIComponent(b)}&locale=${encodeURIComponent(b)}`;
        const statuses = await Promise.all([
          getSlots(req("GET", `/api/v1/bookings/slots${q}`, undefined, {})).then((r) => r.status),
          getOffices(req("GET", `/api/v1/bookings/offices${q}`, undefined, {})).then((r) => r.status),
          getManaged(req("GET", "/api/v1/bookings/manage", undefined, headers)).then((r) => r.status),
          deleteManaged(req("DELETE", "/api/v1/bookings/manage", undefined, headers)).then((r) => r.status),
          Promise.resolve(policies().status),
        ]);
        return statuses.every((s) => s < 500);
      }),
      { numRuns: RUNS },
    );
  });

  it("the booking forms' use cases (what the server actions call) never throw", async () => {
    const form = fc.dictionary(
      fc.constantFrom(
        "officeId",
        "date",
        "time",
        "business",
        "name",
        "phone",
        "idNumber",
        "routeId",
        "checklistUrl",
        "idempotencyKey",
        "reference",
        "locale",
      ),
      text,
    );
    await fc.assert(
      fc.asyncProperty(form, async (values) => {
        resetRateLimitersForTesting();
        const ctx = { ip: "198.51.100.9" };
        const a = await createBooking(values, ctx);
        const b = await lookupBooking(values, ctx);
        return typeof a.status === "string" && typeof b.status === "string";
      }),
      { numRuns: RUNS * 2 },
    );
  });
});
