import { isIsoDate } from "@/lib/calendar";
import { getDb } from "@/lib/db/client";
import { publicUrl } from "@/lib/http/public-origin";
import type { Locale } from "@/lib/i18n/locales";
import { windowAvailability } from "./availability";
import { isBusinessType } from "./business";
import {
  bearerToken,
  crossSiteRefusal,
  errorResponse,
  guarded,
  json,
  jsonBody,
  requestContext,
} from "./http";
import { manageLinkPath } from "./manage-paths";
import { officeById, officesForDistrict } from "./offices";
import {
  type ChangeResult,
  cancelByToken,
  createBooking,
  lookupBooking,
  rescheduleByToken,
  viewByToken,
} from "./service";

/**
 * The JSON API behind app/api/v1/bookings/**. Plain Request → Response functions, so the
 * route files stay one line and tests can serve them from a bare HTTP server too.
 */
export const manageUrl = (locale: Locale, token: string) => publicUrl(manageLinkPath(locale, token));

export function postBooking(req: Request): Promise<Response> {
  return guarded(req, async (locale) => {
    const body = await jsonBody(req, locale);
    if (!body.ok) return body.response;
    const r = await createBooking(body.value, requestContext(req));
    switch (r.status) {
      case "created":
      case "replayed":
        return json(
          { booking: r.booking, manageToken: r.manageToken, manageUrl: manageUrl(locale, r.manageToken) },
          r.status === "created" ? 201 : 200,
          r.status === "replayed" ? { "Idempotent-Replayed": "true" } : {},
        );
      case "invalid":
        return errorResponse(locale, 400, "invalid", { fieldErrors: r.fieldErrors });
      case "full":
        return errorResponse(locale, 409, "full", { suggestions: r.suggestions });
      case "alreadyBooked":
        return errorResponse(locale, 409, "alreadyBooked");
      case "idempotencyMismatch":
        return errorResponse(locale, 422, "idempotencyMismatch");
      case "rateLimited":
        return errorResponse(locale, 429, "rateLimited", { retryAfterSeconds: r.retryAfterSeconds });
      default:
        return errorResponse(locale, 404, "notFound");
    }
  });
}

/** GET ?office=<id>[&date=YYYY-MM-DD]: the booking window (or one day) with seats left. */
export function getSlots(req: Request): Promise<Response> {
  return guarded(req, async (locale) => {
    const q = new URL(req.url).searchParams;
    const office = officeById(q.get("office") ?? "");
    if (!office) return errorResponse(locale, 400, "invalid", { fieldErrors: { office: "officeUnknown" } });
    const date = q.get("date");
    if (date !== null && !isIsoDate(date))
      return errorResponse(locale, 400, "invalid", { fieldErrors: { date: "dateInvalid" } });
    const days = await windowAvailability((await getDb()).db, office, new Date());
    const picked = date ? days.filter((d) => d.date === date) : days;
    return json({ office: { id: office.id, sample: true }, timeZone: "Asia/Shanghai", days: picked });
  });
}

/** GET ?district=<GB/T 2260>&business=<id>: offices, the district's first. Sample data. */
export function getOffices(req: Request): Promise<Response> {
  return guarded(req, async (locale) => {
    const q = new URL(req.url).searchParams;
    const business = q.get("business");
    if (business !== null && !isBusinessType(business)) {
      return errorResponse(locale, 400, "invalid", { fieldErrors: { business: "businessInvalid" } });
    }
    const offices = officesForDistrict(q.get("district") ?? undefined, business ?? undefined);
    return json({
      sample: true,
      offices: offices.map((o) => ({
        id: o.id,
        districtCode: o.districtCode,
        kind: o.kind,
        name: o.name[locale],
        address: o.address[locale],
        counters: o.counters,
        slotMinutes: o.slotMinutes,
        businesses: o.businesses,
      })),
    });
  });
}

export function postLookup(req: Request): Promise<Response> {
  return guarded(req, async (locale) => {
    const body = await jsonBody(req, locale);
    if (!body.ok) return body.response;
    const r = await lookupBooking(body.value, requestContext(req));
    if (r.status === "found")
      return json({ manageToken: r.manageToken, manageUrl: manageUrl(locale, r.manageToken) });
    if (r.status === "invalid") return errorResponse(locale, 400, "invalid", { fieldErrors: r.fieldErrors });
    if (r.status === "rateLimited")
      return errorResponse(locale, 429, "rateLimited", { retryAfterSeconds: r.retryAfterSeconds });
    if (r.status === "referenceFrozen")
      return errorResponse(locale, 429, "referenceFrozen", { retryAfterSeconds: r.retryAfterSeconds });
    return errorResponse(locale, 404, "notFound");
  });
}

export function getManaged(req: Request): Promise<Response> {
  return guarded(req, async (locale) => {
    const view = await viewByToken(bearerToken(req));
    return view ? json({ booking: view }) : errorResponse(locale, 404, "notFound");
  });
}

function changeResponse(locale: Locale, r: ChangeResult): Response {
  switch (r.status) {
    case "changed":
      return json({
        booking: r.booking,
        manageToken: r.manageToken,
        manageUrl: manageUrl(locale, r.manageToken),
      });
    case "invalid":
      return errorResponse(locale, 400, "invalid", { fieldErrors: r.fieldErrors });
    case "full":
      return errorResponse(locale, 409, "full", { suggestions: r.suggestions });
    case "notActive":
    case "sameSlot":
      return errorResponse(locale, 409, r.status);
    case "rateLimited":
      return errorResponse(locale, 429, "rateLimited", { retryAfterSeconds: r.retryAfterSeconds });
    default:
      return errorResponse(locale, 404, "notFound");
  }
}

/** DELETE: cancel. */
export function deleteManaged(req: Request): Promise<Response> {
  return guarded(
    req,
    async (locale) =>
      crossSiteRefusal(req, locale) ??
      changeResponse(locale, await cancelByToken(bearerToken(req), requestContext(req))),
  );
}

/** PATCH {date, time}: reschedule at the same office. */
export function patchManaged(req: Request): Promise<Response> {
  return guarded(req, async (locale) => {
    const body = await jsonBody(req, locale);
    if (!body.ok) return body.response;
    return changeResponse(locale, await rescheduleByToken(bearerToken(req), body.value, requestContext(req)));
  });
}
