import { getTranslations } from "next-intl/server";
import { shanghaiToday } from "@/lib/calendar/shanghai-time";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { readReminder, reminderIcs } from "@/lib/result/reminder";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ locale: string }> };

/** A calendar reminder for the day a route opens (linked from the result page; no personal data). */
export async function GET(req: Request, { params }: Ctx): Promise<Response> {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : defaultLocale;
  const request = readReminder(new URL(req.url).searchParams, shanghaiToday());
  if (!request)
    return new Response("Bad request", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  const t = await getTranslations({ locale });
  const route = t(`policy.routes.${request.route}`);
  const body = reminderIcs(request, {
    title: t("result.reminderTitle", { route }),
    description: t("result.reminderText", { route }),
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="reminder-${request.date}.ics"`,
      "Cache-Control": "no-store",
      "Referrer-Policy": "no-referrer",
    },
  });
}
