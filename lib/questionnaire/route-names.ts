import { getTranslations } from "next-intl/server";
import { JURISDICTIONS } from "@/policies";
import type { CityId } from "@/policies/types";

/** Localized names of a city's routes, for texts the browser composes (the live hint). */
export async function routeNamesFor(
  locale: string,
  city: CityId | undefined,
): Promise<Record<string, string>> {
  if (!city) return {};
  const t = await getTranslations({ locale, namespace: "policy.routes" });
  return Object.fromEntries(JURISDICTIONS[city].routes.map((r) => [r.id, t(r.id)]));
}
