// evaluate() and relevantFields(): pure functions of already-validated answers (parse at the boundary).
import { collectMissing, evalNode, makeCtx, UNKNOWN } from "./engine";
import { type AnswerField, type Answers, FIELD_NAMES } from "./fields";
import { COMPILED, inForce, JURISDICTIONS, zoneOf } from "./registry";
import { appliesTo } from "./situation";
import { snapshot } from "./snapshot";
import type { EvaluateOptions, Evaluation, Reason, RouteResult, Verdict } from "./types";

const NONE: readonly AnswerField[] = Object.freeze([]);
const VERDICT: readonly Verdict[] = ["ineligible", "eligible", "needs-info"];
const FIELD_RANK = new Map(FIELD_NAMES.map((f, i) => [f, i]));
const byFieldOrder = (x: AnswerField, y: AnswerField) => FIELD_RANK.get(x)! - FIELD_RANK.get(y)!;

const memberMask = (a: Answers): number =>
  (a.withSpouse === true ? 1 : 0) |
  ((a.withChildren ?? 0) > 0 ? 2 : 0) |
  ((a.withParents ?? 0) > 0 ? 4 : 0) |
  ((a.withOthers ?? 0) > 0 ? 8 : 0);

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
  const mask = memberMask(snap);
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
    // Plain objects only: results cross the server/client boundary and are serialized as they are.
    routes[i] = {
      id: def.id,
      verdict: VERDICT[t]!,
      reasons,
      missing,
      delegated: def.delegated === true,
      applies: appliesTo(def.situations, snap),
      family: def.family,
      addresses: def.addresses,
      materials: materials[mask]!,
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
