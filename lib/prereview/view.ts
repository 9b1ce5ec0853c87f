import type { Db } from "@/lib/db/client";
import type { PrereviewCase, PrereviewDecision, PrereviewFile } from "@/lib/db/schema";
import { decisionsOf, editableLines, filesOf } from "./cases";
import { type CaseLine, caseLines } from "./lines";

/** A checklist line as both sides see it: its files, the clerk's decision, whether it may still change. */
export interface LineView extends CaseLine {
  files: PrereviewFile[];
  decision: PrereviewDecision | undefined;
  editable: boolean;
}

export async function caseView(db: Db, c: PrereviewCase): Promise<LineView[]> {
  const [files, decisions] = await Promise.all([filesOf(db, c.id), decisionsOf(db, c.id)]);
  const editable = editableLines(c, decisions);
  return caseLines(c.checklist).map((l) => ({
    ...l,
    files: files.filter((f) => f.itemKey === l.key),
    decision: decisions.get(l.key),
    editable: editable.has(l.key),
  }));
}

/** "1.2 MB", "380 KB": sizes as a resident reads them. */
export function humanSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
