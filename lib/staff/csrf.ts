import { createHmac } from "node:crypto";
import { sameText } from "./tokens";

/**
 * The per-session form token (ADR 0011): an HMAC keyed by the session's raw id, which only the
 * browser's cookie and this request know (the database holds its hash). It needs no storage and
 * changes with every sign-in.
 */
export function csrfToken(rawSessionId: string): string {
  return createHmac("sha256", rawSessionId).update("staff-form").digest("base64url");
}

export function csrfValid(rawSessionId: string, sent: unknown): boolean {
  return typeof sent === "string" && sameText(csrfToken(rawSessionId), sent);
}

/**
 * A staff POST must carry an Origin naming this site. Next's own server-action check compares Origin
 * with Host but lets a request without Origin through; staff forms refuse it.
 */
export function sameOrigin(headers: Headers, publicOrigin = process.env.PUBLIC_ORIGIN): boolean {
  const origin = headers.get("origin");
  if (!origin || origin === "null") return false;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  if (publicOrigin) {
    try {
      return new URL(publicOrigin).host === host;
    } catch {
      return false;
    }
  }
  return host === (headers.get("x-forwarded-host") ?? headers.get("host"));
}
