import type { IsoDate } from "./iso";

/**
 * Asia/Shanghai ↔ UTC. China has used a fixed UTC+8 without daylight saving since 1991,
 * so a constant offset is exact for every date this portal handles and does not depend
 * on the server's TZ or its ICU data.
 */
export const SHANGHAI_TZ = "Asia/Shanghai";
const OFFSET_MS = 8 * 60 * 60 * 1000;

export interface WallTime {
  date: IsoDate;
  /** "HH:MM", 24-hour. */
  time: string;
}

/** The UTC instant of a Shanghai wall-clock date and "HH:MM" time. */
export function shanghaiToUtc(date: IsoDate, time: string): Date {
  if (!/^\d{2}:\d{2}$/.test(time)) throw new RangeError(`not a HH:MM time: ${time}`);
  const d = new Date(`${date}T${time}:00+08:00`);
  if (Number.isNaN(d.getTime())) throw new RangeError(`invalid wall time: ${date} ${time}`);
  return d;
}

/** The Shanghai wall-clock date and time of a UTC instant. */
export function utcToShanghai(instant: Date): WallTime {
  const shifted = new Date(instant.getTime() + OFFSET_MS).toISOString();
  return { date: shifted.slice(0, 10), time: shifted.slice(11, 16) };
}

/** Today's date in Shanghai. */
export function shanghaiToday(now: Date = new Date()): IsoDate {
  return utcToShanghai(now).date;
}

/** Minutes since midnight for "HH:MM". */
export function minutesOf(time: string): number {
  const [h, m] = time.split(":").map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

export function timeOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}
