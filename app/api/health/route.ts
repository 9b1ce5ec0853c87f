import { NextResponse } from "next/server";
import { databaseKind } from "@/lib/db/kind";
import pkg from "@/package.json";

export const dynamic = "force-dynamic";

export function GET() {
  return NextResponse.json({ status: "ok", version: pkg.version, database: databaseKind() });
}
