import { cookies, headers } from "next/headers";
import { CARE_COOKIE, isCareCookie, isStaffPath } from "./mode";

/** Whether this page renders in care mode: the resident chose it, and the page is not a staff page. */
export async function isCareMode(): Promise<boolean> {
  const [jar, h] = await Promise.all([cookies(), headers()]);
  if (!isCareCookie(jar.get(CARE_COOKIE)?.value)) return false;
  const url = h.get("x-url") ?? "/";
  const path = url.split("?")[0] ?? "/";
  return !isStaffPath(path);
}

/** The page's path and query as the proxy saw it (the proxy overwrites any x-url a client sends). */
export async function currentUrl(): Promise<string> {
  return (await headers()).get("x-url") ?? "/";
}
