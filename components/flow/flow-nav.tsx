import { BackLink } from "./back-link";

/** Top of every questionnaire page: back link on the left, 重新开始 on the right. */
export function FlowNav({
  back,
  backLabel,
  restartHref,
  restartLabel,
}: {
  back: string | null;
  backLabel: string;
  restartHref: string;
  restartLabel: string;
}) {
  return (
    <div className="no-print flex items-start justify-between gap-4">
      {back ? <BackLink href={back} label={backLabel} /> : <span />}
      <a href={restartHref} className="inline-flex min-h-11 items-center" data-testid="restart">
        {restartLabel}
      </a>
    </div>
  );
}
