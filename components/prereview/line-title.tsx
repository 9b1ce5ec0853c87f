import { SourceTitle } from "@/components/result/source-title";
import type { ChecklistItem } from "@/lib/checklist/items";
import type { Material } from "@/policies/types";

type P = (key: string) => string;

const docName = (m: Material, p: P) =>
  m.person === "applicant"
    ? p(`materials.${m.id}`)
    : `${p(`persons.${m.person}`)}：${p(`materials.${m.id}`)}`;

/** The checklist line's name as the checklist shows it (a document, or "one of" with its options). */
export function lineName(item: ChecklistItem, p: P, oneOf: string): string {
  if (item.material) return p(`materials.${item.material.id}`);
  return `${oneOf}：${item.choice.options.map((o) => (o.address ? p(`addresses.${o.address}`) : o.materials.map((m) => docName(m, p)).join(" ＋ "))).join(" / ")}`;
}

/** For the clerk: what the document is, what it proves, and the clause it comes from, quoted. */
export function LineBasis({
  item,
  p,
  labels,
}: {
  item: ChecklistItem;
  p: P;
  labels: { proves: string; basis: string };
}) {
  const materials = item.material ? [item.material] : item.choice.options.flatMap((o) => o.materials);
  return (
    <div className="space-y-2 text-sm">
      {materials.slice(0, 4).map((m) => (
        <div key={`${m.id}-${m.person}`}>
          <p className="text-muted">
            {p(`original.${m.original}`)} · {labels.proves}
            {p(`proves.${m.proves}`)}
          </p>
          <p className="text-muted">
            {labels.basis}
            <SourceTitle source={m.citation.source} /> · {p(`basis.${m.basis}`)}
          </p>
          <blockquote className="border-l-4 border-line pl-3 text-ink" data-testid="line-citation">
            “{m.citation.quote}”
          </blockquote>
        </div>
      ))}
    </div>
  );
}
