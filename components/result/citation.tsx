import { getLocale, getTranslations } from "next-intl/server";
import { quoteFor, type ScriptedQuote } from "@/lib/citations/script";
import { citationWhere } from "@/lib/citations/where";
import type { Citation } from "@/policies/types";

/**
 * A quoted clause in the page's script, where it comes from (title and clause in words), and — when the
 * quote was converted from the other script — the original one tap away.
 */
export function QuoteFigure({
  quote,
  where,
  labels,
}: {
  quote: ScriptedQuote;
  where: string;
  labels: { source: string; original: string; originalFrom: string };
}) {
  return (
    <figure className="mt-1 border-l-4 border-line pl-3 text-sm">
      <blockquote className="text-ink">“{quote.text}”</blockquote>
      <figcaption className="text-muted">
        {labels.source}：{where}
      </figcaption>
      {quote.original !== null ? (
        <details>
          <summary className="min-h-11 cursor-pointer py-2 text-brand underline">
            {labels.original}
            <span className="text-muted">（{labels.originalFrom}）</span>
          </summary>
          <blockquote lang={quote.from ?? undefined} className="text-ink" data-testid="quote-original">
            “{quote.original}”
          </blockquote>
        </details>
      ) : null}
    </figure>
  );
}

/** A citation of the policy library as a quote figure in the page's locale. */
export async function CitationQuote({ citation, label }: { citation: Citation; label: string }) {
  const locale = await getLocale();
  const t = await getTranslations({ locale });
  const quote = quoteFor(citation, locale);
  return (
    <QuoteFigure
      quote={quote}
      where={citationWhere(citation, locale, t)}
      labels={{
        source: label.replace(/[：:]\s*$/, ""),
        original: t("citation.original"),
        originalFrom: t(quote.from === "zh-Hant" ? "citation.originalHans" : "citation.originalHant"),
      }}
    />
  );
}
