import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { FontStackStyle } from "@/components/layout/font-stack";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { SkipLink } from "@/components/layout/skip-link";
import { CARE_CLASS, isStaffPath } from "@/lib/care/mode";
import { currentUrl, isCareMode } from "@/lib/care/request";
import { isHallDisplayPath } from "@/lib/counter/paths";
import { routing } from "@/lib/i18n/routing";
import "../globals.css";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const [t, app] = await Promise.all([
    getTranslations({ locale, namespace: "meta" }),
    getTranslations({ locale, namespace: "manifest" }),
  ]);
  return {
    title: { default: t("title"), template: t("titleTemplate") },
    description: t("description"),
    // Home screen (ADR 0015): a manifest per script, so the installed app opens in the resident's one.
    manifest: `/${locale}/manifest.webmanifest`,
    // Naming any icon here replaces the one app/icon.svg would add, so both are named.
    icons: { icon: { url: "/icon.svg", type: "image/svg+xml" }, apple: "/apple-touch-icon.png" },
    appleWebApp: { capable: true, title: app("shortName"), statusBarStyle: "default" },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0b3a75" };

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  // Care mode is rendered by the server from its cookie: the first paint is already large (no flash).
  const [care, here] = await Promise.all([isCareMode(), currentUrl()]);
  const path = here.split("?")[0] ?? "/";
  const staff = isStaffPath(path);
  // The hall's call display is a screen across the room: the whole window, nothing else on it.
  if (isHallDisplayPath(path)) {
    return (
      <html lang={locale}>
        <head>
          <FontStackStyle />
        </head>
        <body>{children}</body>
      </html>
    );
  }
  return (
    <html lang={locale} className={care ? CARE_CLASS : undefined}>
      <head>
        <FontStackStyle />
      </head>
      <body className="flex min-h-screen flex-col">
        <SkipLink />
        <SiteHeader care={care} here={here} staff={staff} />
        <main
          id="main-content"
          tabIndex={-1}
          className={`mx-auto w-full flex-1 px-4 py-6 sm:py-10 ${staff ? "max-w-6xl" : "max-w-3xl"}`}
        >
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
