/**
 * The calendar names holidays in Simplified Chinese (from chinese-days); pages show them through
 * messages (calendar.holidays.<id>) so zh-Hant reads them in its own script.
 */
const HOLIDAY_IDS: Readonly<Record<string, string>> = {
  元旦: "new-year",
  春节: "spring-festival",
  清明: "qingming",
  劳动节: "labour-day",
  端午: "dragon-boat",
  中秋: "mid-autumn",
  国庆节: "national-day",
};

/** The message id of a calendar holiday name, or null for a name we don't list (shown as is). */
export const holidayId = (name: string): string | null => HOLIDAY_IDS[name] ?? null;

/** A holiday's name in the page's script; `t` translates in the "calendar" namespace. */
export const holidayLabel = (name: string, t: (key: string) => string): string => {
  const id = holidayId(name);
  return id ? t(`holidays.${id}`) : name;
};
