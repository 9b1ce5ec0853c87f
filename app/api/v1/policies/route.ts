import { catalog } from "@/policies/catalog";
import { DIVISIONS } from "@/policies/divisions";
import { FIELD_META } from "@/policies/fields";

// The catalogue is static data: build it once per server instance.
const BODY = JSON.stringify({ ...catalog(), divisions: DIVISIONS, fields: FIELD_META });

/** GET → jurisdictions, zones, routes, conditions, effective dates, status, citations, divisions, fields. */
export function GET(): Response {
  return new Response(BODY, {
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
