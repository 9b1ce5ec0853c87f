// A tiny three-valued rule engine. Rules are trees of leaves (one condition, one citation) joined by
// "all"/"any". A leaf is met, unmet or unknown (field not answered or answered "unknown"); the route's
// verdict follows Kleene logic, so "needs-info" only appears when an unknown leaf could still decide.
import { type AnswerField, type Answers, rank } from "./fields";
import { ADULT_AGE, fullYears, satisfies, type Threshold, threshold } from "./legal";
import type { Actual, Citation, Material, Reason, ReasonStatus } from "./types";

export const UNMET = 0;
export const MET = 1;
export const UNKNOWN = 2;
export type Tri = 0 | 1 | 2;

/** Per-evaluation facts computed once. */
export interface Ctx {
  readonly asOf: string;
  readonly age: number | undefined;
}

export const makeCtx = (a: Answers, asOf: string): Ctx => {
  // The birth date wins; the bare age is an alternative for callers that do not have one.
  const age =
    typeof a.birthDate === "string"
      ? fullYears(a.birthDate, asOf)
      : typeof a.age === "number"
        ? a.age
        : undefined;
  return { asOf, age };
};

// Every node gets a slot in a shared scratch array holding its last value, so collectMissing can read
// what evalNode just computed instead of evaluating subtrees again (evaluation is synchronous).
let nodeCount = 0;
let scratch = new Uint8Array(256);
const slot = (): number => {
  const i = nodeCount++;
  if (i >= scratch.length) {
    const next = new Uint8Array(scratch.length * 2);
    next.set(scratch);
    scratch = next;
  }
  return i;
};

export interface Leaf {
  readonly type: "leaf";
  readonly slot: number;
  /** Documents that prove this condition (next to the rule, each with its citation). */
  readonly docs: readonly Material[] | undefined;
  readonly id: string;
  readonly fields: readonly AnswerField[];
  readonly threshold: Threshold | null;
  readonly citation: Citation;
  readonly test: (a: Answers, c: Ctx) => Tri;
  readonly actual: (a: Answers, c: Ctx) => Actual;
}
export interface Group {
  readonly type: "all" | "any";
  readonly slot: number;
  /** Documents that prove this branch as a whole. */
  readonly docs: readonly Material[] | undefined;
  readonly children: readonly RuleNode[];
}
export type RuleNode = Leaf | Group;

// Every node has `docs` from the start (undefined until proves() sets it): one object shape per kind
// keeps the property reads of evalNode monomorphic.
export const all = (...children: RuleNode[]): Group => ({
  type: "all",
  slot: slot(),
  children,
  docs: undefined,
});
export const any = (...children: RuleNode[]): Group => ({
  type: "any",
  slot: slot(),
  children,
  docs: undefined,
});

const raw =
  (f: AnswerField) =>
  (a: Answers): Actual => {
    const v = a[f];
    return v === undefined ? null : (v as Actual);
  };

export const leaf = (
  id: string,
  fields: readonly AnswerField[],
  citation: Citation,
  test: Leaf["test"],
  threshold: Threshold | null = null,
  actual: Leaf["actual"] = raw(fields[0]!),
): Leaf => ({ type: "leaf", slot: slot(), id, fields, threshold, citation, test, actual, docs: undefined });

/** A numeric answer (months, counts) against a threshold. */
export const num = (id: string, field: AnswerField, t: Threshold, c: Citation): Leaf =>
  leaf(
    id,
    [field],
    c,
    (a) => {
      const v = a[field];
      return typeof v === "number" ? (satisfies(v, t) ? MET : UNMET) : UNKNOWN;
    },
    t,
  );

/** Age in full years at asOf (from birthDate, else the age answer). */
export const age = (id: string, t: Threshold, c: Citation): Leaf =>
  leaf(
    id,
    ["birthDate"],
    c,
    (_a, x) => (x.age === undefined ? UNKNOWN : satisfies(x.age, t) ? MET : UNMET),
    t,
    (_a, x) => (x.age === undefined ? null : x.age),
  );

/** A yes/no answer that must equal `want`. */
export const is = (id: string, field: AnswerField, want: boolean, c: Citation): Leaf =>
  leaf(id, [field], c, (a) => {
    const v = a[field];
    return typeof v === "boolean" ? (v === want ? MET : UNMET) : UNKNOWN;
  });

/** An enum answer that must be one of `values` ("unknown" and undefined stay unknown). */
export const oneOf = (id: string, field: AnswerField, values: readonly string[], c: Citation): Leaf =>
  leaf(id, [field], c, (a) => {
    const v = a[field];
    return v === undefined || v === "unknown" ? UNKNOWN : values.includes(v as string) ? MET : UNMET;
  });

/** An ordered enum answer (education, title, skill) that must rank at least `min`. */
export const atLeast = (
  id: string,
  field: AnswerField,
  order: readonly string[],
  min: string,
  c: Citation,
): Leaf => {
  const m = order.indexOf(min);
  return leaf(id, [field], c, (a) => {
    const v = a[field];
    return v === undefined || v === "unknown" ? UNKNOWN : rank(order, v) >= m ? MET : UNMET;
  });
};

/** A condition the text leaves to a lower authority: never decidable here. */
export const delegated = (id: string, c: Citation): Leaf =>
  leaf(
    id,
    [],
    c,
    () => UNKNOWN,
    null,
    () => null,
  );

const STATUS: readonly ReasonStatus[] = ["unmet", "met", "unknown"];

/** Evaluates a tree; pushes one reason per leaf when `reasons` is given. */
export const evalNode = (n: RuleNode, a: Answers, c: Ctx, reasons: Reason[] | null): Tri => {
  const r = evalInner(n, a, c, reasons);
  scratch[n.slot] = r;
  return r;
};

const evalInner = (n: RuleNode, a: Answers, c: Ctx, reasons: Reason[] | null): Tri => {
  if (n.type === "leaf") {
    const r = n.test(a, c);
    if (reasons !== null)
      reasons.push({
        id: n.id,
        status: STATUS[r]!,
        threshold: n.threshold,
        actual: n.actual(a, c),
        fields: n.fields,
        citation: n.citation,
      });
    return r;
  }
  const isAll = n.type === "all";
  let unknown = false;
  let decided = false;
  for (let i = 0; i < n.children.length; i++) {
    const r = evalNode(n.children[i]!, a, c, reasons);
    if (r === UNKNOWN) unknown = true;
    else if ((r === UNMET) === isAll) {
      decided = true;
      if (reasons === null) break;
    }
  }
  if (decided) return isAll ? UNMET : MET;
  return unknown ? UNKNOWN : isAll ? MET : UNMET;
};

/**
 * Adds to `out` the fields of the unknown leaves that keep an unknown node undecided. Reads the values
 * the preceding evalNode() of the same tree left in the scratch slots (an undecided node's children
 * were all evaluated: evalNode only stops early once a node is decided).
 */
export const collectMissing = (n: RuleNode, out: AnswerField[]): void => {
  if (n.type === "leaf") {
    for (const f of n.fields) if (!out.includes(f)) out.push(f);
    return;
  }
  for (const child of n.children) if (scratch[child.slot] === UNKNOWN) collectMissing(child, out);
};

/** The node with the documents that prove it: `proves(all(edu, age), degree)` — data next to the rule. */
export const proves = <N extends RuleNode>(n: N, ...docs: Material[]): N => {
  // Set in place on the node just built (a copy would get another object shape and slow evalNode).
  (n as { docs: readonly Material[] | undefined }).docs = [...(n.docs ?? []), ...docs];
  return n;
};

// Which nodes have documents at or below them, by slot, and each document-bearing node's bit within its
// rule: the documents walk skips the rest and returns a bit mask the caller caches its lists by.
// Filled by indexDocs() when the registry compiles the rules (after every city module built its nodes).
let docsBelow = new Uint8Array(0);
let docBit = new Int8Array(0);

/**
 * Marks the nodes of a rule that carry or lead to documents and numbers the document-bearing ones in
 * depth-first order (at most 30 per rule, so their set fits a number). Returns them in that order.
 */
export const indexDocs = (rule: RuleNode): RuleNode[] => {
  if (docsBelow.length < nodeCount) {
    const below = new Uint8Array(nodeCount);
    below.set(docsBelow);
    docsBelow = below;
    const bits = new Int8Array(nodeCount).fill(-1);
    bits.set(docBit);
    docBit = bits;
  }
  const nodes: RuleNode[] = [];
  const walk = (n: RuleNode): boolean => {
    let below = false;
    if (n.docs !== undefined && n.docs.length > 0) {
      if (docBit[n.slot] !== -1 && docBit[n.slot] !== nodes.length)
        throw new Error("a node with documents is shared between rules at different places");
      docBit[n.slot] = nodes.length;
      nodes.push(n);
      below = true;
    }
    if (n.type !== "leaf") for (const c of n.children) if (walk(c)) below = true;
    docsBelow[n.slot] = below ? 1 : 0;
    return below;
  };
  walk(rule);
  if (nodes.length > 30) throw new Error("more than 30 document-bearing nodes in one rule (31-bit mask)");
  return nodes;
};

/**
 * The documents of the branch the answers meet, read from the values the preceding evalNode() (with
 * reasons, so every node was evaluated) left in the scratch slots: the bit mask of the
 * document-bearing nodes that apply (see indexDocs; docsOf() turns a mask into documents). A met "any"
 * contributes its first met branch (in the text's order: one proof is enough); an undecided one adds
 * its open branches to `alts` as one group of alternatives, each a mask (nested alternatives
 * multiplied out); unmet branches contribute nothing.
 */
export const collectDocs = (n: RuleNode, alts: number[][]): number => {
  if (docsBelow[n.slot] !== 1) return 0;
  const v = scratch[n.slot];
  if (v === UNMET) return 0;
  const bit = docBit[n.slot]!;
  let mask = bit >= 0 ? 1 << bit : 0;
  if (n.type === "leaf") return mask;
  const ch = n.children;
  if (n.type === "all") {
    for (let i = 0; i < ch.length; i++) mask |= collectDocs(ch[i]!, alts);
    return mask;
  }
  if (v === MET) {
    for (let i = 0; i < ch.length; i++)
      if (scratch[ch[i]!.slot] === MET) return mask | collectDocs(ch[i]!, alts);
    return mask;
  }
  const options: number[] = [];
  for (let i = 0; i < ch.length; i++) {
    const c = ch[i]!;
    if (scratch[c.slot] !== UNKNOWN) continue;
    const inner: number[][] = [];
    let opts = [collectDocs(c, inner)];
    for (const group of inner) opts = opts.flatMap((base) => group.map((g) => base | g));
    options.push(...opts);
  }
  if (options.length > 0) alts.push(options);
  return mask;
};

/** The documents of the nodes in `mask` under `n`, in depth-first order. */
export const docsOf = (n: RuleNode, mask: number, out: Material[] = []): Material[] => {
  if (mask === 0 || docsBelow[n.slot] !== 1) return out;
  const bit = docBit[n.slot]!;
  if (bit >= 0 && ((mask >> bit) & 1) === 1) out.push(...n.docs!);
  if (n.type !== "leaf") for (const c of n.children) docsOf(c, mask, out);
  return out;
};

/** Every leaf of a tree (for listings, message keys and the coverage test). */
export const leaves = (n: RuleNode, out: Leaf[] = []): Leaf[] => {
  if (n.type === "leaf") out.push(n);
  else for (const ch of n.children) leaves(ch, out);
  return out;
};

/** 未成年: under 18 full years (民法典 art. 17: 十八周岁以上的自然人为成年人). */
export const minor = (id: string, c: Citation): Leaf =>
  age(id, threshold("max", ADULT_AGE, "age", "不满"), c);
/** 成年: 18 full years or more. */
export const adult = (id: string, c: Citation): Leaf =>
  age(id, threshold("min", ADULT_AGE, "age", "以上"), c);
