import type { RuleNode } from "./engine";
import type { Situation } from "./fields";
import type {
  AddressOption,
  Citation,
  CityId,
  FamilyRule,
  JurisdictionStatus,
  Material,
  Note,
  SourceFile,
  Zone,
  ZoneId,
} from "./types";

export type DateBasis = "text" | "publication" | "unverified";

export interface RouteDef {
  /** Message key policy.routes.<id>. */
  readonly id: string;
  /** The rule per zone; a zone without an entry does not have this route. */
  readonly rules: Partial<Record<ZoneId, RuleNode>>;
  readonly family: readonly FamilyRule[];
  readonly addresses: readonly AddressOption[];
  /**
   * Documents every applicant of this route brings (identity, family members' documents). Documents
   * that prove one condition or branch sit on that node of `rules` (engine.proves), addresses' own on
   * the address option.
   */
  readonly materials: readonly Material[];
  readonly notes: readonly Note[];
  readonly citation: Citation;
  /** The text leaves the details to a lower authority. */
  readonly delegated?: boolean;
  /** The unit applies for its staff (Qingdao 赋权激励: 成建制, 公安机关全程代办). */
  readonly appliedBy?: "employer";
  /** Where the text says the application is made. */
  readonly applyAt?: "rented-home";
  /**
   * Addresses the text fixes for some branches instead of `addresses` (Qingdao students: the school
   * decides): used when a condition listed in `when` is met.
   */
  readonly branchAddresses?: {
    readonly when: readonly string[];
    readonly addresses: readonly AddressOption[];
  };
  /**
   * The applicants' situations the route is for, where the jurisdiction divides people by situation
   * (`CityJurisdiction.situations`); absent: everyone.
   */
  readonly situations?: readonly Situation[];
}

/** The clauses by which a text divides people by their situation (asked as the first question). */
export interface SituationDivision {
  readonly citations: readonly Citation[];
}

export interface CityJurisdiction {
  readonly id: CityId;
  readonly status: JurisdictionStatus;
  /** "YYYY-MM-DD", inclusive. */
  readonly effectiveFrom: string;
  /** "YYYY-MM-DD", inclusive; null while not superseded. */
  readonly effectiveTo: string | null;
  /**
   * "text": the date is in the source; "publication": the day the source was published, checked against
   * the publication; "unverified": the source does not give the full date — chosen, explained in
   * docs/policy-coverage.md, and marked as unverified wherever it is shown.
   */
  readonly dateBasis: DateBasis;
  readonly source: SourceFile;
  readonly effectiveCitation: Citation;
  readonly zones: readonly Zone[];
  readonly routes: readonly RouteDef[];
  readonly notes: readonly Note[];
  /** Present where the text divides people by situation: the questionnaire asks it first. */
  readonly situations?: SituationDivision;
}
