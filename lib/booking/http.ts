import { clientIp } from "@/lib/http/client-ip";
import { isCrossSite, PROBLEM_STATUS, readJsonRequest } from "@/lib/http/json-request";
import { isLocale, type Locale, negotiateLocale } from "@/lib/i18n/locales";
import type { Suggestion } from "./availability";
import type { FieldErrors } from "./form-schema";
import { errorText } from "./messages";
import type { RequestContext } from "./service";
import { waitHours } from "./wait";

/** Shared plumbing of the /api/v1/bookings handlers: locale, context, error bodies. */
export function requestLocale(req: Request): Locale {
  const q = new URL(req.url).searchParams.get("locale");
  return isLocale(q) ? q : negotiateLocale(undefined, req.headers.get("accept-language"));
}

export function requestContext(req: Request): RequestContext {
  return { ip: clientIp(req.headers), idempotencyKey: req.headers.get("idempotency-key") ?? undefined };
}

/** The JSON object body, or the 4xx answer (cross-site, not JSON, too large, malformed, control characters). */
export async function jsonBody(
  req: Request,
  locale: Locale,
): Promise<{ ok: true; value: Record<string, unknown> } | { ok: false; response: Response }> {
  const read = await readJsonRequest(req);
  return read.ok
    ? read
    : { ok: false, response: errorResponse(locale, PROBLEM_STATUS[read.problem], read.problem) };
}

/** A body-less change (DELETE) still must not come from another site. */
export const crossSiteRefusal = (req: Request, locale: Locale): Response | undefined =>
  isCrossSite(req) ? errorResponse(locale, 403, "crossSite") : undefined;

const noStore = { "Cache-Control": "no-store" };

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { ...noStore, ...headers } });
}

export function errorResponse(
  locale: Locale,
  status: number,
  code: string,
  extra: { fieldErrors?: FieldErrors; suggestions?: Suggestion[]; retryAfterSeconds?: number } = {},
): Response {
  const minutes = Math.max(1, Math.ceil((extra.retryAfterSeconds ?? 60) / 60));
  const fields = extra.fieldErrors
    ? Object.fromEntries(
        Object.entries(extra.fieldErrors).map(([f, c]) => [f, { code: c, message: errorText(locale, c) }]),
      )
    : undefined;
  return json(
    {
      error: {
        code,
        message: errorText(locale, code, { minutes, hours: waitHours(minutes) }),
        ...(fields ? { fields } : {}),
      },
      ...(extra.suggestions ? { suggestions: extra.suggestions } : {}),
    },
    status,
    extra.retryAfterSeconds ? { "Retry-After": String(extra.retryAfterSeconds) } : {},
  );
}

/**
 * Runs a handler; anything unexpected becomes a localized 500 and a log line with only the
 * error's class and SQLSTATE — never the request, whose body holds personal data.
 */
export async function guarded(
  req: Request,
  handler: (locale: Locale) => Promise<Response>,
): Promise<Response> {
  const locale = requestLocale(req);
  try {
    return await handler(locale);
  } catch (err) {
    const e = err as { name?: string; code?: string; cause?: { code?: string } };
    console.error(
      `[booking] ${req.method} ${new URL(req.url).pathname} failed: ${e?.name ?? "Error"} ${e?.code ?? e?.cause?.code ?? ""}`,
    );
    return errorResponse(locale, 500, "server");
  }
}

/** Bearer token of the manage endpoints (header, so it stays out of URLs and access logs). */
export function bearerToken(req: Request): string {
  return (
    req.headers
      .get("authorization")
      ?.replace(/^Bearer\s+/i, "")
      .trim() ?? ""
  );
}
