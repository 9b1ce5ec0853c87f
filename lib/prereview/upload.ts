import { and, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { type PrereviewFile, prereviewCases, prereviewFiles } from "@/lib/db/schema";
import { type FileProblem, inspectUpload } from "@/lib/files/inspect";
import { FILE_LIMITS, type FileLimits } from "@/lib/files/limits";
import { type MultipartProblem, parseUpload } from "@/lib/files/multipart";
import type { FileStore } from "@/lib/files/store";
import { decisionsOf, editableLines, filesOf, lockCase } from "./cases";
import { consumeUpload, type UploadLimiters } from "./limits";
import { caseLines } from "./lines";

/** Why an upload did not land, beyond the file's own problems (messages: prereview.problem.*). */
export type CaseProblem = "noFile" | "unknownItem" | "locked" | "itemFull" | "caseFull";
export type UploadProblem = FileProblem | MultipartProblem | CaseProblem;

export type UploadOutcome =
  | { status: "stored"; file: PrereviewFile; itemKey: string }
  | { status: "refused"; problem: UploadProblem; itemKey?: string }
  | { status: "rateLimited"; retryAfterSeconds: number };

export interface UploadContext {
  db: Db;
  store: FileStore;
  limiters: UploadLimiters;
  /** The trusted client address (lib/http/client-ip.ts), never a header the client sets. */
  ip: string;
  now?: Date;
  limits?: FileLimits;
}

/**
 * One file onto one checklist line of a case the caller has already shown the resident holds.
 * Limits are counted before the body is read (per case, per IP), by volume once it is (per IP per day),
 * and per office when a file is kept. The bytes are stored only after the checks, and the row only
 * after the counts are re-checked under the case's lock; a file the database then refuses is removed.
 * `replace`: the line's earlier files go once the new one is in.
 */
export async function uploadToCase(
  caseId: string,
  request: Request,
  ctx: UploadContext,
): Promise<UploadOutcome> {
  const limits = ctx.limits ?? FILE_LIMITS;
  const first = await consumeUpload(ctx.limiters, [
    ["uploadCase", caseId],
    ["uploadIp", ctx.ip],
  ]);
  if (!first.ok) {
    await request.body?.cancel().catch(() => {});
    return { status: "rateLimited", retryAfterSeconds: first.retryAfterSeconds };
  }
  const parsed = await parseUpload(request, limits.maxFileBytes);
  // Received bytes count whether or not the upload is any good: junk costs the same bandwidth.
  const volume = await consumeUpload(ctx.limiters, [
    ["uploadIpKib", ctx.ip, Math.max(1, Math.ceil(parsed.received / 1024))],
  ]);
  if (!volume.ok) return { status: "rateLimited", retryAfterSeconds: volume.retryAfterSeconds };
  if (!parsed.ok) return { status: "refused", problem: parsed.problem };
  const { fields, file } = parsed.upload;
  const itemKey = fields.item ?? "";
  return storeOnLine(caseId, itemKey, file, fields.mode === "replace", ctx);
}

/** The part after the body is read: also used by callers that already hold the bytes (tests, bench). */
export async function storeOnLine(
  caseId: string,
  itemKey: string,
  file: Buffer | null,
  replace: boolean,
  ctx: Omit<UploadContext, "ip"> & { ip?: string },
): Promise<UploadOutcome> {
  const limits = ctx.limits ?? FILE_LIMITS;
  const now = ctx.now ?? new Date();
  const pre = await precheck(ctx.db, caseId, itemKey);
  if (pre) return { status: "refused", problem: pre, itemKey };
  if (!file) return { status: "refused", problem: "noFile", itemKey };
  const checked = await inspectUpload(file, limits);
  if (!checked.ok) return { status: "refused", problem: checked.problem, itemKey };

  const [c] = await ctx.db
    .select({ officeId: prereviewCases.officeId })
    .from(prereviewCases)
    .where(eq(prereviewCases.id, caseId));
  const office = await consumeUpload(ctx.limiters, [["uploadOffice", c?.officeId ?? "none"]]);
  if (!office.ok) return { status: "rateLimited", retryAfterSeconds: office.retryAfterSeconds };

  const objectKey = await ctx.store.save(checked.bytes);
  let replaced: string[] = [];
  const outcome = await ctx.db
    .transaction(async (tx): Promise<UploadOutcome> => {
      const locked = await lockCase(tx, caseId);
      if (!locked) return { status: "refused", problem: "locked", itemKey };
      const editable = editableLines(locked, await decisionsOf(tx, caseId));
      if (!editable.has(itemKey)) return { status: "refused", problem: "locked", itemKey };
      const files = await filesOf(tx, caseId);
      const line = files.filter((f) => f.itemKey === itemKey);
      const kept = replace ? files.filter((f) => f.itemKey !== itemKey) : files;
      if (!replace && line.length >= limits.maxFilesPerItem)
        return { status: "refused", problem: "itemFull", itemKey };
      if (kept.length >= limits.maxFilesPerCase) return { status: "refused", problem: "caseFull", itemKey };
      const bytes = kept.reduce((n, f) => n + f.size, 0);
      if (bytes + checked.bytes.length > limits.maxCaseBytes)
        return { status: "refused", problem: "caseFull", itemKey };
      if (replace && line.length > 0) {
        await tx
          .delete(prereviewFiles)
          .where(and(eq(prereviewFiles.caseId, caseId), eq(prereviewFiles.itemKey, itemKey)));
        replaced = line.map((f) => f.objectKey);
      }
      const [row] = await tx
        .insert(prereviewFiles)
        .values({
          caseId,
          itemKey,
          objectKey,
          contentType: checked.contentType,
          size: checked.bytes.length,
          createdAt: now,
        })
        .returning();
      await tx.update(prereviewCases).set({ updatedAt: now }).where(eq(prereviewCases.id, caseId));
      return { status: "stored", file: row!, itemKey };
    })
    .catch(async (err) => {
      await ctx.store.remove(objectKey).catch(() => {});
      throw err;
    });
  if (outcome.status !== "stored") await ctx.store.remove(objectKey);
  for (const k of replaced) await ctx.store.remove(k).catch(() => {});
  return outcome;
}

/** Cheap checks before any work on the bytes: the line exists and may still change. */
async function precheck(db: Db, caseId: string, itemKey: string): Promise<CaseProblem | null> {
  const [c] = await db.select().from(prereviewCases).where(eq(prereviewCases.id, caseId));
  if (!c) return "locked";
  if (!caseLines(c.checklist).some((l) => l.key === itemKey)) return "unknownItem";
  if (!editableLines(c, await decisionsOf(db, caseId)).has(itemKey)) return "locked";
  return null;
}

export type WithdrawResult = { ok: true } | { ok: false; reason: "notFound" | "locked" };

/** The resident takes a file back, while its line may still change; its bytes go at once. */
export async function withdrawFile(
  db: Db,
  store: FileStore,
  caseId: string,
  fileId: string,
): Promise<WithdrawResult> {
  if (!/^[0-9a-f-]{36}$/.test(fileId)) return { ok: false, reason: "notFound" };
  const result = await db.transaction(async (tx): Promise<WithdrawResult & { objectKey?: string }> => {
    const c = await lockCase(tx, caseId);
    if (!c) return { ok: false, reason: "notFound" };
    const [f] = await tx
      .select()
      .from(prereviewFiles)
      .where(and(eq(prereviewFiles.id, fileId), eq(prereviewFiles.caseId, caseId)));
    if (!f) return { ok: false, reason: "notFound" };
    if (!editableLines(c, await decisionsOf(tx, caseId)).has(f.itemKey))
      return { ok: false, reason: "locked" };
    await tx.delete(prereviewFiles).where(eq(prereviewFiles.id, fileId));
    return { ok: true, objectKey: f.objectKey };
  });
  if (result.ok && result.objectKey) await store.remove(result.objectKey);
  return result.ok ? { ok: true } : result;
}

/** A file of a case, for the portal to send to someone it has checked may see it. */
export async function readCaseFile(
  db: Db,
  store: FileStore,
  caseId: string,
  fileId: string,
): Promise<{ file: PrereviewFile; bytes: Buffer } | null> {
  if (!/^[0-9a-f-]{36}$/.test(fileId)) return null;
  const [f] = await db
    .select()
    .from(prereviewFiles)
    .where(and(eq(prereviewFiles.id, fileId), eq(prereviewFiles.caseId, caseId)));
  if (!f) return null;
  const bytes = await store.read(f.objectKey);
  return bytes ? { file: f, bytes } : null;
}
