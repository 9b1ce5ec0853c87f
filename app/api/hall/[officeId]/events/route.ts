import { officeById } from "@/lib/booking/offices";
import { hallEventStream } from "@/lib/counter/sse";
import { getDb } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/** The hall display's live stream (ADR 0014). */
export async function GET(req: Request, { params }: { params: Promise<{ officeId: string }> }) {
  const { officeId } = await params;
  if (!officeById(officeId)) return Response.json({ error: "notFound" }, { status: 404 });
  return hallEventStream(await getDb(), officeId, req.signal);
}
