import { publicOrigin } from "@/lib/http/public-origin";

/** Where enrolment links point: PUBLIC_ORIGIN, never a Host header (a one-time secret link must not be steered). */
export async function enrolmentLink(locale: string, token: string): Promise<string> {
  return `${publicOrigin()}/${locale}/staff/enrol/${token}`;
}
