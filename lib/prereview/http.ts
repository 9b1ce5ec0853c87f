import { managePath, referenceFromPath } from "@/lib/booking/manage-session";
import { routing } from "@/lib/i18n/routing";

/**
 * How the resident's pre-review endpoints answer: the script (Accept: application/json) gets JSON; a
 * plain form post gets a 303 back to the page, which shows the outcome (by code: nothing the client
 * sent is echoed) next to the line it concerns.
 */
export interface Outcome {
  ok: boolean;
  /** prereview.problem.* or a success code (stored, withdrawn, submitted, emailSaved, mailSaved). */
  code: string;
  line?: string;
  retryAfterSeconds?: number;
  status?: number;
}

export function pagePath(locale: string, reference: string): string {
  return `${managePath(locale, reference)}/prereview`;
}

export function reply(request: Request, locale: string, reference: string, o: Outcome): Response {
  const wantsJson = (request.headers.get("accept") ?? "").includes("application/json");
  if (wantsJson) {
    return Response.json(
      { ok: o.ok, code: o.code, line: o.line, retryAfterSeconds: o.retryAfterSeconds },
      {
        status: o.status ?? (o.ok ? 200 : o.code === "rateLimited" ? 429 : 400),
        headers: {
          "Cache-Control": "no-store",
          ...(o.retryAfterSeconds ? { "Retry-After": String(o.retryAfterSeconds) } : {}),
        },
      },
    );
  }
  const q = new URLSearchParams({ [o.ok ? "ok" : "p"]: o.code });
  if (o.line) q.set("l", o.line);
  if (o.retryAfterSeconds) q.set("w", String(Math.ceil(o.retryAfterSeconds / 60)));
  const hash = o.line ? `#line-${o.line}` : "";
  return new Response(null, {
    status: 303,
    headers: { Location: `${pagePath(locale, reference)}?${q}${hash}`, "Cache-Control": "no-store" },
  });
}

/** The locale and reference of a manage URL, or null when either is not one of ours. */
export function manageParams(p: {
  locale: string;
  reference: string;
}): { locale: string; reference: string } | null {
  if (!(routing.locales as readonly string[]).includes(p.locale)) return null;
  const reference = referenceFromPath(p.reference);
  return reference ? { locale: p.locale, reference } : null;
}

/** Refusal for a browser without the manage cookie: nothing about the appointment, not even whether it exists. */
export function noAccess(request: Request, locale: string): Response {
  const wantsJson = (request.headers.get("accept") ?? "").includes("application/json");
  if (wantsJson)
    return Response.json(
      { ok: false, code: "noAccess" },
      { status: 403, headers: { "Cache-Control": "no-store" } },
    );
  return new Response(null, {
    status: 303,
    headers: { Location: `/${locale}/book/manage`, "Cache-Control": "no-store" },
  });
}

/** Small urlencoded forms only (withdraw, submit, e-mail, address): the body is bounded before parsing. */
export async function smallForm(request: Request, max = 8192): Promise<URLSearchParams | null> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.startsWith("application/x-www-form-urlencoded")) return null;
  if (Number(request.headers.get("content-length") ?? "0") > max) return null;
  const reader = request.body?.getReader();
  if (!reader) return new URLSearchParams();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > max) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}
