import { secondaryButton } from "@/components/ui/styles";
import { holidayLabel } from "@/lib/calendar/holiday-names";
import type { TimelineEntry } from "@/lib/transfer/timeline";

type T = (key: string, values?: Record<string, string | number>) => string;

export const APPROVAL_ID = "approval-date";

/**
 * The dated timeline and the GET form that sets its approval date (works without JavaScript). Each
 * later step shows its latest date, flags 调休 days and dates past the published holiday schedule.
 */
export function TransferTimeline({
  entries,
  action,
  hidden,
  approval,
  error,
  formatDate,
  t,
  p,
  cal,
}: {
  entries: readonly TimelineEntry[] | null;
  action: string;
  hidden: [string, string][];
  approval: string;
  error: string | null;
  formatDate: (iso: string) => string;
  t: T;
  p: T;
  /** The "calendar" namespace (holiday names in the page's script). */
  cal: T;
}) {
  const describedBy = [`${APPROVAL_ID}-hint`, error ? `${APPROVAL_ID}-error` : null]
    .filter(Boolean)
    .join(" ");
  return (
    <div className="space-y-4">
      <form method="get" action={`${action}#timeline`} noValidate className="no-print space-y-2">
        {hidden.map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        <div className={error ? "border-l-4 border-accent pl-4" : undefined}>
          <label htmlFor={APPROVAL_ID} className="block text-lg font-bold">
            {t("result.approval")}
          </label>
          <p id={`${APPROVAL_ID}-hint`} className="text-muted">
            {t("result.approvalHint")}
          </p>
          {error ? (
            <p id={`${APPROVAL_ID}-error`} className="font-bold text-accent">
              <span className="sr-only">{t("form.errorPrefix")}</span>
              {error}
            </p>
          ) : null}
          <div className="mt-2 flex flex-wrap items-center gap-3">
            <input
              id={APPROVAL_ID}
              name="ad"
              type="date"
              defaultValue={approval}
              aria-describedby={describedBy}
              aria-invalid={error ? true : undefined}
              className={`min-h-11 w-48 border-2 bg-white px-2 text-lg ${error ? "border-accent" : "border-ink"}`}
            />
            <button type="submit" className={secondaryButton}>
              {t("result.calculate")}
            </button>
          </div>
        </div>
      </form>
      {entries ? (
        <ol className="relative space-y-4 border-l-4 border-brand pl-5" data-testid="timeline">
          {entries.map((e) => (
            <li key={e.step} data-step={e.step} data-date={e.date ?? ""} className="relative">
              <span
                aria-hidden="true"
                className="absolute top-1.5 -left-[1.95rem] size-4 rounded-full border-4 border-brand bg-white"
              />
              <p className="text-lg font-bold">
                {e.date === null
                  ? t("result.timelineBefore")
                  : e.step === "approve"
                    ? t("result.timelineOn", { date: formatDate(e.date) })
                    : t("result.timelineLatest", { date: formatDate(e.date) })}
              </p>
              <p>{p(`transfer.steps.${e.step}`)}</p>
              {e.holidaysSkipped.length > 0 ? (
                <p className="text-sm text-muted">
                  {t("result.skipped", {
                    names: e.holidaysSkipped.map((n) => holidayLabel(n, cal)).join("、"),
                  })}
                </p>
              ) : null}
              {e.makeUpWorkday ? (
                <p className="text-sm font-bold" data-testid="make-up">
                  {t("result.makeUp")}
                </p>
              ) : null}
              {e.scheduleUnpublished ? (
                <p className="text-sm font-bold text-accent" data-testid="unpublished">
                  {t("result.unpublished")}
                </p>
              ) : null}
              {e.step === "register" ? <p className="mt-1 font-bold">{t("result.visitAfter")}</p> : null}
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}
