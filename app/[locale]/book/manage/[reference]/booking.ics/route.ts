import { bookingIcs } from "@/lib/booking/ics";
import { managedView, referenceFromPath } from "@/lib/booking/manage-session";
import { publicOrigin } from "@/lib/http/public-origin";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ locale: string; reference: string }> };

/** The appointment as an .ics file, for the browser holding its manage cookie. */
export async function GET(_req: Request, { params }: Ctx): Promise<Response> {
  const { locale: raw, reference: segment } = await params;
  const locale = isLocale(raw) ? raw : defaultLocale;
  const reference = referenceFromPath(segment);
  const managed = reference ? await managedView(reference).catch(() => null) : null;
  if (!managed) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  const body = bookingIcs(managed.view, managed.office, locale, publicOrigin());
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${managed.view.reference}.ics"`,
      "Cache-Control": "no-store",
      "Referrer-Policy": "no-referrer",
    },
  });
}
