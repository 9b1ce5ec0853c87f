import { bookingIcs } from "@/lib/booking/ics";
import { officeById } from "@/lib/booking/offices";
import { viewByToken } from "@/lib/booking/service";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ locale: string; token: string }> };

/** The appointment as an .ics download (reached from the private manage page only). */
export async function GET(req: Request, { params }: Ctx): Promise<Response> {
  const { locale: raw, token } = await params;
  const locale = isLocale(raw) ? raw : defaultLocale;
  const view = await viewByToken(token).catch(() => undefined);
  const office = view && officeById(view.officeId);
  if (!view || !office)
    return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  const body = bookingIcs(view, office, locale, new URL(req.url).origin);
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${view.reference}.ics"`,
      "Cache-Control": "no-store",
      "Referrer-Policy": "no-referrer",
    },
  });
}
