// Every message key the policy library's ids need, so a test can prove both locales have them all.
// Conventions (under the top-level "policy" key):
//   jurisdictions.<cityId|hu-zhe-transfer>   zones.<zoneId>   status.<status>   verdicts.<verdict>
//   routes.<routeId>   conditions.<conditionId> (ICU: {threshold}, {actual})   reasonStatus.<status>
//   materials.<materialId>   issuers.<issuerId>   materialExemptions.<id>   basis.<named|implied>
//   original.<original|copy|original-and-copy>   persons.<person>   members.<memberKind>
//   familyConditions.<id>   addresses.<addressId>   consent.<consent>   notes.<noteId>
//   fields.<field>   options.<field>.<value> (incl. "unknown")   terms.<legalTerm>   units.<unit>
//   transfer.kinds.<kind>   transfer.steps.<stepId>   transfer.actors.<actor>   transfer.places.<place>
import { catalog } from "./catalog";
import { FIELD_META, FIELD_NAMES } from "./fields";
import { TRANSFER_KINDS, type TransferActor } from "./hu-zhe-transfer";
import type { LegalTerm, Unit } from "./legal";
import type { Consent, MemberKind, Person } from "./types";

const TERMS: readonly LegalTerm[] = ["以上", "以下", "以内", "届满", "满", "不满", "超过", "以外"];
const UNITS: readonly Unit[] = ["months", "years", "age"];
const PERSONS: readonly Person[] = [
  "applicant",
  "sponsor",
  "householder",
  "home-owner",
  "spouse",
  "child",
  "parent",
  "relative",
];
const MEMBERS: readonly MemberKind[] = [
  "spouse",
  "minor-child",
  "unmarried-child",
  "child",
  "parent",
  "close-relative",
  "co-resident-relative",
];
const CONSENTS: readonly Exclude<Consent, null>[] = ["employer", "landlord", "householder", "owner"];
const ACTORS: readonly TransferActor[] = ["applicant", "destination-police", "origin-police"];

/** The keys, relative to the "policy" namespace (e.g. "routes.qd-talent"). */
export const policyMessageKeys = (): string[] => {
  const keys = new Set<string>();
  const add = (k: string) => keys.add(k);
  const c = catalog();
  for (const s of ["in-force", "draft", "not-in-force"]) add(`status.${s}`);
  for (const v of ["eligible", "ineligible", "needs-info"]) add(`verdicts.${v}`);
  for (const s of ["met", "unmet", "unknown"]) add(`reasonStatus.${s}`);
  for (const b of ["named", "implied"]) add(`basis.${b}`);
  for (const o of ["original", "copy", "original-and-copy"]) add(`original.${o}`);
  for (const t of TERMS) add(`terms.${t}`);
  for (const u of UNITS) add(`units.${u}`);
  for (const p of PERSONS) {
    add(`persons.${p}`);
    if (p !== "applicant") add(`personsOf.${p}`);
  }
  for (const m of MEMBERS) add(`members.${m}`);
  for (const x of CONSENTS) add(`consent.${x}`);
  add("familyConditions.co-resident");
  add("jurisdictions.hu-zhe-transfer");
  for (const j of c.jurisdictions) {
    add(`jurisdictions.${j.id}`);
    for (const z of j.zones) add(`zones.${z.id}`);
    for (const n of j.notes) add(`notes.${n.id}`);
    for (const r of j.routes) {
      add(`routes.${r.id}`);
      for (const list of Object.values(r.conditions)) for (const x of list) add(`conditions.${x.id}`);
      for (const a of r.addresses) add(`addresses.${a.id}`);
      for (const n of r.notes) add(`notes.${n.id}`);
      for (const m of r.materials) {
        add(`materials.${m.id}`);
        add(`issuers.${m.issuer}`);
        add(`proves.${m.proves}`);
        if (m.unless) add(`materialExemptions.${m.unless}`);
      }
    }
  }
  for (const n of c.transfer.notes) add(`notes.${n.id}`);
  for (const list of Object.values(c.transfer.materialsByKind))
    for (const m of list) {
      add(`materials.${m.id}`);
      add(`issuers.${m.issuer}`);
      add(`proves.${m.proves}`);
    }
  for (const k of TRANSFER_KINDS) add(`transfer.kinds.${k}`);
  for (const s of [...c.transfer.steps, ...c.transfer.paperSteps]) add(`transfer.steps.${s.id}`);
  for (const a of ACTORS) add(`transfer.actors.${a}`);
  for (const p of ["destination", "origin"]) add(`transfer.places.${p}`);
  for (const id of [
    "transfer-in-force",
    "transfer-provinces",
    "transfer-cross-province",
    "transfer-kind",
    "transfer-kind-to-follow",
  ])
    add(`conditions.${id}`);
  for (const f of FIELD_NAMES) {
    add(`fields.${f}`);
    const m = FIELD_META[f];
    if (m.kind === "enum" && f !== "district" && f !== "city")
      for (const v of m.values!) add(`options.${f}.${v}`);
    if (m.kind === "boolean") for (const v of ["true", "false"]) add(`options.${f}.${v}`);
    if (m.unknown) add(`options.${f}.unknown`);
  }
  return [...keys].sort();
};
