import { queryValues } from "@/lib/answers-url/query-values";
import { allItemKeys, type ChecklistItem, type ChecklistPerson, readTicks } from "@/lib/checklist/items";
import { decodeSharedChecklist, SHARE_KEYS, type SharedChecklist } from "@/lib/checklist/share-link";

/** One line of the resident's attached checklist as the counter sees it. */
export interface AttachedItem {
  key: string;
  person: ChecklistPerson;
  item: ChecklistItem;
  ticked: boolean;
}

export interface AttachedChecklist {
  shared: SharedChecklist;
  items: AttachedItem[];
}

/**
 * The checklist a booking attached (a same-site v=2 shared-list path, stored at booking) read with the
 * checklist's own decoder: the documents per person and which ones the resident ticked. Null when the
 * booking has none or the stored link no longer decodes (a policy change removed a document).
 */
export function attachedChecklist(path: string | null | undefined): AttachedChecklist | null {
  if (!path) return null;
  const q = path.indexOf("?");
  if (q < 0 || path.length > 8000) return null;
  const query = new URLSearchParams(path.slice(q + 1));
  const shared = decodeSharedChecklist(query);
  if (!shared) return null;
  const keys = allItemKeys([shared.section]);
  const { ticks } = readTicks(queryValues(query, SHARE_KEYS.ticks), keys);
  const items = shared.section.groups.flatMap((g) =>
    g.items.map((item) => ({ key: item.key, person: g.person, item, ticked: ticks.has(item.key) })),
  );
  return { shared, items };
}

/** Only keys that are on the attached list, each once, in list order. */
export function validMissingKeys(list: AttachedChecklist | null, keys: readonly string[]): string[] {
  if (!list) return [];
  const chosen = new Set(keys);
  return list.items.filter((i) => chosen.has(i.key)).map((i) => i.key);
}
