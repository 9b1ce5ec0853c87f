import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { FlowNav } from "@/components/flow/flow-nav";
import { LinkNotice } from "@/components/result/link-notice";
import { RouteCard } from "@/components/result/route-card";
import { SourceTitle } from "@/components/result/source-title";
import type { QueryInput } from "@/lib/answers-url/codec";
import { LINK_KEYS } from "@/lib/answers-url/keys";
import { bookingUrl } from "@/lib/questionnaire/booking-link";
import { displayAnswer } from "@/lib/questionnaire/display";
import { loadAnswers } from "@/lib/questionnaire/load";
import { answersUrl, checklistUrl, restartUrl } from "@/lib/questionnaire/urls";
import { JURISDICTIONS } from "@/policies";
import type { Verdict } from "@/policies/types";

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
  const [t, p, q, flow] = await Promise.all([
    getTranslations({ locale, namespace: "result" }),
    getTranslations({ locale, namespace: "policy" }),
    getTranslations({ locale, namespace: "questions" }),
    getTranslations({ locale, namespace: "flow" }),
  ]);
  const city = evaluation.jurisdiction;
  const j = city ? JURISDICTIONS[city] : null;
  const routes = [...evaluation.routes].sort((a, b) => ORDER[a.verdict] - ORDER[b.verdict]);
  const open = routes.filter((r) => r.verdict === "eligible");

  return (
    <div className="space-y-6">
      <FlowNav
        back={answersUrl(locale, answers)}
        backLabel={flow("back")}
        restartHref={restartUrl(locale)}
        restartLabel={flow("restart")}
      />
      <LinkNotice loaded={loaded} locale={locale} path="/result" />
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      {city ? (
        <p className="text-lg">
          {p(`jurisdictions.${city}`)}
          {answers.district ? ` · ${displayAnswer("district", answers, locale, q)}` : ""}
          {evaluation.zone ? ` · ${p(`zones.${evaluation.zone}`)}` : ""}
        </p>
      ) : null}
      {evaluation.status === "draft" ? (
        <div className="border-4 border-accent p-4" role="note" data-testid="draft-warning">
          <p className="font-bold">{t("draftTitle")}</p>
          <p>{t("draftText")}</p>
        </div>
      ) : null}
      {evaluation.status === "not-in-force" ? <p className="font-bold">{t("notInForce")}</p> : null}
      <div className="border-l-4 border-brand bg-panel p-4" data-testid="summary">
        {open.length > 0 ? (
          <p className="font-bold">
            {t("summaryOpen", { routes: open.map((r) => p(`routes.${r.id}`)).join("、") })}
          </p>
        ) : (
          <p className="font-bold">{t("summaryNone")}</p>
        )}
      </div>
      {routes.map((route) => (
        <RouteCard
          key={route.id}
          route={route}
          answers={answers}
          locale={locale}
          checklistHref={checklistUrl(locale, answers, { [LINK_KEYS.route]: route.id })}
          bookingHref={bookingUrl(locale, answers, route.id)}
        />
      ))}
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
