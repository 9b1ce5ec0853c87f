// Localized 400 responses for the policy APIs: zod issues → apiErrors.<key> messages.
import { createTranslator } from "next-intl";
import type { z } from "zod";
import { PROBLEM_STATUS, readJsonRequest } from "@/lib/http/json-request";
import type { Locale } from "@/lib/i18n/locales";
import hans from "@/messages/zh-Hans.json";
import hant from "@/messages/zh-Hant.json";

/** Message keys under "apiErrors" that the policy APIs use. */
export const API_ERROR_KEYS = [
  "malformedJson",
  "invalidBody",
  "required",
  "invalidType",
  "invalidOption",
  "invalidValue",
  "tooSmall",
  "tooBig",
  "invalidFormat",
  "invalidDate",
  "unknownField",
  "districtNotInCity",
  "cityMismatch",
  "invalid",
  "crossSite",
  "unsupportedMediaType",
  "tooLarge",
  "controlCharacters",
  "summary",
] as const;
export type ApiErrorKey = (typeof API_ERROR_KEYS)[number];

const MESSAGES = { "zh-Hans": hans, "zh-Hant": hant } as const;

/** zod's expected types, named in the reader's script (apiErrors.types.<type>). */
const TYPES = ["boolean", "number", "string", "object", "record", "array", "other"] as const;
export const API_ERROR_TYPE_KEYS = TYPES.map((x) => `types.${x}`);

type Translate = (key: string, values?: Record<string, string | number>) => string;

const translate = (
  locale: Locale,
  key: ApiErrorKey,
  values: Record<string, string | number> = {},
): string => {
  const t = createTranslator({
    locale,
    messages: MESSAGES[locale] as never,
    namespace: "apiErrors" as never,
  }) as unknown as Translate;
  const expected = values.expected;
  const named =
    expected === undefined
      ? values
      : {
          ...values,
          expected: t(`types.${(TYPES as readonly unknown[]).includes(expected) ? expected : "other"}`),
        };
  return t(key, named);
};

export interface FieldError {
  /** Dotted path, e.g. "answers.edu". */
  readonly path: string;
  readonly code: ApiErrorKey;
  readonly message: string;
}

const valueAt = (input: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>(
    (v, k) => (v && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[k] : undefined),
    input,
  );

const keyOf = (
  issue: z.core.$ZodIssue,
  input: unknown,
): { key: ApiErrorKey; values: Record<string, string | number> } => {
  // zod 4 does not echo the input in issues: look it up to tell "missing" from "wrong".
  if (
    issue.code !== "unrecognized_keys" &&
    issue.code !== "custom" &&
    valueAt(input, issue.path) === undefined
  )
    return { key: "required", values: {} };
  const custom = (issue as { params?: { key?: string } }).params?.key;
  if (custom && (API_ERROR_KEYS as readonly string[]).includes(custom))
    return { key: custom as ApiErrorKey, values: {} };
  switch (issue.code) {
    case "invalid_type":
      return { key: "invalidType", values: { expected: issue.expected } };
    case "invalid_value":
      return { key: "invalidOption", values: {} };
    case "invalid_union": {
      // "value or 不清楚" fields: report what was wrong against the value branch (the first one).
      const inner = issue.errors[0]?.[0];
      return inner ? keyOf({ ...inner, path: issue.path }, input) : { key: "invalidValue", values: {} };
    }
    case "too_small":
      return { key: "tooSmall", values: { minimum: Number(issue.minimum) } };
    case "too_big":
      return { key: "tooBig", values: { maximum: Number(issue.maximum) } };
    case "invalid_format":
      return { key: "invalidFormat", values: {} };
    case "unrecognized_keys":
      return { key: "unknownField", values: { keys: issue.keys.join(", ") } };
    default:
      return { key: "invalid", values: {} };
  }
};

/** One localized error per zod issue of validating `input`, paths prefixed (e.g. "answers"). */
export const fieldErrors = (
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  locale: Locale,
  prefix: readonly PropertyKey[] = [],
): FieldError[] =>
  issues.map((issue) => {
    const { key, values } = keyOf(issue, input);
    return {
      path: [...prefix, ...issue.path].map(String).join("."),
      code: key,
      message: translate(locale, key, values),
    };
  });

export const badRequest = (
  locale: Locale,
  code: ApiErrorKey,
  errors: FieldError[] = [],
  status = 400,
): Response =>
  Response.json(
    {
      error: {
        code,
        message:
          errors.length > 0
            ? translate(locale, "summary", { count: errors.length })
            : translate(locale, code),
        locale,
        fields: errors,
      },
    },
    { status, headers: { "Cache-Control": "no-store", "Content-Language": locale } },
  );

/** The request body as a JSON object, or the 4xx to send back (lib/http/json-request.ts). */
export const readJsonObject = async (
  req: Request,
  locale: Locale,
): Promise<{ ok: true; value: Record<string, unknown> } | { ok: false; response: Response }> => {
  const read = await readJsonRequest(req);
  if (read.ok) return read;
  return { ok: false, response: badRequest(locale, read.problem, [], PROBLEM_STATUS[read.problem]) };
};
