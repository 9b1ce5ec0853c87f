// Material builders shared by the jurisdictions. Ids are message keys (policy.materials.<id>), issuers
// are message keys (policy.issuers.<id>).
import type { Citation, FamilyRule, Material, MemberGroup, MemberKind, Person } from "./types";

export const mat = (
  id: string,
  person: Person,
  issuer: string,
  citation: Citation | null = null,
  original: Material["original"] = "original",
  unless: string | null = null,
): Material =>
  Object.freeze({ id, person, basis: citation ? "named" : "implied", original, issuer, unless, citation });

const GROUPS: Readonly<Record<MemberKind, readonly MemberGroup[]>> = {
  spouse: ["spouse"],
  "minor-child": ["child"],
  "unmarried-child": ["child"],
  child: ["child"],
  parent: ["parent"],
  // 近亲属 (民法典 art. 1045): spouse, parents, children, siblings, grandparents, grandchildren.
  "close-relative": ["spouse", "child", "parent", "relative"],
  "co-resident-relative": ["spouse", "child", "parent", "relative"],
};

export const member = (
  m: MemberKind,
  citation: Citation,
  condition: FamilyRule["condition"] = null,
): FamilyRule => Object.freeze({ member: m, groups: GROUPS[m], condition, citation });

/**
 * The applicant's identity documents. `named` is the clause naming 户口簿 and 居民身份证, if any; the
 * relation proof is named only by Zhengzhou's text, for the family members moving along.
 */
export const identity = (named: Citation | null): Material[] => [
  mat("hukou-book", "applicant", "police", named),
  mat("id-card", "applicant", "police", named),
];

/**
 * What each family member moving along brings: their own ID and hukou book, and proof of the relation
 * (named by Zhengzhou's text as 迁入人关系证明 unless the 户口簿 already shows it; otherwise implied by
 * the route's family condition: marriage certificate, birth certificate).
 */
export const familyDocs = (relationNamed: Citation | null): Material[] => {
  const rel = (p: Person) =>
    mat("relation-proof", p, "relation-proof-issuer", relationNamed, "original", "hukou-book-shows-relation");
  return [
    mat("id-card", "spouse", "police"),
    mat("hukou-book", "spouse", "police"),
    mat("marriage-certificate", "spouse", "civil-affairs"),
    ...(relationNamed ? [rel("spouse")] : []),
    mat("hukou-book", "child", "police"),
    mat("birth-certificate", "child", "hospital"),
    ...(relationNamed ? [rel("child")] : []),
    mat("id-card", "parent", "police"),
    mat("hukou-book", "parent", "police"),
    rel("parent"),
    mat("id-card", "relative", "police"),
    mat("hukou-book", "relative", "police"),
    rel("relative"),
  ];
};
