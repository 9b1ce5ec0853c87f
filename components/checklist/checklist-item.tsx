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
      {/* The box sits in a 44 px label so a thumb can hit it. */}
      <label
        htmlFor={id}
        className="flex size-11 shrink-0 cursor-pointer items-center justify-center print:size-6"
      >
        <input
          id={id}
          type="checkbox"
          name="t"
          value={item.key}
          defaultChecked={ticked}
          aria-describedby={`${id}-detail`}
          className="size-7 accent-brand print:size-5"
        />
      </label>
      <div>
        <label htmlFor={id} className="block min-h-7 cursor-pointer text-lg font-bold" data-speak>
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
