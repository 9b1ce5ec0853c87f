import { type NextRequest, NextResponse } from "next/server";
import { isStaffPath } from "@/lib/care/mode";
import { localeCookie, negotiateLocale, splitLocale } from "@/lib/i18n/locales";
import { contentSecurityPolicy, newNonce, staticSecurityHeaders } from "@/lib/security/headers";

const dev = process.env.NODE_ENV === "development";
// Paths that are not pages: no locale prefix, no redirect.
const unlocalised = /^\/(?:api|_next|bench-hello$|care-mode$|favicon\.ico|robots\.txt|icon|.*\.[a-z0-9]+$)/i;

/**
 * Runs on every request: puts a locale in front of page URLs, hands the CSP nonce and the
 * current path + query to server components (the language switcher keeps both), and sets
 * the security headers.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, dev);
  const { locale } = splitLocale(pathname);

  let response: NextResponse;
  if (!locale && !unlocalised.test(pathname)) {
    const chosen = negotiateLocale(
      request.cookies.get(localeCookie)?.value,
      request.headers.get("accept-language"),
    );
    const target = new URL(`/${chosen}${pathname === "/" ? "" : pathname}${search}`, request.url);
    response = NextResponse.redirect(target, 307);
    response.headers.set("Vary", "Accept-Language, Cookie");
  } else {
    const headers = new Headers(request.headers);
    headers.set("x-nonce", nonce);
    headers.set("Content-Security-Policy", csp);
    headers.set("x-url", `${pathname}${search}`);
    response = NextResponse.next({ request: { headers } });
    if (locale && request.cookies.get(localeCookie)?.value !== locale) {
      response.cookies.set(localeCookie, locale, { path: "/", sameSite: "lax", maxAge: 60 * 60 * 24 * 365 });
    }
  }
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(staticSecurityHeaders)) response.headers.set(name, value);
  if (locale && isStaffPath(pathname)) {
    // Staff pages show residents' data: never kept by the browser or a shared cache (back button on a
    // counter PC after sign-out shows nothing), and enrolment links never leak through a Referer
    // ("no-referrer" would also make the browser send `Origin: null` on our own forms).
    response.headers.set("Cache-Control", "no-store");
    response.headers.set("Referrer-Policy", "same-origin");
  }
  return response;
}

// Pages only. The JSON API needs no locale and no nonce, and running the proxy doubled the server's
// cost per API request (bench:booking: /api/health 430–600 → 1060–1115 req/s); the build's static
// files, the icon and the files in public/ (robots.txt, home-screen icons) neither. next.config.js sets
// their security headers instead.
export const config = {
  matcher: "/((?!api/|_next/static/|icon\\.svg|icons/|apple-touch-icon\\.png|robots\\.txt).*)",
};
