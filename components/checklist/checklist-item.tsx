import { SourceTitle } from "@/components/result/source-title";
import type { ChecklistItem } from "@/lib/checklist/items";
import type { Material, MaterialOption } from "@/policies/types";

type P = (key: string) => string;

export interface ItemLabels {
  issuer: string;
  signer: string;
  proves: string;
  basis: string;
  oneOf: string;
  oneOfAddress: string;
  nothingExtra: string;
}

/** What a document is, who issues (or signs) it, what it proves, and the clause it traces to. */
function MaterialDetail({ m, p, labels }: { m: Material; p: P; labels: ItemLabels }) {
  return (
    <>
      {p(`original.${m.original}`)} · {m.proves === "consent" ? labels.signer : labels.issuer}
      {p(`issuers.${m.issuer}`)} · {labels.proves}
      {p(`proves.${m.proves}`)}
      {m.unless ? ` · ${p(`materialExemptions.${m.unless}`)}` : ""}
    </>
  );
}

function Basis({ m, p, labels }: { m: Material; p: P; labels: ItemLabels }) {
  return (
    <details className="text-sm text-muted print:hidden">
      <summary className="min-h-11 cursor-pointer py-2.5">
        {labels.basis}
        <SourceTitle source={m.citation.source} /> · {p(`basis.${m.basis}`)}
      </summary>
      <blockquote className="border-l-4 border-line pl-3 text-ink">“{m.citation.quote}”</blockquote>
    </details>
  );
}

function OptionText({ o, p }: { o: MaterialOption; p: P }) {
  const docs = o.materials.map((m) =>
    m.person === "applicant"
      ? p(`materials.${m.id}`)
      : `${p(`persons.${m.person}`)}：${p(`materials.${m.id}`)}`,
  );
  return <>{docs.join(" ＋ ")}</>;
}

export function ChecklistItemRow({
  item,
  ticked,
  p,
  labels,
}: {
  item: ChecklistItem;
  ticked: boolean;
  p: P;
  labels: ItemLabels;
}) {
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
      <div className="min-w-0">
        {item.material ? (
          <>
            <label htmlFor={id} className="block min-h-7 cursor-pointer text-lg font-bold" data-speak>
              {p(`materials.${item.material.id}`)}
            </label>
            <p id={`${id}-detail`} className="text-sm text-muted print:text-black">
              <MaterialDetail m={item.material} p={p} labels={labels} />
            </p>
            <Basis m={item.material} p={p} labels={labels} />
          </>
        ) : (
          <>
            <label
              htmlFor={id}
              className="block min-h-7 cursor-pointer text-lg font-bold"
              data-group="one-of"
              data-speak
            >
              {item.choice.kind === "address" ? labels.oneOfAddress : labels.oneOf}
            </label>
            <ul id={`${id}-detail`} className="list-disc space-y-1 pl-5">
              {item.choice.options.map((o, i) => (
                <li key={o.address ?? i} data-option data-speak>
                  {o.address ? (
                    <>
                      <span className="font-bold">{p(`addresses.${o.address}`)}</span>：
                      {o.materials.length > 0 ? <OptionText o={o} p={p} /> : labels.nothingExtra}
                    </>
                  ) : (
                    <OptionText o={o} p={p} />
                  )}
                  {o.materials[0] ? (
                    <span className="block text-sm text-muted print:text-black">
                      {labels.proves}
                      {p(`proves.${o.materials[0].proves}`)}
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </li>
  );
}
