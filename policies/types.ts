// The shared vocabulary of the policy library. Everything here is data: ids and numbers that pages
// render through the "policy" message keys, plus verbatim citations.
import type { AnswerField } from "./fields";
import type { Threshold } from "./legal";

export type { AnswerField, Answers } from "./fields";
export type { Threshold } from "./legal";

export const CITY_IDS = ["zhengzhou", "qingdao", "huzhou", "zhaoqing"] as const;
export type CityId = (typeof CITY_IDS)[number];
export type JurisdictionId = CityId | "hu-zhe-transfer";

export const SOURCE_FILES = [
  "000_aa5a43be4e8a0b7c.txt",
  "001_213b074b70c971b1.txt",
  "002_d61a7162243168b2.txt",
  "003_d992fc79af3e1999.txt",
  "004_a966a1bec2c2d2ee.txt",
] as const;
export type SourceFile = (typeof SOURCE_FILES)[number];

export interface Citation {
  readonly source: SourceFile;
  /** Locator derived from the text's own numbering, e.g. "§二(一)3". */
  readonly clause: string;
  /**
   * The clause as a reader of the text sees it, for display: `raw` with the page's garbling undone
   * (Qingdao's pinyin annotations such as "(fā)", its mis-encoded runs, line breaks inside a sentence).
   * See cleanQuote() in cite.ts; every repair is listed there.
   */
  readonly quote: string;
  /** Verbatim substring of the source file, byte for byte (what the API serves for checking). */
  readonly raw: string;
}

export type ZoneId =
  | "zz-central"
  | "zz-county"
  | "qd-central"
  | "qd-urban"
  | "qd-county"
  | "hz-all"
  | "zq-all";

export interface Zone {
  readonly id: ZoneId;
  readonly city: CityId;
  /** Division ids (see divisions.ts). */
  readonly districts: readonly string[];
  readonly citation: Citation;
}

export type Verdict = "eligible" | "ineligible" | "needs-info";
export type ReasonStatus = "met" | "unmet" | "unknown";
export type Actual = number | string | boolean | null;

export interface Reason {
  /** Condition id; message key policy.conditions.<id>. */
  readonly id: string;
  readonly status: ReasonStatus;
  readonly threshold: Threshold | null;
  /** The applicant's value as answered (age: computed full years), null when not answered. */
  readonly actual: Actual;
  /** Answer fields the condition reads. */
  readonly fields: readonly AnswerField[];
  readonly citation: Citation;
}

/** Who may move along with the applicant. `group` drives the materials per person. */
export type MemberGroup = "spouse" | "child" | "parent" | "relative";
export type MemberKind =
  | "spouse"
  | "minor-child"
  | "unmarried-child"
  | "child"
  | "parent"
  | "close-relative"
  | "co-resident-relative";

export interface FamilyRule {
  readonly member: MemberKind;
  readonly groups: readonly MemberGroup[];
  /** Extra condition on the member, message key policy.familyConditions.<id>. */
  readonly condition: "co-resident" | null;
  readonly citation: Citation;
}

export type Consent = "employer" | "landlord" | "householder" | "owner" | null;

/**
 * What kind of place an address option is; the answer `regAddress` holds one of these, so one question
 * serves every city (the option labels stay per city: policy.addresses.<id>).
 */
export const ADDRESS_KINDS = [
  "own-home",
  "relative",
  "unit",
  "talent",
  "rented",
  "community",
  "town",
  "origin",
] as const;
export type AddressKind = (typeof ADDRESS_KINDS)[number];

export interface AddressOption {
  /** Message key policy.addresses.<id>. */
  readonly id: string;
  readonly kind: AddressKind;
  /** 1-based rank in the text's order; options sharing a rank are a free choice. */
  readonly order: number;
  /** Whose consent the text requires (null: none, or only implied — see `materials`). */
  readonly consent: Consent;
  /** What registering at this address takes: the consent with who signs it, the proof of the place. */
  readonly materials: readonly Material[];
  readonly citation: Citation;
}

/**
 * Whose document it is. `householder`: the head of the household the applicant registers into;
 * `home-owner`: the spouse or relative who owns the home the applicant registers at.
 */
export type Person =
  | "applicant"
  | "sponsor"
  | "householder"
  | "home-owner"
  | "spouse"
  | "child"
  | "parent"
  | "relative";

export interface Material {
  /** Message key policy.materials.<id>. */
  readonly id: string;
  readonly person: Person;
  /** "named": the text lists it; "implied": the condition can only be proven with it. */
  readonly basis: "named" | "implied";
  readonly original: "original" | "copy" | "original-and-copy";
  /** Message key policy.issuers.<id> (for a consent: who signs it). */
  readonly issuer: string;
  /** Optional exemption, message key policy.materialExemptions.<id>. */
  readonly unless: string | null;
  /**
   * Named: the clause that lists the document. Implied: the clause of the condition (or address) it
   * proves — so every item traces to a clause either way.
   */
  readonly citation: Citation;
  /** What the document proves, message key policy.proves.<id> (for an implied one: why it is asked). */
  readonly proves: string;
}

/** One way to satisfy a still-open condition: the documents of one branch (or one address). */
export interface MaterialOption {
  /** Address option id for an address choice, else null. */
  readonly address: string | null;
  readonly materials: readonly Material[];
}

/**
 * Alternatives the answers leave open ("以下任选其一，按你符合的条件"): the applicant brings the
 * documents of one option. Counted as one item on the checklist.
 */
export interface MaterialChoice {
  /** Stable key naming the options (used in tick keys and the shared checklist link). */
  readonly key: string;
  readonly kind: "condition" | "address";
  readonly options: readonly MaterialOption[];
}

export interface Note {
  /** Message key policy.notes.<id>. */
  readonly id: string;
  readonly citation: Citation;
  /** Shown on the materials checklist too (where to apply, what the counter checks itself, who applies). */
  readonly checklist?: true;
}

export interface RouteResult {
  /** Route id; message key policy.routes.<id>. */
  readonly id: string;
  readonly verdict: Verdict;
  readonly reasons: readonly Reason[];
  /** For "needs-info": the answer fields (not answered or answered "unknown") that could decide it. */
  readonly missing: readonly AnswerField[];
  /** True when the text leaves the details to a lower authority: only the local office can decide. */
  readonly delegated: boolean;
  /**
   * False when the applicant's situation (moving in, local, returning) is not one the route is for;
   * its verdict is still given, but no question is asked for it.
   */
  readonly applies: boolean;
  readonly family: readonly FamilyRule[];
  readonly addresses: readonly AddressOption[];
  /** The applicant chooses among `addresses` (asked as regAddress); false when the text fixes the place. */
  readonly chooseAddress: boolean;
  /** The address option the answers chose (regAddress), or the only one; null when open or none. */
  readonly address: string | null;
  /**
   * What this applicant brings for this route: the documents of the branch met, of the family members
   * moving along and of the address chosen, exemptions applied. Empty for an ineligible route.
   */
  readonly materials: readonly Material[];
  /** Groups of alternatives where the answers leave the branch or the address open. */
  readonly choices: readonly MaterialChoice[];
  /** "employer": the unit applies for its staff as a whole (Qingdao 赋权激励); nothing to bring oneself. */
  readonly appliedBy: "applicant" | "employer";
  /** Where the application is made, when the text says: Zhengzhou rental — the rented home's station. */
  readonly applyAt: "rented-home" | null;
  readonly notes: readonly Note[];
  readonly citation: Citation;
}

export type JurisdictionStatus = "in-force" | "draft";

export interface Evaluation {
  readonly jurisdiction: CityId | null;
  /** "not-in-force" when asOf is outside the effective dates; then routes is empty. */
  readonly status: JurisdictionStatus | "not-in-force" | null;
  readonly asOf: string;
  readonly zone: ZoneId | null;
  readonly routes: readonly RouteResult[];
  /** Fields needed before any route can be evaluated (city, district). */
  readonly missing: readonly AnswerField[];
  readonly notes: readonly Note[];
}

export interface EvaluateOptions {
  /** "YYYY-MM-DD"; the date whose rules apply and at which ages are computed. */
  readonly asOf: string;
}
