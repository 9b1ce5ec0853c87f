import type { Answers } from "@/policies/fields";

/** Booking flow pre-filled with district and route (URL contract of app/[locale]/book). */
export const bookingUrl = (locale: string, answers: Answers, routeId: string) => {
  const params = new URLSearchParams({ business: "settle", route: routeId });
  if (answers.district) params.set("district", answers.district);
  return `/${locale}/book?${params.toString()}`;
};
