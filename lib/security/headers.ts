import staticHeaders from "./static-headers.json";

/**
 * Response headers every route gets. Scripts run only with the per-request nonce (no
 * 'unsafe-inline'); 'strict-dynamic' lets Next's nonce'd bootstrap load its own chunks.
 */
export function contentSecurityPolicy(nonce: string, dev = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // React and Tailwind set style attributes; styles cannot run code, scripts stay strict.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * Headers that never change. In a JSON file because next.config.js sets them (with a script-free CSP)
 * on the responses that skip the proxy (the API, static files, the icon); proxy.ts sets them on pages.
 */
export const staticSecurityHeaders: Record<string, string> = staticHeaders.everyResponse;

export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
