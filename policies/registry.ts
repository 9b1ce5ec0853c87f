// The four settlement jurisdictions and the district → zone map, precompiled once at module load so
// that evaluate() does no lookups beyond array walks.
import type { RuleNode } from "./engine";
import { huzhou } from "./huzhou";
import type { CityJurisdiction, RouteDef } from "./jurisdiction";
import { qingdao } from "./qingdao";
import type { CityId, Material, MemberGroup, ZoneId } from "./types";
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
const PERSON_BIT: Readonly<Record<Material["person"], number>> = {
  applicant: 0,
  sponsor: 0,
  spouse: 1,
  child: 2,
  parent: 4,
  relative: 8,
};

export interface CompiledRoute {
  readonly def: RouteDef;
  readonly rule: RuleNode;
  /** Materials per bit mask of family groups moving along (16 entries). */
  readonly materials: readonly (readonly Material[])[];
}

const compile = (def: RouteDef, rule: RuleNode): CompiledRoute => {
  let allowed = 0;
  for (const f of def.family) for (const g of f.groups) allowed |= GROUP_BIT[g];
  const materials: Material[][] = [];
  for (let mask = 0; mask < 16; mask++) {
    const m = mask & allowed;
    materials.push(
      def.materials.filter((x) => PERSON_BIT[x.person] === 0 || (PERSON_BIT[x.person] & m) !== 0),
    );
  }
  return { def, rule, materials };
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

export const inForce = (j: { effectiveFrom: string; effectiveTo: string | null }, asOf: string): boolean =>
  asOf >= j.effectiveFrom && (j.effectiveTo === null || asOf <= j.effectiveTo);
