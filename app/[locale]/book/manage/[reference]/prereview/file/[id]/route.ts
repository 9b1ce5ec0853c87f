import { getDb } from "@/lib/db/client";
import { getFileStore } from "@/lib/files/store";
import { fileResponse } from "@/lib/prereview/file-response";
import { manageParams } from "@/lib/prereview/http";
import { residentCase } from "@/lib/prereview/resident";
import { readCaseFile } from "@/lib/prereview/upload";

type Ctx = { params: Promise<{ locale: string; reference: string; id: string }> };

/** One of the resident's own files, for the browser holding the manage cookie only. */
export async function GET(_request: Request, { params }: Ctx): Promise<Response> {
  const raw = await params;
  const p = manageParams(raw);
  if (!p) return new Response(null, { status: 404 });
  const found = await residentCase(p.reference);
  if (!found?.case) return new Response(null, { status: 404, headers: { "Cache-Control": "no-store" } });
  const file = await readCaseFile((await getDb()).db, await getFileStore(), found.case.id, raw.id);
  return file
    ? fileResponse(file.file, file.bytes)
    : new Response(null, { status: 404, headers: { "Cache-Control": "no-store" } });
}
