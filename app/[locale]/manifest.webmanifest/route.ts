import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { appManifest } from "@/lib/home-screen/manifest";
import { routing } from "@/lib/i18n/routing";

type Context = { params: Promise<{ locale: string }> };

/**
 * The web app manifest of one script (ADR 0015): its names, and a start URL in that script, so a
 * resident who added the portal to the home screen opens straight into her own start page.
 */
export async function GET(_request: Request, { params }: Context) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response(null, { status: 404 });
  const [app, meta] = await Promise.all([
    getTranslations({ locale, namespace: "manifest" }),
    getTranslations({ locale, namespace: "meta" }),
  ]);
  const manifest = appManifest(locale, {
    name: app("name"),
    shortName: app("shortName"),
    description: meta("description"),
  });
  return new Response(JSON.stringify(manifest), {
    headers: {
      "Content-Type": "application/manifest+json; charset=utf-8",
      "Cache-Control": "public, max-age=86400",
    },
  });
}
