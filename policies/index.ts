// Public entry point of the policy library: plain TypeScript, shared by server pages, the API and the
// browser. The zod schema lives in ./answers (import it only where input is validated).

export { allCitations, type Catalog, type ConditionInfo, catalog } from "./catalog";
export { CITY_CODES, DIVISIONS, type Division, TRANSFER_PROVINCES } from "./divisions";
export { evaluate, relevantFields } from "./evaluate";
export { explain, type RouteExplanation } from "./explain";
export {
  type AnswerField,
  type Answers,
  FIELD_META,
  FIELD_NAMES,
  FIELDS,
  type FieldKind,
  type FieldMeta,
} from "./fields";
export {
  ELECTRONIC_STEPS,
  evaluateTransfer,
  huZheTransfer,
  PAPER_STEPS,
  TRANSFER_KINDS,
  TRANSFER_SCOPE_KINDS,
  TRANSFER_SCOPE_PROVINCES,
  TRANSFER_VISITS,
  type TransferInput,
  type TransferKind,
  type TransferReason,
  type TransferResult,
  type TransferStep,
  type TransferVisit,
} from "./hu-zhe-transfer";
export type { CityJurisdiction, RouteDef } from "./jurisdiction";
export {
  fullYears,
  isInclusive,
  type LegalTerm,
  satisfies,
  type Threshold,
  threshold,
  type Unit,
} from "./legal";
export { policyMessageKeys } from "./message-keys";
export { JURISDICTIONS, zoneOf } from "./registry";
export * from "./types";
