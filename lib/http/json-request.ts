import { publicOrigin } from "./public-origin";

/**
 * The front door of every JSON endpoint that changes something, before any parsing:
 *  - cross-site requests refused (403): a browser says where a request comes from (Sec-Fetch-Site,
 *    Origin); a page elsewhere must not book or cancel through its visitors' browsers. Clients that
 *    are not browsers send neither header and are let through (the API is public).
 *  - only application/json (415): a cross-site form or `text/plain` fetch cannot even be sent as JSON
 *    without a CORS preflight, which this server never grants;
 *  - bodies over MAX_JSON_BODY (413), stopped while reading — a 300 MB body is never buffered;
 *  - malformed JSON / not an object (400);
 *  - control characters (NUL, C0, DEL, C1) in any key or string (400): no field of this API may hold
 *    one, and PostgreSQL refuses NUL in text (that was a 500).
 */
export const MAX_JSON_BODY = 16 * 1024;

export type JsonProblem =
  | "crossSite"
  | "unsupportedMediaType"
  | "tooLarge"
  | "malformedJson"
  | "invalidBody"
  | "controlCharacters";

export const PROBLEM_STATUS: Record<JsonProblem, number> = {
  crossSite: 403,
  unsupportedMediaType: 415,
  tooLarge: 413,
  malformedJson: 400,
  invalidBody: 400,
  controlCharacters: 400,
};

export type JsonRead = { ok: true; value: Record<string, unknown> } | { ok: false; problem: JsonProblem };

/** True when a browser tells us the request was started by another site. */
export function isCrossSite(req: Request): boolean {
  const site = req.headers.get("sec-fetch-site");
  if (site) return site !== "same-origin" && site !== "none";
  const origin = req.headers.get("origin");
  return origin !== null && origin !== publicOrigin();
}

export const isJsonContentType = (value: string | null) =>
  value !== null && /^application\/json\s*(;|$)/i.test(value.trim());

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** Any key or string value, at any depth, holding a control character. */
export function hasControlCharacters(value: unknown, depth = 0): boolean {
  if (depth > 64) return true; // nesting no endpoint of ours accepts; refuse rather than recurse on
  if (typeof value === "string") return CONTROL.test(value);
  if (Array.isArray(value)) return value.some((v) => hasControlCharacters(v, depth + 1));
  if (value && typeof value === "object")
    return Object.entries(value).some(([k, v]) => CONTROL.test(k) || hasControlCharacters(v, depth + 1));
  return false;
}

/** The body's text, or "tooLarge" as soon as it passes `limit` bytes (declared or read). */
export async function readBounded(req: Request, limit = MAX_JSON_BODY): Promise<string | "tooLarge"> {
  const declared = Number(req.headers.get("content-length") ?? 0);
  if (declared > limit) return "tooLarge";
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return "tooLarge";
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export async function readJsonRequest(req: Request): Promise<JsonRead> {
  if (isCrossSite(req)) return { ok: false, problem: "crossSite" };
  if (!isJsonContentType(req.headers.get("content-type")))
    return { ok: false, problem: "unsupportedMediaType" };
  const text = await readBounded(req);
  if (text === "tooLarge") return { ok: false, problem: "tooLarge" };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: "malformedJson" };
  }
  if (!value || typeof value !== "object" || Array.isArray(value))
    return { ok: false, problem: "invalidBody" };
  if (hasControlCharacters(value)) return { ok: false, problem: "controlCharacters" };
  return { ok: true, value: value as Record<string, unknown> };
}
