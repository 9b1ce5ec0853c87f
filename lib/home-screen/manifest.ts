import type { MetadataRoute } from "next";
import type { Locale } from "@/lib/i18n/locales";

/** The portal's blue (the header band, `--color-brand`): the phone's status bar and splash screen. */
export const THEME_COLOR = "#0b3a75";

/** The home-screen icons in public/, made from app/icon.svg by `node scripts/icons.mjs`. */
export const HOME_SCREEN_ICONS = [
  { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
  { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
  { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
] as const;

export function appManifest(
  locale: Locale,
  text: { name: string; shortName: string; description: string },
): MetadataRoute.Manifest & { id: string; lang: string; dir: "ltr" } {
  return {
    // One id per script: each script's icon is its own app, opening in its own language.
    id: `/${locale}`,
    name: text.name,
    short_name: text.shortName,
    description: text.description,
    lang: locale,
    dir: "ltr",
    start_url: `/${locale}`,
    scope: "/",
    display: "standalone",
    orientation: "portrait",
    background_color: "#ffffff",
    theme_color: THEME_COLOR,
    icons: HOME_SCREEN_ICONS.map((icon) => ({ ...icon })),
  };
}
