// The shared checklist link (v=2): what is to be brought, by whom, and the ticks — never the answers.
// Family and HR offices get the route, the people moving along and the documents; the applicant's
// birth date, hukou type, income, marriage or months of insurance are not in it and cannot be derived
// from it (lib/checklist/share-link.test.ts decodes a link and checks). The private "继续我的回答" link
// stays the v=1 answers link (lib/answers-url).
//
// Query: v=2 & c=<city> & d=<district> & rt=<route> & ad=<address option> & i=<item keys, dot-joined>
//        & z=<checksum of everything before it> & t=<ticked item keys, dot-joined>
// Item keys are the tick keys: "<material id>_<person>", a group of alternatives "<choice key>_a".
// `z` comes before the ticks, so a link cut anywhere before them is detected; ticks may change freely.
import type { QueryInput } from "@/lib/answers-url/codec";
import { queryValues } from "@/lib/answers-url/query-values";
import { ADDRESS_CHOICE_PREFIX, parseMaterialRef } from "@/policies/choice-key";
import { DIVISIONS } from "@/policies/divisions";
import type { Answers } from "@/policies/fields";
import { allAddresses, allMaterials, routeDef } from "@/policies/registry";
import type { RouteResult } from "@/policies/types";
import {
  CITY_IDS,
  type CityId,
  type Material,
  type MaterialChoice,
  type MaterialOption,
  type Person,
} from "@/policies/types";
import {
  buildChecklist,
  type ChecklistGroup,
  type ChecklistItem,
  type ChecklistPerson,
  type ChecklistSection,
  type ChecklistSource,
  MULTI_KEY,
  PERSON_ORDER,
  SINGLE_KEY,
} from "./items";

export const SHARE_VERSION = "2";
export const SHARE_KEYS = {
  version: "v",
  city: "c",
  district: "d",
  route: "rt",
  address: "ad",
  items: "i",
  checksum: "z",
  ticks: "t",
} as const;

/** Bounds on what a link may hold: a checklist has a few dozen items at most. */
const MAX_ITEMS = 120;
const MAX_ITEMS_CHARS = 6000;

/** FNV-1a, 32 bits, base 36: detects a cut or mistyped link (not a signature). */
export const checksum = (s: string): string => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
};

export interface SharedChecklist {
  city: CityId;
  district: string | null;
  route: string;
  /** Address option id, when one is chosen or fixed. */
  address: string | null;
  section: ChecklistSection<ChecklistSource>;
}

const sumOf = (city: string, district: string, route: string, address: string, items: string) =>
  checksum([city, district, route, address, items].join("|"));

/** The v=2 query string of a checklist section (items in checklist order). */
export function encodeSharedChecklist(
  c: { city: CityId; district?: string | null; route: string; address?: string | null },
  section: ChecklistSection<ChecklistSource>,
  ticks: string,
): string {
  const items = section.groups.flatMap((g) => g.items.map((i) => i.key)).join(".");
  const district = c.district ?? "";
  const address = c.address ?? "";
  const params = new URLSearchParams({ [SHARE_KEYS.version]: SHARE_VERSION, [SHARE_KEYS.city]: c.city });
  if (district) params.set(SHARE_KEYS.district, district);
  params.set(SHARE_KEYS.route, c.route);
  if (address) params.set(SHARE_KEYS.address, address);
  params.set(SHARE_KEYS.items, items);
  params.set(SHARE_KEYS.checksum, sumOf(c.city, district, c.route, address, items));
  if (ticks) params.set(SHARE_KEYS.ticks, ticks);
  return params.toString();
}

const PERSON_BY_SINGLE = new Map(Object.entries(SINGLE_KEY).map(([p, k]) => [k, p as Person]));
const PERSON_BY_MULTI = new Map(Object.entries(MULTI_KEY).map(([p, k]) => [k, p as Person]));

const parsePerson = (key: string): ChecklistPerson | null => {
  const single = PERSON_BY_SINGLE.get(key);
  if (single) return { key, person: single, index: null };
  const m = /^([a-z])([1-9]\d?)$/.exec(key);
  const multi = m ? PERSON_BY_MULTI.get(m[1]!) : undefined;
  return multi ? { key, person: multi, index: Number(m![2]) } : null;
};

/**
 * Reads a shared checklist link. Null when anything is missing, cut, tampered or unknown to the
 * route: the page then says the link is damaged rather than show a shorter list.
 */
export function decodeSharedChecklist(query: QueryInput): SharedChecklist | null {
  const one = (k: string) => queryValues(query, k)[0] ?? "";
  if (one(SHARE_KEYS.version) !== SHARE_VERSION) return null;
  const city = one(SHARE_KEYS.city);
  const district = one(SHARE_KEYS.district);
  const route = one(SHARE_KEYS.route);
  const address = one(SHARE_KEYS.address);
  const items = one(SHARE_KEYS.items);
  if (!(CITY_IDS as readonly string[]).includes(city) || items === "" || items.length > MAX_ITEMS_CHARS)
    return null;
  if (one(SHARE_KEYS.checksum) !== sumOf(city, district, route, address, items)) return null;
  const def = routeDef(city as CityId, route);
  if (!def) return null;
  if (district && !DIVISIONS.some((d) => d.id === district && d.city === city)) return null;
  const addresses = allAddresses(def);
  if (address && !addresses.some((a) => a.id === address)) return null;

  const catalog = allMaterials(def);
  const find = (id: string, person: Person): Material | undefined =>
    catalog.find((m) => m.id === id && m.person === person);
  const keys = items.split(".");
  if (keys.length > MAX_ITEMS || new Set(keys).size !== keys.length) return null;

  const groups = new Map<string, ChecklistGroup>();
  for (const key of keys) {
    const cut = key.lastIndexOf("_");
    const who = cut > 0 ? parsePerson(key.slice(cut + 1)) : null;
    if (!who) return null;
    const name = key.slice(0, cut);
    let item: ChecklistItem;
    if (name.startsWith(ADDRESS_CHOICE_PREFIX)) {
      const options: MaterialOption[] = [];
      for (const id of name.slice(ADDRESS_CHOICE_PREFIX.length).split("~")) {
        const a = addresses.find((x) => x.id === id);
        if (!a) return null;
        options.push({ address: a.id, materials: a.materials });
      }
      item = { key, choice: { key: name, kind: "address", options } satisfies MaterialChoice };
    } else if (name.includes("~")) {
      const options: MaterialOption[] = [];
      for (const o of name.split("~")) {
        const materials: Material[] = [];
        for (const ref of o === "" ? [] : o.split("+")) {
          const r = parseMaterialRef(ref);
          const m = find(r.id, r.person);
          if (!m) return null;
          materials.push(m);
        }
        options.push({ address: null, materials });
      }
      item = { key, choice: { key: name, kind: "condition", options } };
    } else {
      const m = find(name, who.person);
      if (!m) return null;
      item = { key, material: m };
    }
    const g = groups.get(who.key) ?? { person: who, items: [] };
    g.items.push(item);
    groups.set(who.key, g);
  }
  // People in checklist order; numbers shown only when several of a kind move along.
  const ordered = [...groups.values()].sort(
    (x, y) =>
      PERSON_ORDER.indexOf(x.person.person) - PERSON_ORDER.indexOf(y.person.person) ||
      (x.person.index ?? 0) - (y.person.index ?? 0),
  );
  for (const g of ordered) {
    const several = ordered.filter((x) => x.person.person === g.person.person).length > 1;
    if (!several) g.person = { ...g.person, index: null };
  }
  const materials = ordered.flatMap((g) => g.items.flatMap((i) => (i.material ? [i.material] : [])));
  return {
    city: city as CityId,
    district: district || null,
    route,
    address: address || null,
    section: { route: { id: route, materials }, groups: ordered },
  };
}

/**
 * The shared list of one route for these answers, as a portal path (what a booking attaches: the
 * counter sees the documents, never the answers); null when there is nothing to list.
 */
export function sharedChecklistPath(
  locale: string,
  answers: Answers,
  route: RouteResult,
  ticks = "",
): string | null {
  if (answers.city === undefined) return null;
  const [section] = buildChecklist([route], answers);
  if (!section || section.groups.length === 0) return null;
  const c = { city: answers.city, district: answers.district, route: route.id, address: route.address };
  return `/${locale}/checklist?${encodeSharedChecklist(c, section, ticks)}`;
}
