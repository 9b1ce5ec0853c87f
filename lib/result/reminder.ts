// The .ics reminder for the day a route opens. Only the date and the route travel (no answers, no
// name): the event says which route and asks to check the answers again before booking.
import { createEvent } from "ics";
import { parseDate } from "@/policies/legal";
import { JURISDICTIONS } from "@/policies/registry";
import { addMonths } from "./opening";

const ROUTE_IDS: ReadonlySet<string> = new Set(
  Object.values(JURISDICTIONS).flatMap((j) => j.routes.map((r) => r.id)),
);

export interface ReminderRequest {
  readonly date: string;
  readonly route: string;
}

/** Reads `d` and `r`: a real date from today up to 10 years on, and a route the library knows. */
export function readReminder(params: URLSearchParams, today: string): ReminderRequest | null {
  const date = params.get("d") ?? "";
  const route = params.get("r") ?? "";
  if (!parseDate(date) || date < today || date > addMonths(today, 120)) return null;
  if (!ROUTE_IDS.has(route)) return null;
  return { date, route };
}

export const reminderHref = (locale: string, date: string, route: string) =>
  `/${locale}/result/reminder?${new URLSearchParams({ d: date, r: route }).toString()}`;

/** An all-day event on the day, with a reminder at 09:00 that morning. */
export function reminderIcs(req: ReminderRequest, text: { title: string; description: string }): string {
  const [y, m, d] = parseDate(req.date)!;
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  const { error, value } = createEvent({
    uid: `${req.route}-${req.date}@hukou-portal`,
    productId: "hukou-portal/reminder",
    title: text.title,
    description: text.description,
    start: [y, m, d],
    end: [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()],
    alarms: [{ action: "display", description: text.title, trigger: { hours: 9, before: false } }],
  });
  if (error || !value) throw error ?? new Error("ics: no output");
  return value;
}
