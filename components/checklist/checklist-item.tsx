import type { ChecklistItem } from "@/lib/checklist/items";

type P = (key: string) => string;

export function ChecklistItemRow({
  item,
  ticked,
  p,
  labels,
}: {
  item: ChecklistItem;
  ticked: boolean;
  p: P;
  labels: { issuer: string };
}) {
  const m = item.material;
  const id = `tick-${item.key}`;
  return (
    <li className="flex gap-3 py-2" data-item={item.key}>
      <input
        id={id}
        type="checkbox"
        name="t"
        value={item.key}
        defaultChecked={ticked}
        aria-describedby={`${id}-detail`}
        className="mt-0.5 size-7 shrink-0 accent-brand print:size-5"
      />
      <div>
        <label htmlFor={id} className="block min-h-7 cursor-pointer text-lg font-bold">
          {p(`materials.${m.id}`)}
        </label>
        <p id={`${id}-detail`} className="text-sm text-muted print:text-black">
          {p(`original.${m.original}`)} · {labels.issuer}
          {p(`issuers.${m.issuer}`)} · {p(`basis.${m.basis}`)}
          {m.unless ? ` · ${p(`materialExemptions.${m.unless}`)}` : ""}
        </p>
      </div>
    </li>
  );
}
