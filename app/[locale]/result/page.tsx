import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ReadAloudSlot } from "@/components/care/read-aloud-slot";
import { FlowNav } from "@/components/flow/flow-nav";
import { LinkNotice } from "@/components/result/link-notice";
import { RouteCard } from "@/components/result/route-card";
import { SourceTitle } from "@/components/result/source-title";
import { WaysForward } from "@/components/result/ways-forward";
import type { QueryInput } from "@/lib/answers-url/codec";
import { LINK_KEYS } from "@/lib/answers-url/keys";
import { sharedChecklistPath } from "@/lib/checklist/share-link";
import { bookingUrl } from "@/lib/questionnaire/booking-link";
import { displayAnswer } from "@/lib/questionnaire/display";
import { loadAnswers } from "@/lib/questionnaire/load";
import { answersUrl, checklistUrl, restartUrl } from "@/lib/questionnaire/urls";
import { reminderHref } from "@/lib/result/reminder";
import { routeView } from "@/lib/result/route-view";
import { explain, JURISDICTIONS } from "@/policies";
import type { RouteResult, Verdict } from "@/policies/types";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<QueryInput> };

const ORDER: Record<Verdict, number> = { eligible: 0, "needs-info": 1, ineligible: 2 };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "result" });
  return { title: t("title") };
}

export default async function ResultPage({ params, searchParams }: Props) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const loaded = loadAnswers(query);
  const { evaluation, state } = loaded;
  const answers = state.answers;
  const [t, p, q, flow, root] = await Promise.all([
    getTranslations({ locale, namespace: "result" }),
    getTranslations({ locale, namespace: "policy" }),
    getTranslations({ locale, namespace: "questions" }),
    getTranslations({ locale, namespace: "flow" }),
    getTranslations({ locale }),
  ]);
  const city = evaluation.jurisdiction;
  const j = city ? JURISDICTIONS[city] : null;
  const draft = evaluation.status === "draft";
  const explanations = explain(evaluation);
  const routes = [...evaluation.routes].sort((a, b) => ORDER[a.verdict] - ORDER[b.verdict]);
  const views = new Map(
    city
      ? routes.map((route) => [
          route.id,
          routeView({
            route,
            explanation: explanations[route.id],
            city,
            answers,
            locale,
            asOf: evaluation.asOf,
            t: root,
            draft,
          }),
        ])
      : [],
  );
  const mine = routes.filter((r) => r.applies);
  const others = routes.filter((r) => !r.applies);
  const open = mine.filter((r) => r.verdict === "eligible");
  // Routes that will open on a date stay in view; those that need something else are folded.
  const closed = mine.filter((r) => r.verdict === "ineligible" && !views.get(r.id)?.opens);
  const card = (route: RouteResult) => {
    const view = views.get(route.id)!;
    return (
      <RouteCard
        key={route.id}
        view={view}
        route={route}
        locale={locale}
        checklistHref={checklistUrl(locale, answers, { [LINK_KEYS.route]: route.id })}
        bookingHref={
          draft
            ? null
            : bookingUrl(locale, answers, route.id, sharedChecklistPath(locale, answers, route) ?? undefined)
        }
        reminderHref={view.opens ? reminderHref(locale, view.opens.date, route.id) : null}
        draft={draft}
      />
    );
  };

  return (
    <div className="space-y-6">
      <FlowNav
        back={answersUrl(locale, answers)}
        backLabel={flow("back")}
        restartHref={restartUrl(locale)}
        restartLabel={flow("restart")}
      />
      <LinkNotice loaded={loaded} locale={locale} path="/result" />
      <h1 className="text-3xl font-bold" data-speak>
        {t("title")}
      </h1>
      <ReadAloudSlot />
      {city ? (
        <p className="text-lg">
          {p(`jurisdictions.${city}`)}
          {answers.district ? ` · ${displayAnswer("district", answers, locale, q)}` : ""}
          {evaluation.zone && j && j.zones.length > 1 ? ` · ${p(`zones.${evaluation.zone}`)}` : ""}
          {answers.situation ? ` · ${p(`options.situation.${answers.situation}`)}` : ""}
        </p>
      ) : null}
      {draft ? (
        <div className="border-4 border-accent p-4" role="note" data-testid="draft-warning">
          <p className="font-bold">{t("draftTitle")}</p>
          <p>{t("draftText")}</p>
        </div>
      ) : null}
      {evaluation.status === "not-in-force" ? <p className="font-bold">{t("notInForce")}</p> : null}
      <div className="border-l-4 border-brand bg-panel p-4" data-testid="summary" data-speak>
        {open.length > 0 ? (
          <>
            <p className="font-bold">
              {t(draft ? "summaryOpenDraft" : "summaryOpen", {
                routes: open.map((r) => p(`routes.${r.id}`)).join("、"),
              })}
            </p>
            <p>{t(draft ? "summaryNextDraft" : "summaryNext")}</p>
          </>
        ) : (
          <p className="font-bold">{t("summaryNone")}</p>
        )}
      </div>
      {city && open.length === 0 && mine.length > 0 ? (
        <WaysForward routes={mine} views={views} locale={locale} city={city} district={answers.district} />
      ) : null}
      {open.length > 0 ? (
        <>
          {mine.filter((r) => !closed.includes(r)).map(card)}
          {closed.length > 0 ? (
            <details className="border-t-4 border-line pt-4" data-testid="closed-routes">
              <summary className="min-h-11 cursor-pointer py-2 text-xl font-bold text-brand underline">
                {t("notOpenRoutes", { count: closed.length })}
              </summary>
              <p className="mt-2">{t("notOpenIntro")}</p>
              <div className="mt-4 space-y-6">{closed.map(card)}</div>
            </details>
          ) : null}
        </>
      ) : (
        mine.map(card)
      )}
      {others.length > 0 ? (
        <details className="border-t-4 border-line pt-4" data-testid="other-routes">
          <summary className="min-h-11 cursor-pointer py-2 text-xl font-bold text-brand underline">
            {t("otherRoutes", { count: others.length })}
          </summary>
          <p className="mt-2">{t("otherRoutesIntro")}</p>
          <div className="mt-4 space-y-6">{others.map(card)}</div>
        </details>
      ) : null}
      {j ? (
        <section
          aria-labelledby="policy-source"
          className="space-y-1 border-t border-line pt-4 text-sm text-muted"
        >
          <h2 id="policy-source" className="font-bold text-ink">
            {t("policyHeading")}
          </h2>
          <p data-testid="policy-date" data-date-basis={j.dateBasis}>
            {t("policyDate", { date: j.effectiveFrom, status: p(`status.${j.status}`) })}
            {j.dateBasis === "publication" ? ` ${t("dateBasisPublication")}` : ""}
            {j.dateBasis === "unverified" ? (
              <strong className="font-bold text-ink"> {t("dateUnverified")}</strong>
            ) : null}
          </p>
          <p>
            {t("policySource")}
            <SourceTitle source={j.source} />
          </p>
          <p>{t("asOf", { date: evaluation.asOf })}</p>
        </section>
      ) : null}
    </div>
  );
}
