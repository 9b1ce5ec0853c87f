import { headers } from "next/headers";
import { splitLocale } from "./locales";

/** The page's path without locale, plus its query string, as the proxy saw it (for the language switcher). */
export async function currentUrlWithoutLocale(): Promise<string> {
  const url = (await headers()).get("x-url") ?? "/";
  const queryAt = url.indexOf("?");
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  const query = queryAt === -1 ? "" : url.slice(queryAt);
  const rest = splitLocale(path).rest;
  return `${rest === "/" ? "" : rest}${query}`;
}
