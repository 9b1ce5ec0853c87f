export {
  addWorkingDays,
  type CalendarOptions,
  type Closure,
  countWorkingDays,
  type DayInfo,
  dayInfo,
  isWorkingDay,
} from "./days";
export { FIXED_STATUTORY_HOLIDAYS } from "./fallback";
export { holidayId, holidayLabel } from "./holiday-names";
export { addDays, dateRange, type IsoDate, isIsoDate, isWeekend, weekday } from "./iso";
export { OFFICIAL_DATA_END } from "./official";
export {
  minutesOf,
  SHANGHAI_TZ,
  shanghaiToday,
  shanghaiToUtc,
  timeOf,
  utcToShanghai,
  type WallTime,
} from "./shanghai-time";
