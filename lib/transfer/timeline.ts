// The dated timeline of the electronic transfer: from the approval day, the latest expected date of
// each later step, in working days of the one holiday calendar (lib/calendar: weekends, public
// holidays, 调休 make-up days).
import { addDays, addWorkingDays, dayInfo, type IsoDate, isIsoDate } from "@/lib/calendar";
import { ELECTRONIC_STEPS } from "@/policies/hu-zhe-transfer";

export interface TimelineEntry {
  /** ELECTRONIC_STEPS id. */
  readonly step: string;
  /** Latest expected date; null for the application, which comes before the approval. */
  readonly date: IsoDate | null;
  /** Working days after the previous step that the text allows; null when it sets no limit. */
  readonly limitWorkingDays: number | null;
  /** The date is a weekend day made a working day (调休). */
  readonly makeUpWorkday: boolean;
  /** Holidays (Chinese names) between the previous step and this one that did not count. */
  readonly holidaysSkipped: readonly string[];
  /** The date lies past the last published State Council holiday schedule. */
  readonly scheduleUnpublished: boolean;
}

/** Approval dates the page accepts: from the launch year until the calendar stops being meaningful. */
export const APPROVAL_MIN = "2020-01-01";
export const APPROVAL_MAX = "2099-12-31";
export const isApprovalDate = (v: string): boolean => isIsoDate(v) && v >= APPROVAL_MIN && v <= APPROVAL_MAX;

function holidaysBetween(from: IsoDate, to: IsoDate): string[] {
  const names = new Set<string>();
  for (let d = addDays(from, 1); d < to; d = addDays(d, 1)) {
    const info = dayInfo(d);
    if (!info.working && info.holidayName) names.add(info.holidayName);
  }
  return [...names];
}

/** Each step of the electronic flow with its latest date, given the day the application is approved. */
export function transferTimeline(approval: IsoDate): TimelineEntry[] {
  if (!isIsoDate(approval)) throw new RangeError(`not an ISO date: ${approval}`);
  let previous: IsoDate | null = null;
  return ELECTRONIC_STEPS.map((s) => {
    let date: IsoDate | null = null;
    let skipped: string[] = [];
    if (s.id === "approve") date = approval;
    else if (previous !== null && s.limitWorkingDays !== null) {
      date = addWorkingDays(previous, s.limitWorkingDays);
      skipped = holidaysBetween(previous, date);
    }
    if (date !== null) previous = date;
    const info = date === null ? null : dayInfo(date);
    return {
      step: s.id,
      date,
      limitWorkingDays: s.limitWorkingDays,
      makeUpWorkday: info?.makeUpWorkday ?? false,
      holidaysSkipped: skipped,
      scheduleUnpublished: info?.scheduleUnpublished ?? false,
    };
  });
}
