import type { ChecklistItem, ChecklistPerson } from "@/lib/checklist/items";
import { decodeSharedChecklist, type SharedChecklist } from "@/lib/checklist/share-link";

/** One checklist line of a case: what the resident uploads to, and what the clerk decides on. */
export interface CaseLine {
  key: string;
  person: ChecklistPerson;
  item: ChecklistItem;
}

/**
 * The lines of the checklist a case is built on: the shared list the booking attached (a portal path
 * "/zh-Hans/checklist?v=2&…" or its query). Null when there is none or it does not decode (a case is
 * then not offered: the lines are what the clerk checks against).
 */
export function checklistOf(checklist: string | null | undefined): SharedChecklist | null {
  if (!checklist) return null;
  const q = checklist.includes("?") ? checklist.slice(checklist.indexOf("?") + 1) : checklist;
  return decodeSharedChecklist(new URLSearchParams(q));
}

export function caseLines(checklist: string | null | undefined): CaseLine[] {
  const shared = checklistOf(checklist);
  if (!shared) return [];
  return shared.section.groups.flatMap((g) =>
    g.items.map((item) => ({ key: item.key, person: g.person, item })),
  );
}
