// The four settlement jurisdictions and the district → zone map, precompiled once at module load so
// that evaluate() does no lookups beyond array walks.
import { indexDocs, type RuleNode } from "./engine";
import { huzhou } from "./huzhou";
import type { CityJurisdiction, RouteDef } from "./jurisdiction";
import { BOOK_SHOWS_RELATION, SAME_BOOK } from "./materials";
import { qingdao } from "./qingdao";
import type { AddressOption, CityId, Material, MemberGroup, Person, ZoneId } from "./types";
import { zhaoqing } from "./zhaoqing";
import { zhengzhou } from "./zhengzhou";

export const JURISDICTIONS: Readonly<Record<CityId, CityJurisdiction>> = {
  zhengzhou,
  qingdao,
  huzhou,
  zhaoqing,
};

const ZONE_BY_DISTRICT = new Map<string, ZoneId>();
for (const j of Object.values(JURISDICTIONS))
  for (const z of j.zones) for (const d of z.districts) ZONE_BY_DISTRICT.set(d, z.id);

/** The zone of a district of `city`; for single-zone cities the district is not needed. */
export const zoneOf = (city: CityId, district: string | undefined): ZoneId | null => {
  const j = JURISDICTIONS[city];
  if (j.zones.length === 1) return j.zones[0]!.id;
  if (district === undefined) return null;
  const z = ZONE_BY_DISTRICT.get(district);
  return z !== undefined && j.zones.some((x) => x.id === z) ? z : null;
};

export const GROUP_BIT: Readonly<Record<MemberGroup, number>> = {
  spouse: 1,
  child: 2,
  parent: 4,
  relative: 8,
};
const PERSON_BIT: Readonly<Record<Person, number>> = {
  applicant: 0,
  sponsor: 0,
  householder: 0,
  "home-owner": 0,
  spouse: 1,
  child: 2,
  parent: 4,
  relative: 8,
};

/** Exemptions that drop a document when the 户口簿 already shows the relation (answer relationShown). */
const DROPPED_WHEN_BOOK_SHOWS = new Set([BOOK_SHOWS_RELATION, SAME_BOOK]);

export interface CompiledRoute {
  readonly def: RouteDef;
  readonly rule: RuleNode;
  /**
   * The route's own materials per bit mask of family groups moving along (16 entries), then the same
   * 16 with the documents a 户口簿 showing the relation makes unnecessary dropped (index + 16).
   */
  readonly materials: readonly (readonly Material[])[];
  /** evaluate()'s derived document lists, by the documents' bit mask (see evaluate.ts). */
  readonly derived: Map<number, unknown[]>;
  /** The same where alternatives are open, by a key naming the mask, the options' masks and the rest. */
  readonly derivedOpen: Map<string, unknown>;
}

/** Every document a route can ask for, in checklist order: route, rule nodes, addresses. */
export const allMaterials = (def: RouteDef): Material[] => {
  const out: Material[] = [...def.materials];
  for (const rule of Object.values(def.rules)) {
    const walk = (n: RuleNode): void => {
      if (n.docs) out.push(...n.docs);
      if (n.type !== "leaf") for (const c of n.children) walk(c);
    };
    walk(rule!);
  }
  for (const a of allAddresses(def)) out.push(...a.materials);
  return out;
};

export const allAddresses = (def: RouteDef): readonly AddressOption[] =>
  def.branchAddresses ? [...def.addresses, ...def.branchAddresses.addresses] : def.addresses;

const compile = (def: RouteDef, rule: RuleNode): CompiledRoute => {
  indexDocs(rule);
  let allowed = 0;
  for (const f of def.family) for (const g of f.groups) allowed |= GROUP_BIT[g];
  const materials: Material[][] = [];
  for (const shown of [false, true])
    for (let mask = 0; mask < 16; mask++) {
      const m = mask & allowed;
      materials.push(
        def.materials.filter(
          (x) =>
            (PERSON_BIT[x.person] === 0 || (PERSON_BIT[x.person] & m) !== 0) &&
            !(shown && x.unless !== null && DROPPED_WHEN_BOOK_SHOWS.has(x.unless)),
        ),
      );
    }
  return { def, rule, materials, derived: new Map(), derivedOpen: new Map() };
};

export const COMPILED: ReadonlyMap<ZoneId, readonly CompiledRoute[]> = (() => {
  const out = new Map<ZoneId, CompiledRoute[]>();
  for (const j of Object.values(JURISDICTIONS))
    for (const z of j.zones) {
      const list: CompiledRoute[] = [];
      for (const def of j.routes) {
        const rule = def.rules[z.id];
        if (rule) list.push(compile(def, rule));
      }
      out.set(z.id, list);
    }
  return out;
})();

/** The route definition of a city by id (the shared checklist link names only city and route). */
export const routeDef = (city: CityId, id: string): RouteDef | undefined =>
  JURISDICTIONS[city].routes.find((r) => r.id === id);

export const inForce = (j: { effectiveFrom: string; effectiveTo: string | null }, asOf: string): boolean =>
  asOf >= j.effectiveFrom && (j.effectiveTo === null || asOf <= j.effectiveTo);
