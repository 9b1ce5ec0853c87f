import { describe, expect, it } from "vitest";
import { percentile, STAT_KEYS, statsCsv } from "./stats";

describe("statistics", () => {
  it("takes nearest-rank percentiles", () => {
    expect(percentile([], 50)).toBeNull();
    expect(percentile([7], 90)).toBe(7);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50)).toBe(5);
    expect(percentile([10, 1, 9, 2, 8, 3, 7, 4, 6, 5], 90)).toBe(9);
  });

  it("writes a CSV a spreadsheet cannot be tricked by", () => {
    const header = ["办理地点", "日期", ...STAT_KEYS, "号源"];
    const row = {
      day: "2026-09-29",
      booked: 3,
      checkedIn: 2,
      served: 1,
      incomplete: 1,
      noShow: 0,
      walkIns: 4,
      waitMedian: 2.5,
      waitP90: null,
      capacity: 10,
      capacityUsed: 0.3,
    };
    const csv = statsCsv("=cmd|'/c calc'!A1", header, [row]);
    expect(csv.startsWith("\uFEFF办理地点,日期,")).toBe(true);
    const [, line] = csv.trim().split("\r\n");
    expect(line).toBe("'=cmd|'/c calc'!A1,2026-09-29,3,2,1,1,0,4,2.5,,0.3,10");
  });
});
