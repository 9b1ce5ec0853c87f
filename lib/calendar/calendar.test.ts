import { afterEach, describe, expect, it } from "vitest";
import {
  addWorkingDays,
  countWorkingDays,
  dayInfo,
  isWorkingDay,
  OFFICIAL_DATA_END,
  shanghaiToday,
  shanghaiToUtc,
  utcToShanghai,
} from "./index";

describe("official 2026 schedule (chinese-days)", () => {
  it("knows National Day 2026-10-01..07 and its make-up days 09-20 (Sun) and 10-10 (Sat)", () => {
    for (let d = 1; d <= 7; d++) {
      const info = dayInfo(`2026-10-0${d}`);
      expect(info.working).toBe(false);
      expect(info.holidayName).toBe("国庆节");
    }
    expect(dayInfo("2026-09-20")).toEqual({
      working: true,
      holidayName: "国庆节",
      makeUpWorkday: true,
      scheduleUnpublished: false,
    });
    expect(dayInfo("2026-10-10").makeUpWorkday).toBe(true);
    expect(isWorkingDay("2026-10-11")).toBe(false); // an ordinary Sunday
  });

  it("counts working days across National Day, including the make-up Sunday and Saturday", () => {
    // 09-20 Sun(make-up) + 09-21..24 + 09-28..30 + 10-08, 10-09, 10-10 Sat(make-up) + 10-12
    expect(countWorkingDays("2026-09-18", "2026-10-12")).toBe(12);
  });

  it("steps over the holiday: one working day after 09-30 is 10-08", () => {
    expect(addWorkingDays("2026-09-30", 1)).toBe("2026-10-08");
  });

  it("lands on the make-up working Saturday 2026-10-10", () => {
    expect(addWorkingDays("2026-09-30", 3)).toBe("2026-10-10");
    expect(addWorkingDays("2026-10-09", 1)).toBe("2026-10-10");
  });

  it("counts backwards and returns the start for n = 0", () => {
    expect(addWorkingDays("2026-10-08", -1)).toBe("2026-09-30");
    expect(addWorkingDays("2026-10-03", 0)).toBe("2026-10-03");
  });
});

describe("beyond the published schedule", () => {
  it("knows where the package's data ends", () => {
    expect(OFFICIAL_DATA_END).toBe("2026-12-31");
    expect(dayInfo("2026-12-31").scheduleUnpublished).toBe(false);
  });

  it("treats 2027-01-01 as 元旦 (the package alone would call it a working day)", () => {
    expect(dayInfo("2027-01-01")).toEqual({
      working: false,
      holidayName: "元旦",
      makeUpWorkday: false,
      scheduleUnpublished: true,
    });
  });

  it("falls back to weekends plus fixed-date holidays and flags every day", () => {
    expect(dayInfo("2027-01-04")).toEqual({ working: true, makeUpWorkday: false, scheduleUnpublished: true });
    expect(isWorkingDay("2027-01-02")).toBe(false); // Saturday
    expect(isWorkingDay("2027-10-02")).toBe(false);
    expect(isWorkingDay("2027-05-02")).toBe(false);
    expect(addWorkingDays("2026-12-31", 1)).toBe("2027-01-04");
  });
});

describe("extra closures as data", () => {
  it("closes an otherwise working day and skips it when counting", () => {
    const closures = [{ date: "2026-12-01", reason: "系统升级" }];
    expect(dayInfo("2026-12-01", { closures })).toMatchObject({ working: false, closure: "系统升级" });
    expect(addWorkingDays("2026-11-30", 1, { closures })).toBe("2026-12-02");
    expect(isWorkingDay("2026-12-01")).toBe(true);
  });

  it("rejects malformed dates", () => {
    expect(() => dayInfo("2026-02-30")).toThrow(RangeError);
    expect(() => addWorkingDays("2026-10-01", 1.5)).toThrow(RangeError);
  });
});

describe("Asia/Shanghai wall time, whatever the server TZ", () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
  });

  for (const tz of ["America/New_York", "UTC", "Asia/Shanghai"]) {
    it(`converts both ways under TZ=${tz}`, () => {
      process.env.TZ = tz;
      const instant = shanghaiToUtc("2026-11-02", "08:30");
      expect(instant.toISOString()).toBe("2026-11-02T00:30:00.000Z");
      expect(utcToShanghai(new Date("2026-11-01T16:05:00Z"))).toEqual({ date: "2026-11-02", time: "00:05" });
      // 23:30 in New York on Nov 1 (EST) is already the next day in Shanghai
      expect(shanghaiToday(new Date("2026-11-02T04:30:00Z"))).toBe("2026-11-02");
      expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(
        tz === "America/New_York" ? 300 : tz === "UTC" ? 0 : -480,
      );
    });
  }
});
