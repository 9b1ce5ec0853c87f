import { describe, expect, it } from "vitest";
import { OFFICES, officeById, officesForDistrict, officesForRoute } from "./offices";
import { bookableSlot, bookingWindowDates, dayOpening, slotTimes, windowDays } from "./slots";
import { BEFORE_NATIONAL_DAY } from "./test-helpers";

const station = officeById("410102-station")!;
const hall = officeById("410105-hall")!;

describe("sample offices", () => {
  it("cover the four cities, Shanghai and Zhejiang, keyed by district code", () => {
    for (const prefix of ["4101", "3702", "3305", "4412", "3101", "3301"]) {
      expect(OFFICES.some((o) => o.districtCode.startsWith(prefix))).toBe(true);
    }
    expect(new Set(OFFICES.map((o) => o.id)).size).toBe(OFFICES.length);
  });

  it("lists the district's offices first, then the rest of the city, filtered by business", () => {
    const list = officesForDistrict("410105");
    expect(list[0]?.districtCode).toBe("410105");
    expect(list.every((o) => o.districtCode.startsWith("4101"))).toBe(true);
    expect(officesForDistrict("410105", "cross-province-transfer")).toEqual([]);
    expect(officesForDistrict("310101", "cross-province-transfer")[0]?.id).toBe("310101-hall");
    // city and province codes (the transfer check passes the destination city)
    expect(officesForDistrict("310100", "cross-province-transfer").map((o) => o.districtCode)).toEqual([
      "310101",
      "310115",
    ]);
    const zhejiang = officesForDistrict("330000", "cross-province-transfer");
    expect(zhejiang.length).toBeGreaterThan(3);
    expect(zhejiang.every((o) => o.districtCode.startsWith("33"))).toBe(true);
  });
});

describe("offices for a route (issue 12)", () => {
  it("郑州 rental: only the rented home's district — the text names its station", () => {
    const list = officesForRoute("410105", "settlement", "zz-rental");
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((o) => o.districtCode === "410105")).toBe(true);
    // Other routes still see the rest of the city after the district's own.
    expect(
      officesForRoute("410105", "settlement", "zz-insurance").some((o) => o.districtCode !== "410105"),
    ).toBe(true);
  });
});

describe("slot generation", () => {
  it("splits opening hours around the lunch break", () => {
    const s = slotTimes(station, "2026-09-29");
    expect(s.map((x) => x.start)).toEqual([
      "09:00",
      "09:30",
      "10:00",
      "10:30",
      "11:00",
      "11:30",
      "13:30",
      "14:00",
      "14:30",
      "15:00",
      "15:30",
      "16:00",
      "16:30",
    ]);
    expect(s[0]?.startsAt.toISOString()).toBe("2026-09-29T01:00:00.000Z");
  });

  it("closes on National Day and opens on the make-up Saturday with weekday hours", () => {
    expect(dayOpening(station, "2026-10-02", BEFORE_NATIONAL_DAY).status).toBe("holiday");
    const makeUp = dayOpening(station, "2026-10-10", BEFORE_NATIONAL_DAY);
    expect(makeUp.status).toBe("open");
    expect(makeUp.info.makeUpWorkday).toBe(true);
    expect(makeUp.slots[0]?.start).toBe("09:00");
    expect(dayOpening(station, "2026-10-11", BEFORE_NATIONAL_DAY).status).toBe("closed");
    // halls open ordinary Saturday mornings, stations don't
    const weekBefore = new Date("2026-11-20T02:00:00Z");
    expect(dayOpening(hall, "2026-11-28", weekBefore).slots.length).toBe(9);
    expect(dayOpening(station, "2026-11-28", weekBefore).status).toBe("closed");
  });

  it("honours office-specific closures", () => {
    const qingdao = officeById("370203-hall")!;
    expect(dayOpening(qingdao, "2026-12-01", new Date("2026-11-25T00:00:00Z")).status).toBe("closure");
  });

  it("offers tomorrow to 14 days ahead with a 16:00 cut-off the day before", () => {
    const dates = bookingWindowDates(BEFORE_NATIONAL_DAY);
    expect(dates[0]).toBe("2026-09-29");
    expect(dates.at(-1)).toBe("2026-10-12");
    expect(bookableSlot(station, "2026-09-29", "09:00", BEFORE_NATIONAL_DAY)).toBeDefined();
    const after4pm = new Date("2026-09-28T08:00:00Z"); // 16:00 Shanghai
    expect(bookableSlot(station, "2026-09-29", "09:00", after4pm)).toBeUndefined();
    expect(bookableSlot(station, "2026-09-28", "15:00", BEFORE_NATIONAL_DAY)).toBeUndefined();
    expect(bookableSlot(station, "2026-10-13", "09:00", BEFORE_NATIONAL_DAY)).toBeUndefined();
    expect(bookableSlot(station, "2026-09-29", "12:00", BEFORE_NATIONAL_DAY)).toBeUndefined();
  });

  it("marks days past the published schedule", () => {
    const days = windowDays(station, new Date("2026-12-25T02:00:00Z"));
    const jan1 = days.find((d) => d.date === "2027-01-01")!;
    expect(jan1.status).toBe("holiday");
    expect(jan1.info.scheduleUnpublished).toBe(true);
    expect(days.find((d) => d.date === "2027-01-04")?.info.scheduleUnpublished).toBe(true);
    expect(days.find((d) => d.date === "2026-12-31")?.info.scheduleUnpublished).toBe(false);
  });
});
