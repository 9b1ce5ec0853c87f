import type { WeeklyHours } from "../offices";

/** Weekday keys: 1 = Monday … 7 = Sunday. Intervals are Shanghai wall time, lunch break between them. */
export const STATION_HOURS: WeeklyHours = {
  1: [
    ["09:00", "12:00"],
    ["13:30", "17:00"],
  ],
  2: [
    ["09:00", "12:00"],
    ["13:30", "17:00"],
  ],
  3: [
    ["09:00", "12:00"],
    ["13:30", "17:00"],
  ],
  4: [
    ["09:00", "12:00"],
    ["13:30", "17:00"],
  ],
  5: [
    ["09:00", "12:00"],
    ["13:30", "17:00"],
  ],
};

/** Service halls also open on Saturday mornings. */
export const HALL_HOURS: WeeklyHours = {
  1: [
    ["08:30", "12:00"],
    ["13:30", "17:30"],
  ],
  2: [
    ["08:30", "12:00"],
    ["13:30", "17:30"],
  ],
  3: [
    ["08:30", "12:00"],
    ["13:30", "17:30"],
  ],
  4: [
    ["08:30", "12:00"],
    ["13:30", "17:30"],
  ],
  5: [
    ["08:30", "12:00"],
    ["13:30", "17:30"],
  ],
  6: [["09:00", "12:00"]],
};
