import { getTranslations } from "next-intl/server";
import { isCareMode } from "@/lib/care/request";
import { BackLink } from "./back-link";

/**
 * Top of every questionnaire page: back link on the left, 重新开始 on the right. In care mode 重新开始
 * (which drops every answer) folds into 更多操作, out of a shaky thumb's way.
 */
export async function FlowNav({
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
  const restart = (
    <a href={restartHref} className="inline-flex min-h-11 items-center" data-testid="restart">
      {restartLabel}
    </a>
  );
  const care = await isCareMode();
  return (
    <div className="no-print flex items-start justify-between gap-4">
      {back ? <BackLink href={back} label={backLabel} /> : <span />}
      {care ? (
        <details className="text-right">
          <summary className="cursor-pointer font-bold text-brand">
            {(await getTranslations("care"))("moreActions")}
          </summary>
          {restart}
        </details>
      ) : (
        restart
      )}
    </div>
  );
}
