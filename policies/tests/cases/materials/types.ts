import type { Answers, Person, Verdict } from "../../../types";

/**
 * One row of a materials case table: an applicant and the exact checklist the counter would sign —
 * per person the documents in order ("!" marks one the text names; the others are implied by the
 * condition or address they prove), the groups of alternatives ("a | b+c", address options as
 * "@id"), who signs each consent, and the address. `reading` says which clause each part comes from.
 */
export interface MaterialsCase {
  readonly name: string;
  readonly reading: string;
  readonly answers: Answers;
  readonly route: string;
  readonly verdict: Verdict;
  readonly address: string | null;
  readonly items: Readonly<Partial<Record<Person, readonly string[]>>>;
  readonly groups?: readonly string[];
  readonly consents?: Readonly<Record<string, string>>;
  /** Not on the list although a careless reading might add it. */
  readonly never?: readonly string[];
}

export const AS_OF = "2026-12-01";
