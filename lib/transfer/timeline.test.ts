import { describe, expect, it } from "vitest";
import { OFFICIAL_DATA_END } from "@/lib/calendar";
import { isApprovalDate, transferTimeline } from "./timeline";

const dates = (approval: string) =>
  Object.fromEntries(transferTimeline(approval).map((e) => [e.step, e.date]));
const entry = (approval: string, step: string) => transferTimeline(approval).find((e) => e.step === step)!;

describe("transfer timeline (latest date of each step, in working days)", () => {
  it.each([
    // approval, cancel (+1 working day), register (+1 more), what it shows
    ["2026-11-04", "2026-11-05", "2026-11-06", "an ordinary week"],
    ["2026-11-06", "2026-11-09", "2026-11-10", "over a weekend"],
    ["2026-09-30", "2026-10-08", "2026-10-09", "across the 2026 National Day holiday (1–7 Oct)"],
    ["2026-09-24", "2026-09-28", "2026-09-29", "across 中秋 2026 (25 Sep, then the weekend)"],
    ["2026-10-08", "2026-10-09", "2026-10-10", "landing on the make-up Saturday 10 Oct 2026 (调休)"],
    ["2026-02-26", "2026-02-27", "2026-02-28", "landing on the make-up Saturday 28 Feb 2026 (调休)"],
    ["2026-09-18", "2026-09-20", "2026-09-21", "a make-up Sunday (20 Sep 2026) counts as a working day"],
    ["2026-02-13", "2026-02-14", "2026-02-24", "Spring Festival 2026: make-up Saturday, then 15–23 Feb off"],
  ])("approved %s → cancelled by %s → called in by %s (%s)", (approval, cancel, register) => {
    expect(dates(approval)).toEqual({ apply: null, approve: approval, cancel, register });
  });

  it("names the holiday a step crosses and flags a make-up working day", () => {
    expect(entry("2026-09-30", "cancel").holidaysSkipped).toEqual(["国庆节"]);
    expect(entry("2026-09-30", "cancel").makeUpWorkday).toBe(false);
    expect(entry("2026-10-08", "register").makeUpWorkday).toBe(true);
    expect(entry("2026-11-06", "cancel").holidaysSkipped).toEqual([]);
  });

  it("flags dates past the published holiday schedule", () => {
    expect(OFFICIAL_DATA_END).toBe("2026-12-31");
    expect(entry("2026-12-30", "cancel").scheduleUnpublished).toBe(false);
    expect(entry("2026-12-30", "register").date).toBe("2027-01-04");
    expect(entry("2026-12-30", "register").scheduleUnpublished).toBe(true);
    expect(entry("2026-11-04", "register").scheduleUnpublished).toBe(false);
  });

  it("keeps the text's limits on the steps", () => {
    expect(transferTimeline("2026-11-04").map((e) => e.limitWorkingDays)).toEqual([null, null, 1, 1]);
  });

  it("accepts real dates only, within range", () => {
    expect(isApprovalDate("2026-09-30")).toBe(true);
    expect(isApprovalDate("2026-02-30")).toBe(false);
    expect(isApprovalDate("1999-12-31")).toBe(false);
    expect(isApprovalDate("30/09/2026")).toBe(false);
    expect(() => transferTimeline("2026-13-01")).toThrow(RangeError);
  });
});
