import { json, jsonBody } from "@/lib/booking/http";

export const dynamic = "force-dynamic";

/**
 * The framework's floor for a booking-sized POST: parse the JSON body, answer 201, touch nothing else.
 * `npm run bench:booking` measures it beside the booking API; it exists only on a server started with
 * BENCH_BOOKING=1.
 */
export async function POST(req: Request) {
  if (process.env.BENCH_BOOKING !== "1") return json({ error: { code: "notFound" } }, 404);
  const body = await jsonBody(req, "zh-Hans");
  return json({ received: body.ok ? Object.keys(body.value).length : 0 }, 201);
}
