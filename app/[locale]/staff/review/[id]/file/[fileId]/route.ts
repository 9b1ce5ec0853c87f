import { audit } from "@/lib/audit/log";
import { getDb } from "@/lib/db/client";
import { getFileStore } from "@/lib/files/store";
import { fileResponse } from "@/lib/prereview/file-response";
import { caseForStaff } from "@/lib/prereview/staff-access";
import { readCaseFile } from "@/lib/prereview/upload";
import { currentStaff } from "@/lib/staff/session";

type Ctx = { params: Promise<{ locale: string; id: string; fileId: string }> };

const none = () => new Response(null, { status: 404, headers: { "Cache-Control": "no-store" } });

/** A resident's page for a clerk of the case's office: every view audited, nothing cached. */
export async function GET(_request: Request, { params }: Ctx): Promise<Response> {
  const { id, fileId } = await params;
  const ctx = await currentStaff();
  const { db } = await getDb();
  const c = await caseForStaff(db, ctx?.staff ?? null, id);
  if (!ctx || !c) return none();
  const file = await readCaseFile(db, await getFileStore(), c.id, fileId);
  if (!file) return none();
  await audit(db, {
    actorId: ctx.staff.id,
    action: "prereview.file.view",
    officeId: c.officeId,
    appointmentId: c.appointmentId,
    detail: { caseId: c.id, fileId: file.file.id, line: file.file.itemKey },
  });
  return fileResponse(file.file, file.bytes);
}
