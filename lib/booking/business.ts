/**
 * What a resident can book a counter visit for. "settlement" (落户) carries the route id found
 * by the questionnaire (any string from the policy library); the cross-province transfer is
 * the first visit of the Shanghai–Zhejiang electronic transfer (issue 6).
 */
export const BUSINESS_TYPES = ["settlement", "transfer", "cross-province-transfer"] as const;
export type BusinessType = (typeof BUSINESS_TYPES)[number];

export function isBusinessType(value: unknown): value is BusinessType {
  return typeof value === "string" && (BUSINESS_TYPES as readonly string[]).includes(value);
}

/** Route ids are shown back to the resident, so only a safe slug is accepted. */
export const ROUTE_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,79}$/;

export function parseRouteId(value: unknown): string | undefined {
  return typeof value === "string" && ROUTE_ID_PATTERN.test(value) ? value : undefined;
}
