import type { Citation } from "@/policies/types";

/** The quoted clause behind a rule, with where it comes from (file and clause locator). */
export function CitationQuote({ citation, label }: { citation: Citation; label: string }) {
  return (
    <figure className="mt-1 border-l-4 border-line pl-3 text-sm">
      <blockquote className="text-ink">“{citation.quote}”</blockquote>
      <figcaption className="text-muted">
        {label} {citation.source} {citation.clause}
      </figcaption>
    </figure>
  );
}
