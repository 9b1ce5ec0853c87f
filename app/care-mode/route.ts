import type { NextRequest } from "next/server";
import { CARE_COOKIE, CARE_COOKIE_MAX_AGE, careReturnPath } from "@/lib/care/mode";
import { localeCookie } from "@/lib/i18n/locales";

export const dynamic = "force-dynamic";

/**
 * The 关怀模式 / 标准版 switch: a plain link (works without JavaScript) that stores the choice in a
 * cookie and goes back to the page it came from, same path and query. The way back is validated
 * (same-origin portal page only) and sent as a relative Location, so no header the client sends
 * can turn it into a link to another site.
 */
export function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const on = params.get("on") === "1";
  const back = careReturnPath(params.get("back"), request.cookies.get(localeCookie)?.value);
  const cookie = [
    `${CARE_COOKIE}=${on ? "1" : "0"}`,
    "Path=/",
    `Max-Age=${on ? CARE_COOKIE_MAX_AGE : 0}`,
    "SameSite=Lax",
    "HttpOnly",
    ...(request.nextUrl.protocol === "https:" ? ["Secure"] : []),
  ].join("; ");
  return new Response(null, {
    status: 303,
    headers: {
      Location: back,
      "Set-Cookie": cookie,
      "Cache-Control": "no-store",
      "X-Robots-Tag": "noindex, nofollow",
    },
  });
}
