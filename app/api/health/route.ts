import { NextResponse } from "next/server";
import { currentRateLimitStatus } from "@/lib/booking/rate-limit";
import { databaseKind } from "@/lib/db/kind";
import pkg from "@/package.json";

export const dynamic = "force-dynamic";

/**
 * Liveness and what an operator must see: `rateLimits` is "degraded" while Redis is unreachable
 * (limits are then counted in the database), "local" when counted in this process only.
 */
export async function GET() {
  const rateLimits = await currentRateLimitStatus().catch(() => "degraded" as const);
  return NextResponse.json({ status: "ok", version: pkg.version, database: databaseKind(), rateLimits });
}
