import { CitationQuote } from "@/components/result/citation";
import type { TransferReason } from "@/policies/hu-zhe-transfer";

type T = (key: string) => string;

/** Each condition of the scope, met or not, with why-not text and the quoted clause behind it. */
export function TransferReasons({ reasons, t, p }: { reasons: readonly TransferReason[]; t: T; p: T }) {
  return (
    <ul className="space-y-3" data-testid="transfer-reasons">
      {reasons.map((r) => (
        <li key={r.id} className="border-l-4 border-line pl-3" data-status={r.status}>
          <p>
            <strong className={r.status === "met" ? "text-go" : "text-accent"}>
              {r.status === "met" ? "✓ " : "✗ "}
              {p(`reasonStatus.${r.status}`)}
            </strong>{" "}
            {p(`conditions.${r.id}`)}
          </p>
          {r.status === "unmet" ? <p className="font-bold">{t(`result.whyNot.${r.id}`)}</p> : null}
          <details className="mt-1">
            <summary className="inline-flex min-h-11 cursor-pointer items-center text-brand underline">
              {t("result.showClause")}
            </summary>
            <CitationQuote citation={r.citation} label={t("result.source")} />
          </details>
        </li>
      ))}
    </ul>
  );
}
