// Which conditions decide a route's verdict, read off its rule tree (the /trace of OpenFisca): for an
// open route the one branch that is met, for the others the ways it could still open. Indices point
// into RouteResult.reasons, which lists the tree's leaves in the same depth-first order.
import type { RuleNode } from "./engine";
import { COMPILED } from "./registry";
import type { Evaluation, Reason } from "./types";

export interface RouteExplanation {
  /** Eligible: the reasons of one branch that is met (the first in the text's order); else empty. */
  readonly branch: readonly number[];
  /**
   * Not eligible: the ways the route could open, each the reasons still to be met (unmet or not known),
   * those with the fewest unmet conditions first; empty for an eligible route.
   */
  readonly options: readonly (readonly number[])[];
}

/** More alternatives than this are not useful to a reader (and cross products grow fast). */
const MAX_OPTIONS = 24;

interface Walked {
  readonly met: boolean;
  readonly branch: number[];
  readonly options: number[][];
}

const walk = (n: RuleNode, reasons: readonly Reason[], next: { i: number }): Walked => {
  if (n.type === "leaf") {
    const i = next.i++;
    const met = reasons[i]?.status === "met";
    return { met, branch: met ? [i] : [], options: met ? [[]] : [[i]] };
  }
  const kids = n.children.map((c) => walk(c, reasons, next));
  if (n.type === "all") {
    const met = kids.every((k) => k.met);
    let options: number[][] = [[]];
    for (const k of kids) {
      const out: number[][] = [];
      for (const a of options)
        for (const b of k.options) if (out.length < MAX_OPTIONS) out.push([...a, ...b]);
      options = out;
    }
    return { met, branch: met ? kids.flatMap((k) => k.branch) : [], options: met ? [[]] : options };
  }
  const first = kids.find((k) => k.met);
  return first
    ? { met: true, branch: first.branch, options: [[]] }
    : { met: false, branch: [], options: kids.flatMap((k) => k.options).slice(0, MAX_OPTIONS) };
};

/** The explanation of each route of an evaluation, by route id. */
export const explain = (e: Evaluation): Record<string, RouteExplanation> => {
  const compiled = e.zone === null ? undefined : COMPILED.get(e.zone);
  const out: Record<string, RouteExplanation> = {};
  for (const r of e.routes) {
    const rule = compiled?.find((c) => c.def.id === r.id)?.rule;
    if (!rule) continue;
    const w = walk(rule, r.reasons, { i: 0 });
    const unmet = (o: readonly number[]) => o.filter((i) => r.reasons[i]!.status === "unmet").length;
    out[r.id] =
      r.verdict === "eligible"
        ? { branch: w.branch, options: [] }
        : {
            branch: [],
            options: w.options
              .filter((o) => o.length > 0)
              .sort((a, b) => unmet(a) - unmet(b) || a.length - b.length),
          };
  }
  return out;
};
