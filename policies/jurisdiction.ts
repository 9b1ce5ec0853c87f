import type { RuleNode } from "./engine";
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
}
