import type { QuoteGroup } from "@/lib/result/route-view";
import { QuoteFigure } from "./citation";

const MARK = { met: "✓", unmet: "✗", unknown: "?" } as const;

export interface ConditionLabels {
  status: Record<"met" | "unmet" | "unknown", string>;
  you: (value: string) => string;
  unanswered: string;
  answeredUnknown: string;
  source: string;
  original: string;
  originalFrom: (from: "zh-Hans" | "zh-Hant") => string;
}

/** Conditions with their status and the applicant's value, each quote once under the conditions it supports. */
export function ConditionGroups({
  groups,
  labels,
}: {
  groups: readonly QuoteGroup[];
  labels: ConditionLabels;
}) {
  return (
    <div className="space-y-4">
      {groups.map((g) => (
        <div key={`${g.where}${g.quote.text}`}>
          <ul className="space-y-1">
            {g.conditions.map((c) => (
              <li key={c.id} data-reason={c.id} data-status={c.status}>
                <span aria-hidden="true" className="mr-1 font-bold">
                  {MARK[c.status]}
                </span>
                <span className="sr-only">{labels.status[c.status]}：</span>
                {c.text}
                {c.value !== null ? <span className="text-muted">（{labels.you(c.value)}）</span> : null}
                {c.question ? (
                  <span className="text-muted">
                    （
                    <a href={c.question.href} className="inline-flex min-h-11 items-center">
                      {c.question.answeredUnknown ? labels.answeredUnknown : labels.unanswered}
                    </a>
                    ）
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
          <QuoteFigure
            quote={g.quote}
            where={g.where}
            labels={{
              source: labels.source,
              original: labels.original,
              originalFrom: g.quote.from ? labels.originalFrom(g.quote.from) : "",
            }}
          />
        </div>
      ))}
    </div>
  );
}
