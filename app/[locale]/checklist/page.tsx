import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ReadAloudSlot } from "@/components/care/read-aloud-slot";
import { ChecklistForm } from "@/components/checklist/checklist-form";
import { ResumeLink } from "@/components/checklist/resume-link";
import { RouteFacts } from "@/components/checklist/route-facts";
import { SharePanel } from "@/components/checklist/share-panel";
import { FlowNav } from "@/components/flow/flow-nav";
import { LinkNotice } from "@/components/result/link-notice";
import { primaryButton } from "@/components/ui/styles";
import { encodeValue, type QueryInput } from "@/lib/answers-url/codec";
import { LINK_KEYS, LINK_VERSION, SHORT_KEYS } from "@/lib/answers-url/keys";
import { queryValues } from "@/lib/answers-url/query-values";
import { allItemKeys, buildChecklist, encodeTicks, readTicks } from "@/lib/checklist/items";
import {
  decodeSharedChecklist,
  encodeSharedChecklist,
  SHARE_KEYS,
  SHARE_VERSION,
} from "@/lib/checklist/share-link";
import { publicOrigin } from "@/lib/http/public-origin";
import { bookingUrl } from "@/lib/questionnaire/booking-link";
import { displayAnswer } from "@/lib/questionnaire/display";
import { loadAnswers } from "@/lib/questionnaire/load";
import { answersUrl, restartUrl, resultUrl } from "@/lib/questionnaire/urls";
import { DIVISIONS, JURISDICTIONS } from "@/policies";
import { routeDef } from "@/policies/registry";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<QueryInput> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "checklist" });
  return { title: t("title") };
}

/**
 * Two links open this page. v=1 (the applicant's own): the answers, from which the checklist is
 * derived. v=2 (shared with family or HR): the checklist itself — route, people, documents, ticks —
 * and no answers (lib/checklist/share-link.ts).
 */
export default async function ChecklistPage({ params, searchParams }: Props) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  return queryValues(query, LINK_KEYS.version)[0] === SHARE_VERSION ? (
    <SharedChecklistPage locale={locale} query={query} />
  ) : (
    <OwnChecklistPage locale={locale} query={query} />
  );
}

async function OwnChecklistPage({ locale, query }: { locale: string; query: QueryInput }) {
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
  // On to booking: for the open route the checklist is for (not a draft, not one the unit applies for).
  const bookable =
    chosen?.verdict === "eligible" ? chosen : !chosen && eligible.length === 1 ? eligible[0] : undefined;
  const keys = allItemKeys(sections);
  const { ticks } = readTicks(queryValues(query, LINK_KEYS.ticks), keys);

  const [t, p, q, flow] = await Promise.all([
    getTranslations({ locale, namespace: "checklist" }),
    getTranslations({ locale, namespace: "policy" }),
    getTranslations({ locale, namespace: "questions" }),
    getTranslations({ locale, namespace: "flow" }),
  ]);
  const route = chosen ? chosen.id : undefined;
  const tickParam = encodeTicks(ticks, keys);
  // The shared link holds the one route's checklist, never the answers.
  const city = evaluation.jurisdiction;
  const shareQuery =
    city && sections.length === 1 && keys.size > 0
      ? encodeSharedChecklist(
          {
            city,
            district: answers.district,
            route: sections[0]!.route.id,
            address: sections[0]!.route.address,
          },
          sections[0]!,
          tickParam,
        )
      : null;
  const origin = publicOrigin();
  const hidden: [string, string][] = [[LINK_KEYS.version, LINK_VERSION]];
  for (const f of state.path) hidden.push([SHORT_KEYS[f], encodeValue(answers[f])]);
  if (route) hidden.push([LINK_KEYS.route, route]);
  // A cut or damaged link that leaves nothing to list says so, instead of an empty list.
  // (A route the unit applies for has nothing to list, and says so itself.)
  const byEmployer = sections.length > 0 && sections.every((s) => s.route.appliedBy === "employer");
  const damaged = keys.size === 0 && !byEmployer && (loaded.repairedQuery !== null || state.next !== null);

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
      {city ? (
        <p className="text-lg">
          {p(`jurisdictions.${city}`)}
          {answers.district ? ` · ${displayAnswer("district", answers, locale, q)}` : ""}
        </p>
      ) : null}
      {evaluation.status === "draft" ? (
        <p className="border-4 border-accent p-3 font-bold">{t("draft")}</p>
      ) : null}
      {damaged ? (
        <p className="border-4 border-accent p-3 font-bold" role="alert" data-testid="link-damaged">
          {t("damaged")}
        </p>
      ) : null}
      <ChecklistForm
        locale={locale}
        hidden={hidden}
        ticks={ticks}
        total={keys.size}
        empty={damaged || byEmployer ? "" : t("empty")}
        sections={sections.map((section) => ({
          section,
          heading: p(`routes.${section.route.id}`),
          extra: (
            <RouteFacts
              locale={locale}
              address={section.route.address}
              appliedBy={section.route.appliedBy}
              notes={section.route.notes}
            />
          ),
        }))}
      />
      {bookable && evaluation.status !== "draft" && bookable.appliedBy !== "employer" ? (
        <BookingButton
          href={bookingUrl(
            locale,
            answers,
            bookable.id,
            shareQuery ? `/${locale}/checklist?${shareQuery}` : undefined,
          )}
          label={t("toBooking")}
        />
      ) : null}
      {shareQuery ? (
        <SharePanel
          url={`${origin}/${locale}/checklist?${shareQuery}`}
          heading={t("shareListHeading")}
          intro={t("shareListIntro")}
        />
      ) : null}
      {city ? (
        <ResumeLink
          href={answersUrl(locale, answers)}
          labels={{ heading: t("resumeHeading"), intro: t("resumeIntro"), link: t("resumeLink") }}
        />
      ) : null}
    </div>
  );
}

/** The checklist as shared: what is to be brought, by whom, with ticks — no answers in the link. */
async function SharedChecklistPage({ locale, query }: { locale: string; query: QueryInput }) {
  const [t, p] = await Promise.all([
    getTranslations({ locale, namespace: "checklist" }),
    getTranslations({ locale, namespace: "policy" }),
  ]);
  const shared = decodeSharedChecklist(query);
  if (!shared)
    return (
      <div className="space-y-6">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="border-4 border-accent p-3 font-bold" role="alert" data-testid="link-damaged">
          {t("damaged")}
        </p>
        <p>
          <a href={restartUrl(locale)} className="inline-flex min-h-11 items-center font-bold">
            {t("damagedStart")}
          </a>
        </p>
      </div>
    );
  const { section } = shared;
  const keys = allItemKeys([section]);
  const tickValues = queryValues(query, SHARE_KEYS.ticks);
  const { ticks, dropped } = readTicks(tickValues, keys);
  const def = routeDef(shared.city, shared.route)!;
  const district = DIVISIONS.find((d) => d.id === shared.district);
  const j = JURISDICTIONS[shared.city];
  const hidden: [string, string][] = [];
  for (const [k, v] of new URLSearchParams(encodeSharedChecklist(shared, section, ""))) hidden.push([k, v]);
  const shareUrl = `${publicOrigin()}/${locale}/checklist?${encodeSharedChecklist(shared, section, encodeTicks(ticks, keys))}`;

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold" data-speak>
        {t("title")}
      </h1>
      <ReadAloudSlot />
      <p className="text-lg">
        {p(`jurisdictions.${shared.city}`)}
        {district ? ` · ${locale === "zh-Hant" ? district.hant : district.zh}` : ""}
      </p>
      {j.status === "draft" ? <p className="border-4 border-accent p-3 font-bold">{t("draft")}</p> : null}
      <p className="no-print text-muted" data-testid="shared-intro">
        {t("sharedIntro")}
      </p>
      {dropped > 0 ? <p role="status">{t("ticksDropped", { count: dropped })}</p> : null}
      <ChecklistForm
        locale={locale}
        hidden={hidden}
        ticks={ticks}
        total={keys.size}
        empty={t("empty")}
        sections={[
          {
            section,
            heading: p(`routes.${shared.route}`),
            extra: (
              <RouteFacts
                locale={locale}
                address={shared.address}
                appliedBy={def.appliedBy ?? "applicant"}
                notes={def.notes}
              />
            ),
          },
        ]}
      />
      {j.status !== "draft" && def.appliedBy !== "employer" ? (
        <BookingButton
          href={bookingUrl(
            locale,
            { district: shared.district ?? undefined },
            shared.route,
            `/${locale}/checklist?${encodeSharedChecklist(shared, section, "")}`,
          )}
          label={t("toBooking")}
        />
      ) : null}
      <SharePanel url={shareUrl} heading={t("shareListHeading")} intro={t("sharedIntro")} />
    </div>
  );
}

function BookingButton({ href, label }: { href: string; label: string }) {
  return (
    <p className="no-print">
      <a href={href} className={primaryButton} data-testid="checklist-booking">
        {label}
      </a>
    </p>
  );
}
