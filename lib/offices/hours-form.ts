import type { WeeklyHours } from "@/lib/booking/offices";

const INTERVAL = /^([01]\d|2[0-3]):([0-5]\d)\s*[-–—~至]\s*([01]\d|2[0-3]):([0-5]\d)$/;

/** "09:00-12:00, 13:30-17:00" → intervals, ordered and not overlapping; "" → closed; null when malformed. */
export function parseIntervals(text: string): [string, string][] | null {
  const parts = text
    .split(/[,，;；、]/)
    .map((p) => p.trim())
    .filter(Boolean);
  const out: [string, string][] = [];
  for (const p of parts) {
    const m = INTERVAL.exec(p);
    if (!m) return null;
    const open = `${m[1]}:${m[2]}`;
    const close = `${m[3]}:${m[4]}`;
    if (close <= open) return null;
    const prev = out.at(-1);
    if (prev && open < prev[1]) return null;
    out.push([open, close]);
  }
  return parts.length > 8 ? null : out;
}

export const formatIntervals = (intervals: readonly (readonly [string, string])[] | undefined) =>
  (intervals ?? []).map(([a, b]) => `${a}-${b}`).join(", ");

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

export function hoursFromForm(get: (name: string) => string): { hours: WeeklyHours; bad: number[] } {
  const hours: WeeklyHours = {};
  const bad: number[] = [];
  for (const d of WEEKDAYS) {
    const parsed = parseIntervals(get(`h${d}`));
    if (parsed === null) bad.push(d);
    else if (parsed.length) hours[d] = parsed;
  }
  return { hours, bad };
}
