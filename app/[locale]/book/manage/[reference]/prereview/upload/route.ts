import { getDb } from "@/lib/db/client";
import { getFileStore } from "@/lib/files/store";
import { clientIp } from "@/lib/http/client-ip";
import { holdsSlot } from "@/lib/prereview/cases";
import { manageParams, noAccess, reply } from "@/lib/prereview/http";
import { uploadLimiters } from "@/lib/prereview/limits";
import { residentCase } from "@/lib/prereview/resident";
import { uploadToCase } from "@/lib/prereview/upload";

type Ctx = { params: Promise<{ locale: string; reference: string }> };

/** One file onto one checklist line (multipart: item, mode, file), streamed and bounded. */
export async function POST(request: Request, { params }: Ctx): Promise<Response> {
  const p = manageParams(await params);
  if (!p) return new Response(null, { status: 404 });
  const found = await residentCase(p.reference, { create: true });
  if (!found) return noAccess(request, p.locale);
  if (!found.case || !holdsSlot(found.appointment)) {
    await request.body?.cancel().catch(() => {});
    return reply(request, p.locale, p.reference, { ok: false, code: found.problem ?? "notHeld" });
  }
  try {
    const outcome = await uploadToCase(found.case.id, request, {
      db: (await getDb()).db,
      store: await getFileStore(),
      limiters: await uploadLimiters(),
      ip: clientIp(request.headers),
    });
    if (outcome.status === "stored")
      return reply(request, p.locale, p.reference, { ok: true, code: "stored", line: outcome.itemKey });
    if (outcome.status === "rateLimited")
      return reply(request, p.locale, p.reference, {
        ok: false,
        code: "rateLimited",
        retryAfterSeconds: outcome.retryAfterSeconds,
      });
    return reply(request, p.locale, p.reference, { ok: false, code: outcome.problem, line: outcome.itemKey });
  } catch (err) {
    // A store or database that fails is the portal's problem, said as such — never a stack trace.
    console.error("[prereview] upload failed", (err as Error).message);
    return reply(request, p.locale, p.reference, { ok: false, code: "unavailable", status: 503 });
  }
}
