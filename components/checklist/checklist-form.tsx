import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { secondaryButton } from "@/components/ui/styles";
import type { ChecklistPerson, ChecklistSection, ChecklistSource } from "@/lib/checklist/items";
import { ChecklistSectionBlock } from "./checklist-section";
import { itemLabels } from "./item-labels";
import { TickSync } from "./tick-sync";

export interface FormSection {
  section: ChecklistSection<ChecklistSource>;
  heading: string;
  extra?: ReactNode;
}

/**
 * The tickable checklist: "还缺 N 件" (a group of alternatives counts once), the sections, and a GET
 * form whose hidden fields carry the link (answers or shared list) so a tick works without JavaScript.
 */
export async function ChecklistForm({
  locale,
  hidden,
  sections,
  ticks,
  total,
  empty,
}: {
  locale: string;
  hidden: readonly (readonly [string, string])[];
  sections: readonly FormSection[];
  ticks: ReadonlySet<string>;
  total: number;
  /** Said instead of the count when there is nothing to list. */
  empty: string;
}) {
  const [t, p, labels] = await Promise.all([
    getTranslations({ locale, namespace: "checklist" }),
    getTranslations({ locale, namespace: "policy" }),
    itemLabels(locale),
  ]);
  const personLabel = ({ person, index }: ChecklistPerson) =>
    index === null ? p(`persons.${person}`) : t("numbered", { who: p(`persons.${person}`), n: index });
  return (
    <>
      {total > 0 || empty ? (
        <p className="text-lg font-bold" aria-live="polite" data-testid="missing-count" data-speak>
          {total === 0 ? empty : t("missing", { missing: total - ticks.size, total })}
        </p>
      ) : null}
      {total > 0 ? <p className="no-print text-muted">{t("intro")}</p> : null}
      <form id="checklist" method="get" action={`/${locale}/checklist`} className="space-y-8">
        {hidden.map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        {sections.map(({ section, heading, extra }) => (
          <ChecklistSectionBlock
            key={section.route.id}
            section={section}
            heading={heading}
            ticks={ticks}
            p={p as unknown as (key: string) => string}
            personLabel={personLabel}
            labels={labels}
          >
            {extra}
          </ChecklistSectionBlock>
        ))}
        {total > 0 ? (
          <button type="submit" className={`no-print ${secondaryButton}`} data-no-js-submit>
            {t("update")}
          </button>
        ) : null}
      </form>
      <TickSync formId="checklist" />
    </>
  );
}
