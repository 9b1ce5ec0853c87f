import type { Answers } from "../fields";

/**
 * A renter in Zhengzhou's central districts (金水区, lease filed, 12 months) who qualifies for the rental
 * route exactly on its boundary ("在郑州市中心城区租赁住房满1年的外地市人员"): the applicant the checklist,
 * link and booking tests start from.
 */
export const ZHENGZHOU_RENTER = {
  city: "zhengzhou",
  district: "410105",
  origin: "other-city",
  renting: true,
  leaseFiled: true,
  rentMonths: 12,
} as const satisfies Answers;
