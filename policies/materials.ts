// Material builders shared by the jurisdictions. Ids are message keys (policy.materials.<id>), issuers
// are message keys (policy.issuers.<id>), `proves` is policy.proves.<id>. A material is either named by
// the text (its citation is the clause that lists it) or implied by a condition (its citation is the
// clause of that condition, and `proves` says what it is for).
import type { Citation, FamilyRule, Material, MemberGroup, MemberKind, Person } from "./types";

interface Opts {
  readonly original?: Material["original"];
  readonly unless?: string;
}

const make = (
  basis: Material["basis"],
  id: string,
  person: Person,
  issuer: string,
  proves: string,
  citation: Citation,
  o: Opts = {},
): Material =>
  Object.freeze({
    id,
    person,
    basis,
    original: o.original ?? "original",
    issuer,
    unless: o.unless ?? null,
    citation,
    proves,
  });

/** A document the text lists, cited to the clause that lists it. */
export const named = (
  id: string,
  person: Person,
  issuer: string,
  proves: string,
  citation: Citation,
  o?: Opts,
): Material => make("named", id, person, issuer, proves, citation, o);

/** A document the text does not list but the condition cannot be proven without; cited to the condition. */
export const implied = (
  id: string,
  person: Person,
  issuer: string,
  proves: string,
  citation: Citation,
  o?: Opts,
): Material => make("implied", id, person, issuer, proves, citation, o);

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
 * The applicant's own 户口簿 and 居民身份证. `named`: the clause listing them (Zhengzhou); else they are
 * implied by the route itself (a move is registered against the current hukou and identity) and cited
 * to the route's clause.
 */
export const identity = (c: Citation, isNamed: boolean): Material[] => {
  const b = isNamed ? named : implied;
  return [
    b("hukou-book", "applicant", "police", "current-hukou", c),
    b("id-card", "applicant", "police", "identity", c),
  ];
};

/** Exemption: a member already in the applicant's 户口簿 brings no book of their own. */
export const SAME_BOOK = "same-hukou-book";
/** Zhengzhou's own words: "户口簿能直接显示关系的可不提供". */
export const BOOK_SHOWS_RELATION = "hukou-book-shows-relation";

/**
 * What each family member moving along brings: ID card (children: none required), their 户口簿 unless
 * they share the applicant's, and proof of the relation.
 * - `zhengzhou`: the text names 迁入人关系证明 with its exemption; one proof per member, no separate
 *   marriage or birth certificate on top (结婚证 / 出生医学证明 is what serves as the proof).
 * - else the proof is implied by the family clause: 结婚证 for a spouse, 出生医学证明 for a child,
 *   a relation proof for a parent or other relative.
 */
export const familyDocs = (c: Citation, zhengzhou: boolean): Material[] => {
  const book = (p: Person) => implied("hukou-book", p, "police", "current-hukou", c, { unless: SAME_BOOK });
  const id = (p: Person) => implied("id-card", p, "police", "identity", c);
  const rel = (idBase: string, p: Person, issuer: string) =>
    zhengzhou
      ? named(`relation-proof-${p}`, p, issuer, "relation", c, { unless: BOOK_SHOWS_RELATION })
      : implied(idBase, p, issuer, "relation", c);
  return [
    id("spouse"),
    book("spouse"),
    rel("marriage-certificate", "spouse", "civil-affairs"),
    book("child"),
    rel("birth-certificate", "child", "hospital"),
    id("parent"),
    book("parent"),
    rel("relation-proof", "parent", "relation-proof-issuer"),
    id("relative"),
    book("relative"),
    rel("relation-proof", "relative", "relation-proof-issuer"),
  ];
};

/** The person the applicant joins: their 户口簿 shows where they are registered, their ID who they are. */
export const sponsorDocs = (c: Citation): Material[] => [
  implied("hukou-book", "sponsor", "police", "sponsor-registration", c),
  implied("id-card", "sponsor", "police", "identity", c),
];
