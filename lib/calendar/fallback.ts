/**
 * Fixed-date statutory holidays used where the State Council has not yet published a
 * year's schedule. Source: 国务院《全国年节及纪念日放假办法》(2024 revision, art. 2):
 * 元旦 1月1日; 劳动节 5月1日、2日; 国庆节 10月1日、2日、3日. Only fixed Gregorian
 * dates are listed here — lunar holidays (春节, 清明, 端午, 中秋) and the 调休 swaps
 * are only known once the yearly notice is out, so days beyond the package's data are
 * flagged as "schedule not yet published" instead of guessed.
 */
export const FIXED_STATUTORY_HOLIDAYS: ReadonlyArray<{ monthDay: string; name: string }> = [
  { monthDay: "01-01", name: "元旦" },
  { monthDay: "05-01", name: "劳动节" },
  { monthDay: "05-02", name: "劳动节" },
  { monthDay: "10-01", name: "国庆节" },
  { monthDay: "10-02", name: "国庆节" },
  { monthDay: "10-03", name: "国庆节" },
];

export function fixedHolidayName(iso: string): string | undefined {
  const md = iso.slice(5);
  return FIXED_STATUTORY_HOLIDAYS.find((h) => h.monthDay === md)?.name;
}
