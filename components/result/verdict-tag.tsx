import type { Verdict } from "@/policies/types";

const STYLE: Record<Verdict, string> = {
  eligible: "bg-go text-white",
  ineligible: "bg-panel text-ink border border-ink",
  "needs-info": "bg-focus text-ink",
};

export function VerdictTag({ verdict, label }: { verdict: Verdict; label: string }) {
  return (
    <strong
      className={`inline-block rounded-sm px-2 py-0.5 text-sm font-bold ${STYLE[verdict]}`}
      data-verdict={verdict}
    >
      {label}
    </strong>
  );
}
