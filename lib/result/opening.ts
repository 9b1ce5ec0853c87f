// When a route that fails only on durations would open if nothing changes: the answers' months against
// the text's thresholds (Reason.threshold and Reason.actual), counted on from the day of the result.
import type { Reason } from "@/policies/types";

/** Months still missing for a duration condition, or null when the reason is not a duration to wait for. */
export function monthsToGo(r: Reason): number | null {
  const t = r.threshold;
  if (r.status !== "unmet" || !t || t.unit !== "months" || t.bound !== "min") return null;
  if (typeof r.actual !== "number") return null;
  const need = t.inclusive ? t.value : t.value + 1;
  return need > r.actual ? need - r.actual : null;
}

/** "YYYY-MM-DD" plus whole months (the last day of a shorter month when the day does not exist). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${ny}-${String(nm).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

export interface Opening {
  /** The reasons that are waiting (durations), indices into the route's reasons. */
  readonly waiting: readonly number[];
  readonly months: number;
  /** "YYYY-MM-DD". */
  readonly date: string;
}

/**
 * The first way forward made only of durations still running: the date it opens. Months are answered in
 * whole months (rounded down), so the real day is that date or a little earlier.
 */
export function openingOf(
  reasons: readonly Reason[],
  options: readonly (readonly number[])[],
  asOf: string,
): Opening | null {
  let best: Opening | null = null;
  for (const o of options) {
    const gaps = o.map((i) => monthsToGo(reasons[i]!));
    if (gaps.length === 0 || gaps.some((g) => g === null)) continue;
    const months = Math.max(...(gaps as number[]));
    if (!best || months < best.months) best = { waiting: o, months, date: addMonths(asOf, months) };
  }
  return best;
}
