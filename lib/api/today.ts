/** Today's date in China (Asia/Shanghai), "YYYY-MM-DD": the default asOf of the policy APIs. */
export const todayInChina = (now: Date = new Date()): string =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(now);
