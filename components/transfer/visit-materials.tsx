import type { ChecklistSection } from "@/lib/checklist/items";
import type { VisitSource } from "@/lib/transfer/checklist";

type T = (key: string, values?: Record<string, string | number>) => string;

/** What to bring on each visit, read-only (the checklist page has the ticks, share link and print view). */
export function VisitMaterials({
  sections,
  t,
  p,
}: {
  sections: ChecklistSection<VisitSource>[];
  t: T;
  p: T;
}) {
  return (
    <div className="space-y-4" data-testid="visit-materials">
      {sections.map((s) => (
        <section key={s.route.id} aria-labelledby={`mat-${s.route.id}`} className="space-y-2">
          <h3 id={`mat-${s.route.id}`} className="text-lg font-bold">
            {t("checklist.visitHeading", { n: s.route.visit, step: t(`visits.${s.route.step}`) })}
          </h3>
          {s.groups.map((g) => (
            <div key={g.person.key}>
              <p className="font-bold">{p(`persons.${g.person.person}`)}</p>
              <ul className="list-disc pl-6">
                {g.items.map((i) =>
                  i.material ? (
                    <li key={i.key}>
                      {p(`materials.${i.material.id}`)}{" "}
                      <span className="text-sm text-muted">（{p(`basis.${i.material.basis}`)}）</span>
                    </li>
                  ) : null,
                )}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
