// A JSON-friendly description of every jurisdiction, zone, route, condition and citation: served by
// GET /api/v1/policies, and walked by the tests (every quote verbatim, every id has a message).
import { DIVISIONS } from "./divisions";
import { leaves } from "./engine";
import {
  ELECTRONIC_STEPS,
  huZheTransfer,
  PAPER_STEPS,
  REGISTER_MATERIALS,
  TRANSFER_KINDS,
  TRANSFER_MATERIALS,
  TRANSFER_VISITS,
} from "./hu-zhe-transfer";
import type { RouteDef } from "./jurisdiction";
import type { Threshold } from "./legal";
import { allAddresses, allMaterials, JURISDICTIONS } from "./registry";
import type { AnswerField, Citation, Material, ZoneId } from "./types";

export interface ConditionInfo {
  readonly id: string;
  readonly fields: readonly AnswerField[];
  readonly threshold: Threshold | null;
  readonly citation: Citation;
  /** Documents that prove this condition (empty when none of its own). */
  readonly materials: readonly Material[];
}

const routeInfo = (r: RouteDef) => ({
  id: r.id,
  delegated: r.delegated === true,
  citation: r.citation,
  zones: Object.keys(r.rules) as ZoneId[],
  conditions: Object.fromEntries(
    Object.entries(r.rules).map(([zone, rule]) => [
      zone,
      leaves(rule!).map(
        ({ id, fields, threshold, citation, docs }): ConditionInfo => ({
          id,
          fields,
          threshold,
          citation,
          materials: docs ?? [],
        }),
      ),
    ]),
  ),
  family: r.family,
  addresses: allAddresses(r),
  /** Every document the route can ask for (the route's own, its branches', its addresses'). */
  materials: allMaterials(r),
  appliedBy: r.appliedBy ?? "applicant",
  applyAt: r.applyAt ?? null,
  notes: r.notes,
});

export const catalog = () => ({
  jurisdictions: Object.values(JURISDICTIONS).map((j) => ({
    id: j.id,
    status: j.status,
    effectiveFrom: j.effectiveFrom,
    effectiveTo: j.effectiveTo,
    dateBasis: j.dateBasis,
    source: j.source,
    effectiveCitation: j.effectiveCitation,
    zones: j.zones.map((z) => ({
      id: z.id,
      citation: z.citation,
      districts: z.districts.map((id) => DIVISIONS.find((d) => d.id === id)!),
    })),
    routes: j.routes.map(routeInfo),
    notes: j.notes,
  })),
  transfer: {
    ...huZheTransfer,
    kinds: TRANSFER_KINDS,
    steps: ELECTRONIC_STEPS,
    paperSteps: PAPER_STEPS,
    visits: TRANSFER_VISITS,
    materialsByKind: { ...TRANSFER_MATERIALS, register: REGISTER_MATERIALS },
  },
});

export type Catalog = ReturnType<typeof catalog>;

/** Every citation object reachable from the catalog. */
export const allCitations = (c: Catalog = catalog()): Citation[] => {
  const out: Citation[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) for (const x of v) walk(x);
    else if (v && typeof v === "object") {
      const o = v as Record<string, unknown>;
      if (typeof o.source === "string" && typeof o.quote === "string" && typeof o.clause === "string")
        out.push(o as unknown as Citation);
      else for (const x of Object.values(o)) walk(x);
    }
  };
  walk(c);
  return out;
};
