import { publicUrl } from "@/lib/http/public-origin";

/**
 * Where enrolment links point: PUBLIC_ORIGIN (issue 14's lib/http/public-origin.ts) — a Host header must
 * never decide where a one-time secret link leads.
 */
export async function enrolmentLink(locale: string, token: string): Promise<string> {
  return publicUrl(`/${locale}/staff/enrol/${token}`);
}
