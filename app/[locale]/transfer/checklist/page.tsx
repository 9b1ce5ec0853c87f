import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ChecklistSectionBlock } from "@/components/checklist/checklist-section";
import { itemLabels } from "@/components/checklist/item-labels";
import { SharePanel } from "@/components/checklist/share-panel";
import { TickSync } from "@/components/checklist/tick-sync";
import { BackLink } from "@/components/flow/back-link";
import { TransferLinkNotice, TransferLinkProblemPage } from "@/components/transfer/link-notice";
import { secondaryButton } from "@/components/ui/styles";
import { queryValues } from "@/lib/answers-url/query-values";
import { shanghaiToday } from "@/lib/calendar/shanghai-time";
import { allItemKeys, encodeTicks, readTicks } from "@/lib/checklist/items";
import { publicOrigin } from "@/lib/http/public-origin";
import { transferChecklist } from "@/lib/transfer/checklist";
import { decodeTransferLink, TRANSFER_KEYS, TRANSFER_LINK_VERSION } from "@/lib/transfer/link";
import { placeCode, placeName } from "@/lib/transfer/places";
import { transferChecklistUrl, transferResultUrl } from "@/lib/transfer/urls";
import { evaluateTransfer } from "@/policies";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};
type T = (key: string, values?: Record<string, string | number>) => string;

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  const t = await getTranslations({ locale, namespace: "transfer" });
  const bad = decodeTransferLink(query).input === null;
  return { title: `${bad ? t("form.errorPrefix") : ""}${t("checklist.title")}` };
}

/** The transfer's materials per visit in the settlement checklist's format: ticks, share link, QR, print. */
export default async function TransferChecklistPage({ params, searchParams }: Props) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const [tr, p, c, labels] = await Promise.all([
    getTranslations({ locale, namespace: "transfer" }),
    getTranslations({ locale, namespace: "policy" }),
    getTranslations({ locale, namespace: "checklist" }),
    itemLabels(locale),
  ]);
  const t = tr as unknown as T;
  const link = decodeTransferLink(query);
  const input = link.input;
  if (!input)
    return <TransferLinkProblemPage title={t("checklist.title")} link={link} locale={locale} t={t} />;

  const result = evaluateTransfer(input, { asOf: shanghaiToday() });
  const sections = transferChecklist(result);
  const keys = allItemKeys(sections);
  const { ticks } = readTicks(queryValues(query, TRANSFER_KEYS.ticks), keys);
  const missing = keys.size - ticks.size;
  const shareUrl = `${publicOrigin()}${transferChecklistUrl(locale, input, encodeTicks(ticks, keys) || undefined)}`;
  const other = (code: string) => t(`provinces.${code}`);
  const from = placeName(placeCode(input.originProvince, input.originCity), locale, other);
  const to = placeName(placeCode(input.destProvince, input.destCity), locale, other);
  const hidden: [string, string][] = [
    [TRANSFER_KEYS.version, TRANSFER_LINK_VERSION],
    [TRANSFER_KEYS.from, placeCode(input.originProvince, input.originCity)],
    [TRANSFER_KEYS.to, placeCode(input.destProvince, input.destCity)],
    [TRANSFER_KEYS.kind, input.kind],
  ];

  return (
    <div className="space-y-6">
      <BackLink href={transferResultUrl(locale, input)} label={t("checklist.backToResult")} />
      <TransferLinkNotice link={link} locale={locale} t={t} />
      <h1 className="text-3xl font-bold">{t("checklist.title")}</h1>
      <p className="text-lg" data-testid="move">
        {from} → {to} · {p(`transfer.kinds.${input.kind}`)}
      </p>
      {result.applies ? null : (
        <p className="border-4 border-accent p-3 font-bold" data-testid="not-applicable">
          {t("checklist.notApplicable")}
        </p>
      )}
      <p className="border-l-4 border-focus pl-3" role="note" data-testid="scope-may-grow">
        {t("result.scopeMayGrow")}
      </p>
      <p className="text-lg font-bold" aria-live="polite" data-testid="missing-count">
        {c("missing", { missing, total: keys.size })}
      </p>
      <p className="no-print text-muted">{c("intro")}</p>
      <form id="checklist" method="get" action={`/${locale}/transfer/checklist`} className="space-y-8">
        {hidden.map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        {sections.map((section) => (
          <ChecklistSectionBlock
            key={section.route.id}
            section={section}
            heading={t("checklist.visitHeading", {
              n: section.route.visit,
              step: t(`visits.${section.route.step}`),
            })}
            ticks={ticks}
            p={p as unknown as (key: string) => string}
            personLabel={(person) => p(`persons.${person.person}`)}
            labels={labels}
          />
        ))}
        <button type="submit" className={`no-print ${secondaryButton}`} data-no-js-submit>
          {c("update")}
        </button>
      </form>
      <TickSync formId="checklist" />
      <SharePanel url={shareUrl} />
    </div>
  );
}
