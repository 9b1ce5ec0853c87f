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
      {link.invalid.length > 0 ? (
        <>
          <p className="font-bold">{t("link.invalid", { count: link.invalid.length })}</p>
          <ul className="list-disc pl-6">
            {link.invalid.map((f) => (
              <li key={f}>{label(f)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {link.missing.length > 0 ? (
        <>
          <p className="font-bold">{t("link.missing", { count: link.missing.length })}</p>
          <ul className="list-disc pl-6">
            {link.missing.map((f) => (
              <li key={f}>{label(f)}</li>
            ))}
          </ul>
        </>
      ) : null}
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
