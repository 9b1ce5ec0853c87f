import type { Answers } from "@/policies/fields";
import type { Material, MaterialChoice, Person, RouteResult } from "@/policies/types";

/** A person on the checklist: the applicant, the sponsor, the spouse, child 1…n, parent 1…n, relative 1…n. */
export interface ChecklistPerson {
  /** Short, stable key used in tick keys: a, sp, hh, ho, s, c1, p2, o1. */
  key: string;
  person: Person;
  /** 1-based number among several children/parents/relatives, else null. */
  index: number | null;
}

/** One line to tick: a document, or a group of alternatives that counts as one. */
export type ChecklistItem =
  | { key: string; material: Material; choice?: undefined }
  | { key: string; material?: undefined; choice: MaterialChoice };

export interface ChecklistGroup {
  person: ChecklistPerson;
  items: ChecklistItem[];
}

/** What a checklist section is built from: a settlement route, or any other list of materials. */
export interface ChecklistSource {
  readonly id: string;
  readonly materials: readonly Material[];
  /** Alternatives the applicant brings one of (the applicant's group; one tick each). */
  readonly choices?: readonly MaterialChoice[];
  /** Prefix of this section's tick keys, when the same document appears in several sections. */
  readonly tickPrefix?: string;
}

export interface ChecklistSection<S extends ChecklistSource = RouteResult> {
  route: S;
  groups: ChecklistGroup[];
}

export const PERSON_ORDER: readonly Person[] = [
  "applicant",
  "sponsor",
  "householder",
  "home-owner",
  "spouse",
  "child",
  "parent",
  "relative",
];
export const SINGLE_KEY: Partial<Record<Person, string>> = {
  applicant: "a",
  sponsor: "sp",
  householder: "hh",
  "home-owner": "ho",
  spouse: "s",
};
export const MULTI_KEY: Partial<Record<Person, string>> = { child: "c", parent: "p", relative: "o" };

/** How many of each kind of person move along, as answered (one each when the link doesn't say). */
function countOf(person: Person, answers: Answers): number {
  if (person === "child") return Math.max(1, answers.withChildren ?? 1);
  if (person === "parent") return Math.max(1, answers.withParents ?? 1);
  if (person === "relative") return Math.max(1, answers.withOthers ?? 1);
  return 1;
}

function peopleFor(person: Person, answers: Answers): ChecklistPerson[] {
  const single = SINGLE_KEY[person];
  if (single) return [{ key: single, person, index: null }];
  const n = countOf(person, answers);
  const prefix = MULTI_KEY[person]!;
  return Array.from({ length: n }, (_, i) => ({
    key: `${prefix}${i + 1}`,
    person,
    index: n > 1 ? i + 1 : null,
  }));
}

/** The tick key of a document for a person, or of a group of alternatives. */
export const itemKey = (prefix: string, name: string, personKey: string) => `${prefix}${name}_${personKey}`;

/**
 * The checklist for the chosen routes (or other sources): per route, per person moving along (two
 * children: two groups), each document once; the route's open alternatives as one item each in the
 * applicant's group.
 */
export function buildChecklist<S extends ChecklistSource = RouteResult>(
  routes: readonly S[],
  answers: Answers,
): ChecklistSection<S>[] {
  return routes.map((route) => {
    const prefix = route.tickPrefix ?? "";
    const groups: ChecklistGroup[] = [];
    for (const kind of PERSON_ORDER) {
      const materials = route.materials.filter((m) => m.person === kind);
      const choices = kind === "applicant" ? (route.choices ?? []) : [];
      if (materials.length === 0 && choices.length === 0) continue;
      for (const person of peopleFor(kind, answers)) {
        groups.push({
          person,
          items: [
            ...materials.map((material) => ({ key: itemKey(prefix, material.id, person.key), material })),
            ...choices.map((choice) => ({ key: itemKey(prefix, choice.key, person.key), choice })),
          ],
        });
      }
    }
    return { route, groups };
  });
}

/** Every tick key of the checklist, in order; a group of alternatives is one key ("还缺 N 件" counts it once). */
export const allItemKeys = (sections: readonly ChecklistSection<ChecklistSource>[]): Set<string> =>
  new Set(sections.flatMap((s) => s.groups.flatMap((g) => g.items.map((i) => i.key))));

/** Ticks from the link (`t=a.b` or repeated `t=`), keeping only items on this checklist. */
export function readTicks(values: string[], valid: Set<string>): { ticks: Set<string>; dropped: number } {
  const all = values.flatMap((v) => v.slice(0, 4000).split(".")).filter((k) => k !== "");
  const ticks = new Set(all.filter((k) => valid.has(k)));
  return { ticks, dropped: new Set(all).size - ticks.size };
}

/** Ticks as they travel in a link: one `t` parameter, dot-separated, in checklist order. */
export const encodeTicks = (ticks: Set<string>, order: Set<string>): string =>
  [...order].filter((k) => ticks.has(k)).join(".");
