import type { z } from "zod";
import type { Locale } from "@/lib/i18n/locales";
import { badRequest, fieldErrors, readJsonObject } from "./errors";
import { apiLocale } from "./locale";

export type ParsedBody<T> =
  | { ok: true; data: T; raw: Record<string, unknown>; locale: Locale }
  | { ok: false; response: Response };

/** The top of every JSON endpoint: the request's locale, its JSON body, validated by `schema` or a localized 400. */
export async function parseBody<S extends z.ZodType>(
  req: Request,
  schema: S,
): Promise<ParsedBody<z.infer<S>>> {
  const locale = apiLocale(req);
  const body = await readJsonObject(req, locale);
  if (!body.ok) return body;
  const parsed = schema.safeParse(body.value);
  if (!parsed.success)
    return {
      ok: false,
      response: badRequest(locale, "invalid", fieldErrors(parsed.error.issues, body.value, locale)),
    };
  return { ok: true, data: parsed.data, raw: body.value, locale };
}
