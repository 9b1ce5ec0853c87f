import { LINK_KEYS } from "@/lib/answers-url/keys";
import type { Answers } from "@/policies/fields";
import { checklistUrl } from "./urls";

/**
 * The booking flow pre-filled with district, route and the checklist to bring (URL contract of
 * app/[locale]/book: lib/booking/url.ts). `checklistPath` is the shared list (no answers) where the
 * caller has it; else the applicant's own checklist link.
 */
export const bookingUrl = (
  locale: string,
  answers: Answers,
  routeId: string,
  checklistPath: string = checklistUrl(locale, answers, { [LINK_KEYS.route]: routeId }),
) => {
  const params = new URLSearchParams({ business: "settlement", route: routeId });
  if (answers.district) params.set("district", answers.district);
  params.set("checklist", checklistPath);
  return `/${locale}/book?${params.toString()}`;
};
