import { officeById } from "@/lib/booking/offices";
import { hallSnapshot } from "@/lib/counter/snapshot";
import { getDb } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/** The hall display's snapshot: its polling fallback and its refresh after a reconnect. */
export async function GET(_req: Request, { params }: { params: Promise<{ officeId: string }> }) {
  const { officeId } = await params;
  if (!officeById(officeId)) return Response.json({ error: "notFound" }, { status: 404 });
  const { db } = await getDb();
  return Response.json(await hallSnapshot(db, officeId), { headers: { "Cache-Control": "no-store" } });
}
