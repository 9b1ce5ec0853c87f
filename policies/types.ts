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
  /** Verbatim substring of the source file (Qingdao: with the pinyin annotations such as "(fā)" removed). */
  readonly quote: string;
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

export interface AddressOption {
  /** Message key policy.addresses.<id>. */
  readonly id: string;
  /** 1-based rank in the text's order; options sharing a rank are a free choice. */
  readonly order: number;
  /** Whose consent the text requires. */
  readonly consent: Consent;
  readonly citation: Citation;
}

export type Person = "applicant" | "sponsor" | "spouse" | "child" | "parent" | "relative";

export interface Material {
  /** Message key policy.materials.<id>. */
  readonly id: string;
  readonly person: Person;
  /** "named": the text lists it; "implied": the condition can only be proven with it. */
  readonly basis: "named" | "implied";
  readonly original: "original" | "copy" | "original-and-copy";
  /** Message key policy.issuers.<id>. */
  readonly issuer: string;
  /** Optional exemption, message key policy.materialExemptions.<id>. */
  readonly unless: string | null;
  /** Present on named materials. */
  readonly citation: Citation | null;
}

export interface Note {
  /** Message key policy.notes.<id>. */
  readonly id: string;
  readonly citation: Citation;
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
  readonly materials: readonly Material[];
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
