import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ErrorSummary } from "@/components/form/error-summary";
import { CitationQuote } from "@/components/result/citation";
import { TransferLinkNotice, TransferLinkProblemPage } from "@/components/transfer/link-notice";
import { ProcessCompare } from "@/components/transfer/process-compare";
import { TransferReasons } from "@/components/transfer/reasons";
import { APPROVAL_ID, TransferTimeline } from "@/components/transfer/timeline";
import { VisitMaterials } from "@/components/transfer/visit-materials";
import { primaryButton } from "@/components/ui/styles";
import { queryValues } from "@/lib/answers-url/query-values";
import { shanghaiToday } from "@/lib/calendar/shanghai-time";
import { transferChecklist } from "@/lib/transfer/checklist";
import { dateWithYear } from "@/lib/transfer/format";
import { decodeTransferLink, TRANSFER_KEYS, TRANSFER_LINK_VERSION } from "@/lib/transfer/link";
import { placeCode, placeName } from "@/lib/transfer/places";
import { isApprovalDate, transferTimeline } from "@/lib/transfer/timeline";
import { transferBookingUrl, transferChecklistUrl, transferFormUrl } from "@/lib/transfer/urls";
import { evaluateTransfer, huZheTransfer, TRANSFER_VISITS } from "@/policies";

type Query = Record<string, string | string[] | undefined>;
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Query> };
type T = (key: string, values?: Record<string, string | number>) => string;

/** The approval date from the link: absent → today in Shanghai; present but not a date → an error. */
function readApproval(query: Query): { approval: string; invalid: boolean } {
  const raw = queryValues(query, TRANSFER_KEYS.approval)[0];
  if (raw === undefined || raw === "") return { approval: shanghaiToday(), invalid: false };
  return isApprovalDate(raw)
    ? { approval: raw, invalid: false }
    : { approval: raw.slice(0, 10), invalid: true };
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  const t = await getTranslations({ locale, namespace: "transfer" });
  const bad = decodeTransferLink(query).input === null || readApproval(query).invalid;
  return { title: `${bad ? t("form.errorPrefix") : ""}${t("result.title")}` };
}

export default async function TransferResultPage({ params, searchParams }: Props) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const [tr, p, cal] = await Promise.all([
    getTranslations({ locale, namespace: "transfer" }),
    getTranslations({ locale, namespace: "policy" }),
    getTranslations({ locale, namespace: "calendar" }),
  ]);
  const t = tr as unknown as T;
  const pt = p as unknown as T;
  const link = decodeTransferLink(query);
  const input = link.input;
  if (!input) return <TransferLinkProblemPage title={t("result.title")} link={link} locale={locale} t={t} />;

  const today = shanghaiToday();
  const result = evaluateTransfer(input, { asOf: today });
  const { approval, invalid } = readApproval(query);
  const approvalError = invalid ? t("result.approvalInvalid") : null;
  const other = (code: string) => t(`provinces.${code}`);
  const from = placeName(placeCode(input.originProvince, input.originCity), locale, other);
  const to = placeName(placeCode(input.destProvince, input.destCity), locale, other);
  const formatDate = (iso: string) => dateWithYear(cal as unknown as T, t, iso);
  const hidden: [string, string][] = [
    [TRANSFER_KEYS.version, TRANSFER_LINK_VERSION],
    [TRANSFER_KEYS.from, placeCode(input.originProvince, input.originCity)],
    [TRANSFER_KEYS.to, placeCode(input.destProvince, input.destCity)],
    [TRANSFER_KEYS.kind, input.kind],
  ];

  return (
    <div className="space-y-10">
      <ErrorSummary
        title={t("form.errorSummary")}
        errors={approvalError ? [{ href: APPROVAL_ID, message: approvalError }] : []}
      />
      <TransferLinkNotice link={link} locale={locale} t={t} />
      <section aria-labelledby="verdict" className="space-y-4">
        <p className="text-muted">{t("result.title")}</p>
        <h1
          id="verdict"
          className={`text-3xl font-bold leading-tight ${result.applies ? "text-go" : ""}`}
          data-testid="transfer-verdict"
          data-applies={result.applies}
        >
          {result.applies ? t("result.yes") : t("result.no")}
        </h1>
        <p className="text-lg">{result.applies ? t("result.yesLead") : t("result.noLead")}</p>
        <p className="border-l-4 border-focus pl-3" role="note" data-testid="scope-may-grow">
          {t("result.scopeMayGrow")}
        </p>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 border-2 border-line p-4" data-testid="move">
          <dt className="font-bold">{t("result.from")}</dt>
          <dd>{from}</dd>
          <dt className="font-bold">{t("result.to")}</dt>
          <dd>{to}</dd>
          <dt className="font-bold">{t("result.kind")}</dt>
          <dd>{p(`transfer.kinds.${input.kind}`)}</dd>
        </dl>
        <p className="no-print">
          <a href={transferFormUrl(locale, link.raw)} className="inline-flex min-h-11 items-center">
            {t("result.change")}
          </a>
        </p>
        {result.applies ? (
          <p className="no-print">
            <a href={transferBookingUrl(locale, input)} className={primaryButton} data-testid="book">
              {t("result.book")}
            </a>
            <span className="mt-1 block text-muted">{t("result.bookHint")}</span>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="why" className="space-y-3">
        <h2 id="why" className="text-2xl font-bold">
          {t("result.whyHeading")}
        </h2>
        <TransferReasons reasons={result.reasons} t={t} p={pt} />
      </section>

      <section aria-labelledby="process" className="space-y-3">
        <h2 id="process" className="text-2xl font-bold">
          {t("result.processHeading")}
        </h2>
        <ProcessCompare
          electronic={result.steps}
          paper={result.paperSteps}
          visits={{ electronic: TRANSFER_VISITS.electronic.count, paper: TRANSFER_VISITS.paper.count }}
          places={{ origin: from, destination: to }}
          t={t}
          p={pt}
        />
      </section>

      {result.applies ? (
        <>
          <section aria-labelledby="timeline" className="space-y-3" id="timeline-section">
            <h2 id="timeline" className="text-2xl font-bold">
              {t("result.timelineHeading")}
            </h2>
            <p>{t("result.timelineIntro")}</p>
            <TransferTimeline
              entries={approvalError ? null : transferTimeline(approval)}
              action={`/${locale}/transfer/result`}
              hidden={hidden}
              approval={approval}
              error={approvalError}
              formatDate={formatDate}
              t={t}
              p={pt}
              cal={cal as unknown as T}
            />
          </section>

          <section aria-labelledby="materials" className="space-y-3">
            <h2 id="materials" className="text-2xl font-bold">
              {t("result.materialsHeading")}
            </h2>
            <p className="text-muted">{t("result.materialsIntro")}</p>
            <VisitMaterials sections={transferChecklist(result)} t={t} p={pt} />
            <div className="no-print flex flex-wrap gap-4">
              <a
                href={transferChecklistUrl(locale, input)}
                className="inline-flex min-h-11 items-center font-bold"
                data-testid="checklist-link"
              >
                {t("result.checklistLink")}
              </a>
              <a href={transferBookingUrl(locale, input)} className={primaryButton}>
                {t("result.book")}
              </a>
            </div>
          </section>
        </>
      ) : null}

      <section aria-labelledby="notes" className="space-y-3">
        <h2 id="notes" className="text-2xl font-bold">
          {t("result.notesHeading")}
        </h2>
        <ul className="space-y-3">
          {result.notes.map((n) => (
            <li key={n.id}>
              <p>{p(`notes.${n.id}`)}</p>
              <details>
                <summary className="inline-flex min-h-11 cursor-pointer items-center text-brand underline">
                  {t("result.showClause")}
                </summary>
                <CitationQuote citation={n.citation} label={t("result.source")} />
              </details>
            </li>
          ))}
        </ul>
        <p className="text-sm text-muted" data-testid="date-basis" data-date-basis={huZheTransfer.dateBasis}>
          {t("result.dateBasis", { date: huZheTransfer.effectiveFrom })}
        </p>
      </section>
    </div>
  );
}
