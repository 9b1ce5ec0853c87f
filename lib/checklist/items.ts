import type { Answers } from "@/policies/fields";
import type { Material, Person, RouteResult } from "@/policies/types";

/** A person on the checklist: the applicant, the sponsor, the spouse, child 1…n, parent 1…n, relative 1…n. */
export interface ChecklistPerson {
  /** Short, stable key used in tick keys: a, sp, s, c1, p2, o1. */
  key: string;
  person: Person;
  /** 1-based number among several children/parents/relatives, else null. */
  index: number | null;
}

export interface ChecklistItem {
  /** `${material id}_${person key}`: what a tick in the link names. */
  key: string;
  material: Material;
}

export interface ChecklistGroup {
  person: ChecklistPerson;
  items: ChecklistItem[];
}

/** What a checklist section is built from: a settlement route, or any other list of materials. */
export interface ChecklistSource {
  readonly id: string;
  readonly materials: readonly Material[];
  /** Prefix of this section's tick keys, when the same document appears in several sections. */
  readonly tickPrefix?: string;
}

export interface ChecklistSection<S extends ChecklistSource = RouteResult> {
  route: S;
  groups: ChecklistGroup[];
}

const PERSON_ORDER: Person[] = ["applicant", "sponsor", "spouse", "child", "parent", "relative"];
const SINGLE_KEY: Partial<Record<Person, string>> = { applicant: "a", sponsor: "sp", spouse: "s" };
const MULTI_KEY: Partial<Record<Person, string>> = { child: "c", parent: "p", relative: "o" };

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

/** The checklist for the chosen routes (or other sources): per route, per person, each document once. */
export function buildChecklist<S extends ChecklistSource = RouteResult>(
  routes: readonly S[],
  answers: Answers,
): ChecklistSection<S>[] {
  return routes.map((route) => {
    const prefix = route.tickPrefix ?? "";
    const groups: ChecklistGroup[] = [];
    for (const kind of PERSON_ORDER) {
      const materials = route.materials.filter((m) => m.person === kind);
      if (materials.length === 0) continue;
      for (const person of peopleFor(kind, answers)) {
        groups.push({
          person,
          items: materials.map((material) => ({ key: `${prefix}${material.id}_${person.key}`, material })),
        });
      }
    }
    return { route, groups };
  });
}

export const allItemKeys = (sections: readonly ChecklistSection<ChecklistSource>[]): Set<string> =>
  new Set(sections.flatMap((s) => s.groups.flatMap((g) => g.items.map((i) => i.key))));

/** Ticks from the link (`t=a.b` or repeated `t=`), keeping only items on this checklist. */
export function readTicks(values: string[], valid: Set<string>): { ticks: Set<string>; dropped: number } {
  const all = values.flatMap((v) => v.split(".")).filter((k) => k !== "");
  const ticks = new Set(all.filter((k) => valid.has(k)));
  return { ticks, dropped: new Set(all).size - ticks.size };
}

/** Ticks as they travel in a link: one `t` parameter, dot-separated, in checklist order. */
export const encodeTicks = (ticks: Set<string>, order: Set<string>): string =>
  [...order].filter((k) => ticks.has(k)).join(".");
