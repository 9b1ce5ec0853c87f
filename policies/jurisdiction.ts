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

export interface RouteDef {
  /** Message key policy.routes.<id>. */
  readonly id: string;
  /** The rule per zone; a zone without an entry does not have this route. */
  readonly rules: Partial<Record<ZoneId, RuleNode>>;
  readonly family: readonly FamilyRule[];
  readonly addresses: readonly AddressOption[];
  readonly materials: readonly Material[];
  readonly notes: readonly Note[];
  readonly citation: Citation;
  /** The text leaves the details to a lower authority. */
  readonly delegated?: boolean;
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
  /** "text": the date is in the source; "assumed": chosen and explained in docs/policy-coverage.md. */
  readonly dateBasis: "text" | "assumed";
  readonly source: SourceFile;
  readonly effectiveCitation: Citation;
  readonly zones: readonly Zone[];
  readonly routes: readonly RouteDef[];
  readonly notes: readonly Note[];
  /** Present where the text divides people by situation: the questionnaire asks it first. */
  readonly situations?: SituationDivision;
}
