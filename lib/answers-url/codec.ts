import { answersSchema } from "@/policies/answers";
import { type AnswerField, type Answers, FIELD_META, FIELD_NAMES } from "@/policies/fields";
import { FIELD_BY_KEY, LINK_KEYS, LINK_VERSION, SHORT_KEYS, UNKNOWN_TOKEN } from "./keys";

/** Query parameters as Next hands them to a page, or a URLSearchParams. */
export type QueryInput = URLSearchParams | Record<string, string | string[] | undefined>;

function toEntries(query: QueryInput): [string, string][] {
  if (query instanceof URLSearchParams) return [...query.entries()];
  // Strings only: Next builds searchParams on a plain object, so `?toString` arrives as
  // [Object.prototype.toString, ""].
  return Object.entries(query).flatMap(([k, v]) =>
    (Array.isArray(v) ? v : [v])
      .filter((x): x is string => typeof x === "string")
      .map((x) => [k, x] as [string, string]),
  );
}

/** One answer as it appears in the link. */
export function encodeValue(value: unknown): string {
  if (value === "unknown") return UNKNOWN_TOKEN;
  if (value === true) return "1";
  if (value === false) return "0";
  return String(value);
}

/** Reads one raw link/form value into the type its field expects; the schema validates it after. */
export function decodeValue(field: AnswerField, raw: string): unknown {
  const meta = FIELD_META[field];
  if (raw === UNKNOWN_TOKEN && meta.unknown) return "unknown";
  switch (meta.kind) {
    case "boolean":
      return raw === "1" ? true : raw === "0" ? false : raw;
    case "months":
    case "number":
      return /^\d{1,9}$/.test(raw) ? Number(raw) : raw;
    default:
      return raw;
  }
}

/** The query string of a link holding these answers (fields in questionnaire order, `v` first). */
export function encodeAnswers(answers: Answers, extra: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams({ [LINK_KEYS.version]: LINK_VERSION });
  for (const field of FIELD_NAMES) {
    const value = answers[field];
    if (value !== undefined) params.set(SHORT_KEYS[field], encodeValue(value));
  }
  for (const [k, v] of Object.entries(extra)) if (v !== undefined && v !== "") params.set(k, v);
  return params.toString();
}

export type LinkVersion = "current" | "missing" | "unsupported";

export interface DecodedLink {
  answers: Answers;
  /** Fields present in the link whose values the schema rejected: dropped, shown to the user. */
  invalid: AnswerField[];
  version: LinkVersion;
  /** Each answer as written in the link, before validation (a form redisplays what was typed). */
  raw: Map<AnswerField, string>;
  /** Other parameters (ticks, route, form state), raw. */
  rest: Map<string, string>;
}

/**
 * Reads answers from a link or form query. Never throws: every value the schema rejects is dropped
 * and reported, so a tampered or truncated link keeps its valid part.
 */
export function decodeAnswers(query: QueryInput): DecodedLink {
  const raw: Partial<Record<AnswerField, unknown>> = {};
  const typed = new Map<AnswerField, string>();
  const rest = new Map<string, string>();
  let versionValue: string | undefined;
  for (const [key, value] of toEntries(query)) {
    const field = FIELD_BY_KEY.get(key);
    if (key === LINK_KEYS.version) versionValue = value;
    else if (field && !(field in raw)) {
      typed.set(field, value.slice(0, 64));
      raw[field] = decodeValue(field, value.slice(0, 64));
    } else if (!field && !rest.has(key)) rest.set(key, value.slice(0, 2000));
  }
  const invalid = new Set<AnswerField>();
  let candidate: Record<string, unknown> = raw;
  // Drop rejected fields until the rest validates; each pass removes at least one field.
  for (let pass = 0; pass <= FIELD_NAMES.length; pass++) {
    const result = answersSchema.safeParse(candidate);
    if (result.success) {
      const version: LinkVersion =
        versionValue === LINK_VERSION ? "current" : versionValue === undefined ? "missing" : "unsupported";
      return { answers: result.data, invalid: [...invalid], version, raw: typed, rest };
    }
    const bad = new Set(result.error.issues.map((i) => String(i.path[0] ?? "")));
    candidate = Object.fromEntries(Object.entries(candidate).filter(([k]) => !bad.has(k)));
    for (const k of bad) if (k in raw) invalid.add(k as AnswerField);
    if (bad.size === 0 || [...bad].every((k) => !(k in raw))) break;
  }
  return { answers: {}, invalid: Object.keys(raw) as AnswerField[], version: "current", raw: typed, rest };
}
