// Legal reading of thresholds and ages. 民法典 art. 1259: 以上、以下、以内、届满 include the number itself;
// 不满、超过、以外 exclude it. "满N" (reaching N) is read like 届满.
export type LegalTerm = "以上" | "以下" | "以内" | "届满" | "满" | "不满" | "超过" | "以外";

export type Unit = "months" | "years" | "age";

export interface Threshold {
  /** "min": the applicant's value must reach the threshold; "max": must not pass it. */
  readonly bound: "min" | "max";
  readonly value: number;
  readonly unit: Unit;
  readonly term: LegalTerm;
  readonly inclusive: boolean;
}

const INCLUSIVE: Readonly<Record<LegalTerm, boolean>> = {
  以上: true,
  以下: true,
  以内: true,
  届满: true,
  满: true,
  不满: false,
  超过: false,
  以外: false,
};

export const isInclusive = (term: LegalTerm): boolean => INCLUSIVE[term];

export const threshold = (bound: "min" | "max", value: number, unit: Unit, term: LegalTerm): Threshold =>
  Object.freeze({ bound, value, unit, term, inclusive: INCLUSIVE[term] });

/** Whether `actual` satisfies the threshold under the legal reading of its term. */
export const satisfies = (actual: number, t: Threshold): boolean => {
  if (t.bound === "min") return t.inclusive ? actual >= t.value : actual > t.value;
  return t.inclusive ? actual <= t.value : actual < t.value;
};

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses "YYYY-MM-DD" into [y, m, d]; undefined when malformed or not a calendar date. */
export const parseDate = (s: string): readonly [number, number, number] | undefined => {
  const m = DATE.exec(s);
  if (!m) return undefined;
  const y = +m[1]!;
  const mo = +m[2]!;
  const d = +m[3]!;
  if (mo < 1 || mo > 12 || d < 1) return undefined;
  const dim = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d > dim ? undefined : [y, mo, d];
};

/**
 * Age in full years (周岁) at `asOf`. A person reaches N full years on the N-th birthday; someone born
 * on 29 February reaches it on 1 March in common years (the birthday "has not yet come" on 28 February).
 * Returns undefined for malformed dates and for a birth date after `asOf`.
 */
export const fullYears = (birthDate: string, asOf: string): number | undefined => {
  const b = parseDate(birthDate);
  const n = parseDate(asOf);
  if (!b || !n) return undefined;
  let years = n[0] - b[0];
  if (n[1] < b[1] || (n[1] === b[1] && n[2] < b[2])) years -= 1;
  return years < 0 ? undefined : years;
};

/** Under 18 full years (未成年人, 民法典 art. 17). */
export const ADULT_AGE = 18;
