import type { Citation } from "@/policies/types";
import { SourceTitle } from "./source-title";

/** The quoted clause behind a rule, with where it comes from (document title and clause locator). */
export function CitationQuote({ citation, label }: { citation: Citation; label: string }) {
  return (
    <figure className="mt-1 border-l-4 border-line pl-3 text-sm">
      <blockquote className="text-ink">“{citation.quote}”</blockquote>
      <figcaption className="text-muted">
        {label}
        <SourceTitle source={citation.source} /> {citation.clause}
      </figcaption>
    </figure>
  );
}
