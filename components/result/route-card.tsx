import { getTranslations } from "next-intl/server";
import { primaryButton, secondaryButton } from "@/components/ui/styles";
import type { RouteView } from "@/lib/result/route-view";
import type { RouteResult } from "@/policies/types";
import { ConditionGroups, type ConditionLabels } from "./condition-groups";
import { VerdictTag } from "./verdict-tag";

/**
 * One settlement route: the verdict in one sentence, the way forward, the conditions that decide it
 * (the rest folded away), who may move along, where to register, and the next steps as buttons.
 */
export async function RouteCard({
  view,
  route,
  locale,
  checklistHref,
  bookingHref,
  reminderHref,
  draft,
}: {
  view: RouteView;
  route: RouteResult;
  locale: string;
  checklistHref: string;
  /** null: no booking (a draft not in force). */
  bookingHref: string | null;
  reminderHref: string | null;
  draft: boolean;
}) {
  const [p, t, c] = await Promise.all([
    getTranslations({ locale, namespace: "policy" }),
    getTranslations({ locale, namespace: "result" }),
    getTranslations({ locale, namespace: "citation" }),
  ]);
  const labels: ConditionLabels = {
    status: {
      met: p("reasonStatus.met"),
      unmet: p("reasonStatus.unmet"),
      unknown: p("reasonStatus.unknown"),
    },
    you: (value) => t("you", { value }),
    unanswered: t("unanswered"),
    answeredUnknown: t("answeredUnknown"),
    source: c("source"),
    original: c("original"),
    originalFrom: (from) => c(from === "zh-Hant" ? "originalHans" : "originalHant"),
  };
  const headingId = `route-${route.id}`;
  const ineligible = route.verdict === "ineligible";
  return (
    <section
      aria-labelledby={headingId}
      className="space-y-3 border-t-4 border-brand pt-4"
      data-route={route.id}
    >
      <h2 id={headingId} className="text-xl font-bold" data-speak>
        {view.name}
      </h2>
      <p data-speak>
        <VerdictTag verdict={route.verdict} label={view.verdictLabel} />
      </p>
      <p className="text-lg" data-testid="route-sentence" data-speak>
        {view.sentence}
      </p>
      {view.requirement ? <p data-testid="route-requirement">{view.requirement}</p> : null}
      {view.opens && reminderHref ? (
        <p className="no-print">
          <a
            href={reminderHref}
            download
            className="inline-flex min-h-11 items-center"
            data-testid="reminder"
          >
            {t("reminder")}
          </a>
        </p>
      ) : null}
      {ineligible || !view.applies ? (
        <details>
          <summary className="min-h-11 cursor-pointer py-2 font-bold text-brand underline">
            {t("why")}
          </summary>
          <div className="mt-2 space-y-4">
            <ConditionGroups groups={view.groups} labels={labels} />
            {view.folded.length > 0 && view.foldedLabel ? (
              <>
                <h3 className="font-bold">{view.foldedLabel}</h3>
                <ConditionGroups groups={view.folded} labels={labels} />
              </>
            ) : null}
          </div>
        </details>
      ) : (
        <>
          <div>
            <h3 className="font-bold">{t("conditionsHeading")}</h3>
            <ConditionGroups groups={view.groups} labels={labels} />
          </div>
          {view.folded.length > 0 && view.foldedLabel ? (
            <details>
              <summary className="min-h-11 cursor-pointer py-2 text-brand underline">
                {view.foldedLabel}
              </summary>
              <div className="mt-2">
                <ConditionGroups groups={view.folded} labels={labels} />
              </div>
            </details>
          ) : null}
        </>
      )}
      {!ineligible && view.applies ? (
        <>
          {route.family.length > 0 ? (
            <div>
              <h3 className="font-bold">{t("family")}</h3>
              <ul className="list-disc pl-6">
                {route.family.map((f) => (
                  <li key={f.member}>
                    {p(`members.${f.member}`)}
                    {f.condition ? `（${p(`familyConditions.${f.condition}`)}）` : ""}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {route.addresses.length > 0 ? (
            <div>
              <h3 className="font-bold">{t("addresses")}</h3>
              <ol className="list-decimal pl-6">
                {route.addresses.map((a) => (
                  <li key={a.id}>
                    {p(`addresses.${a.id}`)}
                    {a.consent ? <span className="text-muted">（{p(`consent.${a.consent}`)}）</span> : null}
                  </li>
                ))}
              </ol>
            </div>
          ) : null}
          {route.notes.map((n) => (
            <p key={n.id} className="text-muted">
              {p(`notes.${n.id}`)}
            </p>
          ))}
          <div className="no-print flex flex-wrap items-center gap-4">
            <a href={checklistHref} className={primaryButton} data-testid="checklist-button">
              {t("checklistLink")}
            </a>
            {bookingHref ? (
              <a href={bookingHref} className={secondaryButton} data-testid="booking-button">
                {t("bookLink")}
              </a>
            ) : null}
          </div>
          {draft ? (
            <p className="border-l-4 border-accent pl-3" data-testid="draft-no-booking">
              {t("draftNoBooking")}
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
