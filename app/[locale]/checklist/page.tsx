import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ReadAloudSlot } from "@/components/care/read-aloud-slot";
import { ChecklistSectionBlock } from "@/components/checklist/checklist-section";
import { SharePanel } from "@/components/checklist/share-panel";
import { TickSync } from "@/components/checklist/tick-sync";
import { FlowNav } from "@/components/flow/flow-nav";
import { LinkNotice } from "@/components/result/link-notice";
import { primaryButton, secondaryButton } from "@/components/ui/styles";
import { encodeAnswers, encodeValue, type QueryInput } from "@/lib/answers-url/codec";
import { LINK_KEYS, LINK_VERSION, SHORT_KEYS } from "@/lib/answers-url/keys";
import { queryValues } from "@/lib/answers-url/query-values";
import {
  allItemKeys,
  buildChecklist,
  type ChecklistPerson,
  encodeTicks,
  readTicks,
} from "@/lib/checklist/items";
import { requestOrigin } from "@/lib/http/origin";
import { bookingUrl } from "@/lib/questionnaire/booking-link";
import { displayAnswer } from "@/lib/questionnaire/display";
import { loadAnswers } from "@/lib/questionnaire/load";
import { restartUrl, resultUrl } from "@/lib/questionnaire/urls";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<QueryInput> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "checklist" });
  return { title: t("title") };
}

export default async function ChecklistPage({ params, searchParams }: Props) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const routeParam = queryValues(query, LINK_KEYS.route)[0];
  const loaded = loadAnswers(query, { [LINK_KEYS.route]: routeParam });
  const { evaluation, state } = loaded;
  const answers = state.answers;
  const chosen = evaluation.routes.find((r) => r.id === routeParam);
  const eligible = evaluation.routes.filter((r) => r.verdict === "eligible");
  const routes = chosen
    ? [chosen]
    : eligible.length > 0
      ? eligible
      : evaluation.routes.filter((r) => r.verdict === "needs-info");
  const sections = buildChecklist(routes, answers);
  // On to booking (issue 13): for the open route the checklist is for.
  const bookable =
    chosen?.verdict === "eligible" ? chosen : !chosen && eligible.length === 1 ? eligible[0] : undefined;
  const keys = allItemKeys(sections);
  const { ticks } = readTicks(queryValues(query, LINK_KEYS.ticks), keys);
  const missing = keys.size - ticks.size;

  const [t, p, q, flow] = await Promise.all([
    getTranslations({ locale, namespace: "checklist" }),
    getTranslations({ locale, namespace: "policy" }),
    getTranslations({ locale, namespace: "questions" }),
    getTranslations({ locale, namespace: "flow" }),
  ]);
  const route = chosen ? chosen.id : undefined;
  const tickParam = encodeTicks(ticks, keys) || undefined;
  const shareUrl = `${await requestOrigin()}/${locale}/checklist?${encodeAnswers(answers, { [LINK_KEYS.route]: route, [LINK_KEYS.ticks]: tickParam })}`;
  const hidden: [string, string][] = [[LINK_KEYS.version, LINK_VERSION]];
  for (const f of state.path) hidden.push([SHORT_KEYS[f], encodeValue(answers[f])]);
  if (route) hidden.push([LINK_KEYS.route, route]);
  const personLabel = ({ person, index }: ChecklistPerson) =>
    index === null ? p(`persons.${person}`) : t("numbered", { who: p(`persons.${person}`), n: index });

  return (
    <div className="space-y-6">
      <FlowNav
        back={resultUrl(locale, answers)}
        backLabel={flow("back")}
        restartHref={restartUrl(locale)}
        restartLabel={flow("restart")}
      />
      <LinkNotice loaded={loaded} locale={locale} path="/checklist" />
      <h1 className="text-3xl font-bold" data-speak>
        {t("title")}
      </h1>
      <ReadAloudSlot />
      {evaluation.jurisdiction ? (
        <p className="text-lg">
          {p(`jurisdictions.${evaluation.jurisdiction}`)}
          {answers.district ? ` · ${displayAnswer("district", answers, locale, q)}` : ""}
        </p>
      ) : null}
      {evaluation.status === "draft" ? (
        <p className="border-4 border-accent p-3 font-bold">{t("draft")}</p>
      ) : null}
      <p className="text-lg font-bold" aria-live="polite" data-testid="missing-count" data-speak>
        {keys.size === 0 ? t("empty") : t("missing", { missing, total: keys.size })}
      </p>
      <p className="no-print text-muted">{t("intro")}</p>
      <form id="checklist" method="get" action={`/${locale}/checklist`} className="space-y-8">
        {hidden.map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        {sections.map((section) => (
          <ChecklistSectionBlock
            key={section.route.id}
            section={section}
            heading={p(`routes.${section.route.id}`)}
            ticks={ticks}
            p={p}
            personLabel={personLabel}
            issuer={t("issuer")}
          />
        ))}
        {keys.size > 0 ? (
          <button type="submit" className={`no-print ${secondaryButton}`} data-no-js-submit>
            {t("update")}
          </button>
        ) : null}
      </form>
      <TickSync formId="checklist" />
      {bookable && evaluation.status !== "draft" ? (
        <p className="no-print">
          <a
            href={bookingUrl(locale, answers, bookable.id)}
            className={primaryButton}
            data-testid="checklist-booking"
          >
            {t("toBooking")}
          </a>
        </p>
      ) : null}
      <SharePanel url={shareUrl} />
    </div>
  );
}
