import { createEvent, type EventAttributes } from "ics";
import type { Locale } from "@/lib/i18n/locales";
import { checklistPath } from "./checklist-link";
import { bookingText } from "./messages";
import type { OfficeData } from "./offices";
import type { BookingView } from "./view";

/**
 * The appointment as an iCalendar event. UID is stable per reference so calendar apps update
 * the same event; SEQUENCE follows every change; a cancelled booking is sent as CANCELLED.
 * Times are given in UTC (the instant is what matters) and the event names Asia/Shanghai.
 */
export function bookingIcs(
  view: BookingView,
  office: OfficeData,
  locale: Locale,
  siteOrigin: string,
): string {
  const business = bookingText(locale, `business.${view.businessType}`);
  const toArray = (iso: string): [number, number, number, number, number] => {
    const d = new Date(iso);
    return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()];
  };
  const path = checklistPath(view.checklistUrl);
  const checklist = path ? `\n${siteOrigin}${path}` : "";
  const event: EventAttributes = {
    uid: `${view.reference}@hukou-portal`,
    sequence: view.sequence,
    productId: "hukou-portal/booking",
    method: view.status === "cancelled" ? "CANCEL" : "PUBLISH",
    status: view.status === "cancelled" ? "CANCELLED" : "CONFIRMED",
    title: bookingText(locale, "ics.title", { business }),
    description: `${bookingText(locale, "ics.description", { reference: view.reference })}${checklist}`,
    location: `${office.name[locale]}，${office.address[locale]}`,
    start: toArray(view.startsAt),
    startInputType: "utc",
    startOutputType: "utc",
    end: toArray(view.endsAt),
    endInputType: "utc",
    endOutputType: "utc",
    alarms: [
      {
        action: "display",
        description: bookingText(locale, "ics.alarm", { business }),
        trigger: { days: 1, before: true },
      },
    ],
  };
  const { error, value } = createEvent(event);
  if (error || !value) throw error ?? new Error("ics: no output");
  return (
    value
      // Name the zone for readers; the UTC instants above stay authoritative.
      .replace("BEGIN:VEVENT", "X-WR-TIMEZONE:Asia/Shanghai\r\nBEGIN:VEVENT")
      // The ics package writes "-P1DT" for a whole-day duration, which RFC 5545 (3.3.6) does not allow:
      // a "T" must be followed by a time. Calendar apps then drop the alarm.
      .replace(/^(TRIGGER(?:;[^:\r\n]*)?:-?P(?:\d+W)?(?:\d+D)?)T\r$/gm, "$1\r")
  );
}
