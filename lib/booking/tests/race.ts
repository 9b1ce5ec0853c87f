import { person } from "../test-helpers";

/**
 * The race used by the race test and the benchmark: many concurrent booking attempts for one
 * empty 5-seat slot through the HTTP API.
 */
export const OFFICE = "410105-hall"; // 5 counters

export async function firstEmptySlot(url: string, office = OFFICE) {
  const res = await fetch(`${url}/api/v1/bookings/slots?office=${office}`);
  const body = (await res.json()) as {
    days: { date: string; slots: { start: string; remaining: number; capacity: number }[] }[];
  };
  for (const d of body.days) {
    const s = d.slots.find((x) => x.remaining === x.capacity);
    if (s) return { date: d.date, time: s.start, capacity: s.capacity };
  }
  throw new Error("no empty slot in the window");
}

let runs = 0;

export async function race(url: string, attempts = 200) {
  const base = 100_000 + 1000 * runs++ + Math.floor(Math.random() * 1000) * 10_000;
  const slot = await firstEmptySlot(url);
  const responses = await Promise.all(
    Array.from({ length: attempts }, async (_, i) => {
      const res = await fetch(`${url}/api/v1/bookings`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "idempotency-key": `race-${i}-${Math.random().toString(36).slice(2)}`,
          "x-forwarded-for": `198.51.100.${i % 250}`,
        },
        body: JSON.stringify({
          officeId: OFFICE,
          date: slot.date,
          time: slot.time,
          business: "transfer",
          ...person(base + i),
        }),
      });
      return {
        status: res.status,
        body: (await res.json()) as { error?: { code: string }; suggestions?: unknown[] },
      };
    }),
  );
  const confirmed = responses.filter((r) => r.status === 201).length;
  const full = responses.filter((r) => r.status === 409 && r.body.error?.code === "full");
  const withSuggestions = full.filter((r) => (r.body.suggestions?.length ?? 0) > 0).length;
  const other = responses
    .filter((r) => r.status !== 201 && !(r.status === 409 && r.body.error?.code === "full"))
    .map((r) => `${r.status} ${r.body.error?.code}`);
  return { slot, confirmed, full: full.length, withSuggestions, other };
}
