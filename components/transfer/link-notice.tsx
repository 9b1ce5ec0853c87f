import { type TransferLink, validPart } from "@/lib/transfer/link";
import { transferFormUrl } from "@/lib/transfer/urls";

type T = (key: string, values?: Record<string, string | number>) => string;

/**
 * What a damaged, truncated or other-version transfer link shows instead of an error: what could not
 * be read, and the way on (the form with the readable choices kept, or a fresh check).
 */
export function TransferLinkNotice({ link, locale, t }: { link: TransferLink; locale: string; t: T }) {
  const broken = link.input === null || link.version === "unsupported";
  if (!broken) return null;
  const label = (f: string) => t(`form.${f}`);
  return (
    <div className="no-print border-l-4 border-brand bg-panel p-4" role="status" data-testid="link-notice">
      <h2 className="text-xl font-bold">{t("link.heading")}</h2>
      {link.version === "unsupported" ? <p>{t("link.unsupported")}</p> : null}
      <FieldList
        heading={t("link.invalid", { count: link.invalid.length })}
        fields={link.invalid}
        label={label}
      />
      <FieldList
        heading={t("link.missing", { count: link.missing.length })}
        fields={link.missing}
        label={label}
      />
      <p className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
        {link.input === null ? (
          <a href={transferFormUrl(locale, validPart(link))} className="inline-flex min-h-11 items-center">
            {t("link.fix")}
          </a>
        ) : null}
        <a href={transferFormUrl(locale)} className="inline-flex min-h-11 items-center">
          {t("link.restart")}
        </a>
      </p>
    </div>
  );
}

function FieldList({
  heading,
  fields,
  label,
}: {
  heading: string;
  fields: readonly string[];
  label: (field: string) => string;
}) {
  if (fields.length === 0) return null;
  return (
    <>
      <p className="font-bold">{heading}</p>
      <ul className="list-disc pl-6">
        {fields.map((f) => (
          <li key={f}>{label(f)}</li>
        ))}
      </ul>
    </>
  );
}

/** The whole page for a transfer link that cannot be read: the page's title, then the notice. */
export function TransferLinkProblemPage({
  title,
  link,
  locale,
  t,
}: {
  title: string;
  link: TransferLink;
  locale: string;
  t: T;
}) {
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{title}</h1>
      <TransferLinkNotice link={link} locale={locale} t={t} />
    </div>
  );
}
