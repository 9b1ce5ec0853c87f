import type { ChecklistPerson, ChecklistSection, ChecklistSource } from "@/lib/checklist/items";
import { ChecklistItemRow } from "./checklist-item";

type P = (key: string) => string;

/** One section of a checklist (a route, or a visit of the transfer): its items grouped by person. */
export function ChecklistSectionBlock({
  section,
  heading,
  ticks,
  p,
  personLabel,
  issuer,
}: {
  section: ChecklistSection<ChecklistSource>;
  heading: string;
  ticks: ReadonlySet<string>;
  p: P;
  personLabel: (person: ChecklistPerson) => string;
  issuer: string;
}) {
  const id = `sec-${section.route.id}`;
  return (
    <section aria-labelledby={id} className="space-y-4">
      <h2 id={id} className="border-b-2 border-brand pb-1 text-xl font-bold" data-speak>
        {heading}
      </h2>
      {section.groups.map((group) => (
        <fieldset key={group.person.key} className="print:break-inside-avoid">
          <legend className="text-lg font-bold" data-speak>
            {personLabel(group.person)}
          </legend>
          <ul className="divide-y divide-line">
            {group.items.map((item) => (
              <ChecklistItemRow
                key={item.key}
                item={item}
                ticked={ticks.has(item.key)}
                p={p}
                labels={{ issuer }}
              />
            ))}
          </ul>
        </fieldset>
      ))}
    </section>
  );
}
