// evaluate() and relevantFields(): pure functions of already-validated answers (parse at the boundary).
import { addressChoiceKey, conditionChoiceKey, materialRef } from "./choice-key";
import { collectDocs, collectMissing, evalNode, makeCtx, UNKNOWN, UNMET } from "./engine";
import { type AnswerField, type Answers, FIELD_NAMES } from "./fields";
import type { RouteDef } from "./jurisdiction";
import { COMPILED, inForce, JURISDICTIONS, zoneOf } from "./registry";
import { snapshot } from "./snapshot";
import type {
  AddressOption,
  EvaluateOptions,
  Evaluation,
  Material,
  MaterialChoice,
  Reason,
  RouteResult,
  Verdict,
} from "./types";

const NONE: readonly AnswerField[] = Object.freeze([]);
const NO_MATERIALS: readonly Material[] = Object.freeze([]);
const NO_CHOICES: readonly MaterialChoice[] = Object.freeze([]);
const VERDICT: readonly Verdict[] = ["ineligible", "eligible", "needs-info"];
const FIELD_RANK = new Map(FIELD_NAMES.map((f, i) => [f, i]));
const byFieldOrder = (x: AnswerField, y: AnswerField) => FIELD_RANK.get(x)! - FIELD_RANK.get(y)!;

const memberMask = (a: Answers): number =>
  (a.withSpouse === true ? 1 : 0) |
  ((a.withChildren ?? 0) > 0 ? 2 : 0) |
  ((a.withParents ?? 0) > 0 ? 4 : 0) |
  ((a.withOthers ?? 0) > 0 ? 8 : 0);

/** Each document once per person (the same lease can prove a condition and an address). */
const addUnique = (out: Material[], add: readonly Material[]): void => {
  for (const m of add) if (!out.some((x) => x.id === m.id && x.person === m.person)) out.push(m);
};

/** The addresses open to this applicant: a branch the text gives its own places to, else the route's. */
const addressesFor = (def: RouteDef, reasons: readonly Reason[]): readonly AddressOption[] => {
  const b = def.branchAddresses;
  if (b !== undefined && reasons.some((r) => r.status === "met" && b.when.includes(r.id))) return b.addresses;
  return def.addresses;
};

/**
 * What the applicant brings for a route that is not ineligible: the route's own documents, those of
 * the branches met (alternatives where still open, each group once), those of the chosen address.
 */
const materialsFor = (
  base: readonly Material[],
  rule: Parameters<typeof collectDocs>[0],
  addresses: readonly AddressOption[],
  chooses: boolean,
  a: Answers,
): { materials: readonly Material[]; choices: readonly MaterialChoice[]; address: string | null } => {
  const extra: Material[] = [];
  const alts: Material[][][] = [];
  collectDocs(rule, extra, alts);
  let address: string | null = null;
  let choices: MaterialChoice[] | null = null;
  if (!chooses && addresses.length === 1) {
    address = addresses[0]!.id;
    extra.push(...addresses[0]!.materials);
  } else if (chooses) {
    const chosen = addresses.find((x) => x.kind === a.regAddress);
    if (chosen !== undefined) {
      address = chosen.id;
      extra.push(...chosen.materials);
    } else if (addresses.some((x) => x.materials.length > 0)) {
      choices = [
        {
          key: addressChoiceKey(addresses.map((x) => x.id)),
          kind: "address",
          options: addresses.map((x) => ({ address: x.id, materials: x.materials })),
        },
      ];
    }
  }
  const conditions: MaterialChoice[] = [];
  for (const group of alts) {
    // Branches that need the same documents are one option ("本科" and "硕士" both: the diploma).
    const seen = new Set<string>();
    const options: Material[][] = [];
    for (const o of group) {
      const k = o.map(materialRef).join("+");
      if (!seen.has(k)) {
        seen.add(k);
        options.push(o);
      }
    }
    if (options.length === 1) extra.push(...options[0]!);
    else
      conditions.push({
        key: conditionChoiceKey(options),
        kind: "condition",
        options: options.map((m) => ({ address: null, materials: m })),
      });
  }
  // The branch's alternatives first, then the address's.
  if (conditions.length > 0) choices = choices === null ? conditions : [...conditions, ...choices];
  if (extra.length === 0) return { materials: base, choices: choices ?? NO_CHOICES, address };
  const materials: Material[] = [];
  addUnique(materials, base);
  addUnique(materials, extra);
  return { materials, choices: choices ?? NO_CHOICES, address };
};

/** Verdicts for every route of the answers' city and zone under the rules in force on `asOf`. */
export const evaluate = (a: Answers, { asOf }: EvaluateOptions): Evaluation => {
  const j = a.city === undefined ? undefined : JURISDICTIONS[a.city];
  if (j === undefined)
    return { jurisdiction: null, status: null, asOf, zone: null, routes: [], missing: ["city"], notes: [] };
  if (!inForce(j, asOf))
    return {
      jurisdiction: j.id,
      status: "not-in-force",
      asOf,
      zone: null,
      routes: [],
      missing: NONE,
      notes: j.notes,
    };
  const zone = zoneOf(j.id, a.district);
  const compiled = zone === null ? undefined : COMPILED.get(zone);
  if (compiled === undefined)
    return {
      jurisdiction: j.id,
      status: j.status,
      asOf,
      zone: null,
      routes: [],
      missing: ["district"],
      notes: j.notes,
    };
  const snap = snapshot(a);
  const ctx = makeCtx(snap, asOf);
  const mask = memberMask(snap) + (snap.relationShown === true ? 16 : 0);
  const routes: RouteResult[] = new Array(compiled.length);
  for (let i = 0; i < compiled.length; i++) {
    const { def, rule, materials } = compiled[i]!;
    const reasons: Reason[] = [];
    const t = evalNode(rule, snap, ctx, reasons);
    let missing = NONE;
    if (t === UNKNOWN) {
      const m: AnswerField[] = [];
      collectMissing(rule, m);
      missing = m.sort(byFieldOrder);
    }
    const addresses = addressesFor(def, reasons);
    // The applicant picks among the route's own places; places the text fixes for a branch are no choice.
    const chooses = addresses === def.addresses && addresses.length > 1;
    const docs =
      t === UNMET
        ? { materials: NO_MATERIALS, choices: NO_CHOICES, address: null }
        : materialsFor(materials[mask]!, rule, addresses, chooses, snap);
    // Plain objects only: results cross the server/client boundary and are serialized as they are.
    routes[i] = {
      id: def.id,
      verdict: VERDICT[t]!,
      reasons,
      missing,
      // Undecided with nothing left to ask: a branch only a lower authority can decide.
      delegated: def.delegated === true || (t === UNKNOWN && missing.length === 0),
      family: def.family,
      addresses,
      chooseAddress: chooses,
      address: docs.address,
      materials: docs.materials,
      choices: docs.choices,
      appliedBy: def.appliedBy ?? "applicant",
      applyAt: def.applyAt ?? null,
      notes: def.notes,
      citation: def.citation,
    };
  }
  return { jurisdiction: j.id, status: j.status, asOf, zone, routes, missing: NONE, notes: j.notes };
};

/**
 * The answer fields, in question order, that could still change some route's verdict for this city and
 * zone. Fields already answered (including "unknown") are not listed; an empty list means stop asking.
 */
export const relevantFields = (a: Answers, { asOf }: EvaluateOptions): AnswerField[] => {
  const j = a.city === undefined ? undefined : JURISDICTIONS[a.city];
  if (j === undefined) return ["city"];
  if (!inForce(j, asOf)) return [];
  const zone = zoneOf(j.id, a.district);
  const compiled = zone === null ? undefined : COMPILED.get(zone);
  if (compiled === undefined) return ["district"];
  const ctx = makeCtx(a, asOf);
  const out: AnswerField[] = [];
  for (const { rule } of compiled) if (evalNode(rule, a, ctx, null) === UNKNOWN) collectMissing(rule, out);
  return out.filter((f) => a[f] === undefined).sort(byFieldOrder);
};
