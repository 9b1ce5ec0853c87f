// Keys naming a group of alternatives on a checklist. They travel in tick keys and in the shared
// checklist link, so they name documents (and address options), never positions or answers.
import type { Material, Person } from "./types";

/** A document as a choice key names it: its id, with the person when it is not the applicant's. */
export const materialRef = (m: Pick<Material, "id" | "person">): string =>
  m.person === "applicant" ? m.id : `${m.id}@${m.person}`;

/** Reads a reference back into id and person (the person unchecked: the caller looks it up). */
export const parseMaterialRef = (ref: string): { id: string; person: Person } => {
  const at = ref.indexOf("@");
  return at < 0
    ? { id: ref, person: "applicant" }
    : { id: ref.slice(0, at), person: ref.slice(at + 1) as Person };
};

/** "degree-certificate~title-certificate~skill-certificate+social-insurance-record" */
export const conditionChoiceKey = (options: readonly (readonly Material[])[]): string =>
  options.map((o) => o.map(materialRef).join("+")).join("~");

/** "@zz-unit-collective~zz-rented-home~…": the address options, whose documents are fixed by the route. */
export const ADDRESS_CHOICE_PREFIX = "@";
export const addressChoiceKey = (ids: readonly string[]): string =>
  `${ADDRESS_CHOICE_PREFIX}${ids.join("~")}`;
