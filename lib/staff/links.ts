import { requestOrigin } from "@/lib/http/origin";

/**
 * Where enrolment links point. PUBLIC_ORIGIN when set (production: a Host header must never decide
 * where a one-time secret link leads); otherwise the address the admin is using.
 */
export async function enrolmentLink(locale: string, token: string): Promise<string> {
  const origin = process.env.PUBLIC_ORIGIN?.replace(/\/$/, "") ?? (await requestOrigin());
  return `${origin}/${locale}/staff/enrol/${token}`;
}
