// evaluate() and relevantFields(): pure functions of already-validated answers (parse at the boundary).
import { addressChoiceKey, conditionChoiceKey } from "./choice-key";
import { collectDocs, collectMissing, docsOf, evalNode, makeCtx, UNKNOWN, UNMET } from "./engine";
import { type AnswerField, type Answers, FIELD_NAMES } from "./fields";
import { Interner } from "./intern";
import type { RouteDef } from "./jurisdiction";
import { COMPILED, type CompiledRoute, inForce, JURISDICTIONS, zoneOf } from "./registry";
import { appliesTo } from "./situation";
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

// Derived values are built once and reused: per route by a number naming the selection (the common
// case), interned by identity (intern.ts) where alternatives are open. Both are frozen.
const OPTION_END = {};
const mergedMaterials = new Interner<readonly Material[]>();
const conditionChoices = new Interner<MaterialChoice>();
const choiceLists = new Interner<readonly MaterialChoice[]>();
const addressChoice = new Interner<MaterialChoice>();

interface Derived {
  readonly materials: readonly Material[];
  readonly choices: readonly MaterialChoice[];
  readonly address: string | null;
}
/** An ineligible route asks for nothing. */
const NONE_DERIVED: Derived = Object.freeze({ materials: NO_MATERIALS, choices: NO_CHOICES, address: null });

const sameOption = (x: readonly Material[], y: readonly Material[]) =>
  x.length === y.length && x.every((m, i) => m === y[i]);

const merge = (base: readonly Material[], extra: readonly Material[]): readonly Material[] => {
  if (extra.length === 0) return base;
  const out: Material[] = [];
  addUnique(out, base);
  addUnique(out, extra);
  return Object.freeze(out);
};

/** The group of places still open, when they differ in what they take. */
const addressGroup = (addresses: readonly AddressOption[]): MaterialChoice | null =>
  addresses.some((x) => x.materials.length > 0)
    ? addressChoice.get([addresses], () =>
        Object.freeze({
          key: addressChoiceKey(addresses.map((x) => x.id)),
          kind: "address" as const,
          options: addresses.map((x) => Object.freeze({ address: x.id, materials: x.materials })),
        }),
      )
    : null;

// Reused between calls (evaluation is synchronous): the open alternatives of one route, as masks.
const ALTS: number[][] = [];

/**
 * What the applicant brings for a route that is not ineligible: the route's own documents (base
 * index: family and exemptions applied), those of the branches met (alternatives where still open,
 * each group once), those of the chosen or only address.
 */
const materialsFor = (
  c: CompiledRoute,
  baseIndex: number,
  addresses: readonly AddressOption[],
  chooses: boolean,
  a: Answers,
): Derived => {
  if (ALTS.length > 0) ALTS.length = 0;
  const mask = collectDocs(c.rule, ALTS);
  let index = -1;
  if (!chooses) index = addresses.length === 1 ? 0 : -1;
  else for (let i = 0; i < addresses.length; i++) if (addresses[i]!.kind === a.regAddress) index = i;
  const open = chooses && index < 0;
  if (ALTS.length === 0) {
    // Decided by small numbers alone: the documents' mask, then which address list and place and the
    // base (an index below 1024 into the mask's slot array).
    let slots = c.derived.get(mask) as (Derived | undefined)[] | undefined;
    if (slots === undefined) {
      slots = [];
      c.derived.set(mask, slots);
    }
    const key = ((addresses === c.def.addresses ? 0 : 16) + index + 1) * 32 + baseIndex;
    let d = slots[key];
    if (d === undefined) {
      const group = open ? addressGroup(addresses) : null;
      const addrDocs = index >= 0 ? addresses[index]!.materials : NO_MATERIALS;
      d = Object.freeze({
        materials: merge(c.materials[baseIndex]!, [...docsOf(c.rule, mask), ...addrDocs]),
        choices: group ? Object.freeze([group]) : NO_CHOICES,
        address: index >= 0 ? addresses[index]!.id : null,
      });
      slots[key] = d;
    }
    return d;
  }
  // Alternatives open: cached by the masks of the options too.
  const key = `${mask}|${ALTS.map((g) => g.join(",")).join(";")}|${addresses === c.def.addresses ? 0 : 1}|${index}|${baseIndex}`;
  let d = c.derivedOpen.get(key) as Derived | undefined;
  if (d === undefined) {
    d = withAlternatives(c, c.materials[baseIndex]!, mask, ALTS, addresses, index, open);
    c.derivedOpen.set(key, d);
  }
  return d;
};

/** The list and groups when some branch is still open (built once per selection, then cached). */
const withAlternatives = (
  c: CompiledRoute,
  base: readonly Material[],
  mask: number,
  alts: readonly (readonly number[])[],
  addresses: readonly AddressOption[],
  index: number,
  open: boolean,
): Derived => {
  const extra = docsOf(c.rule, mask);
  const choices: MaterialChoice[] = [];
  for (const group of alts) {
    // Branches that need the same documents are one option ("本科" and "硕士" both: the diploma).
    const options: Material[][] = [];
    for (const m of group) {
      const o = docsOf(c.rule, m);
      if (!options.some((x) => sameOption(x, o))) options.push(o);
    }
    if (options.length === 1) {
      extra.push(...options[0]!);
      continue;
    }
    const seq: unknown[] = [];
    for (const o of options) seq.push(...o, OPTION_END);
    choices.push(
      conditionChoices.get(seq, () =>
        Object.freeze({
          key: conditionChoiceKey(options),
          kind: "condition" as const,
          options: options.map((m) => Object.freeze({ address: null, materials: m })),
        }),
      ),
    );
  }
  // The branch's alternatives first, then the address's.
  const group = open ? addressGroup(addresses) : null;
  if (group) choices.push(group);
  if (index >= 0) extra.push(...addresses[index]!.materials);
  return Object.freeze({
    materials: extra.length === 0 ? base : mergedMaterials.get([base, ...extra], () => merge(base, extra)),
    choices: choices.length === 0 ? NO_CHOICES : choiceLists.get(choices, () => Object.freeze([...choices])),
    address: index >= 0 ? addresses[index]!.id : null,
  });
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
    const c = compiled[i]!;
    const { def, rule } = c;
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
    const docs = t === UNMET ? NONE_DERIVED : materialsFor(c, mask, addresses, chooses, snap);
    // Plain objects only: results cross the server/client boundary and are serialized as they are.
    routes[i] = {
      id: def.id,
      verdict: VERDICT[t]!,
      reasons,
      missing,
      // Undecided with nothing left to ask: a branch only a lower authority can decide.
      delegated: def.delegated === true || (t === UNKNOWN && missing.length === 0),
      applies: appliesTo(def.situations, snap),
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
  // Where the text divides people by situation, that comes first: it decides which routes to ask about.
  // Answers that already name a district without it (links made before the question existed) go on
  // with every route.
  if (j.situations !== undefined && a.situation === undefined && a.district === undefined)
    return ["situation"];
  const zone = zoneOf(j.id, a.district);
  const compiled = zone === null ? undefined : COMPILED.get(zone);
  if (compiled === undefined) return ["district"];
  const snap = snapshot(a);
  const ctx = makeCtx(snap, asOf);
  const out: AnswerField[] = [];
  for (const { def, rule } of compiled)
    if (appliesTo(def.situations, snap) && evalNode(rule, snap, ctx, null) === UNKNOWN)
      collectMissing(rule, out);
  return out.filter((f) => snap[f] === undefined).sort(byFieldOrder);
};
