import { describe, expect, it } from "vitest";
import { addMonths, monthsToGo } from "./opening";
import { readReminder, reminderIcs } from "./reminder";

const today = "2026-12-02";
const q = (s: string) => new URLSearchParams(s);

describe("the .ics reminder for the day a route opens", () => {
  it("accepts a real date from today to ten years on, for a route the library knows", () => {
    expect(readReminder(q("d=2027-03-02&r=zz-insurance"), today)).toEqual({
      date: "2027-03-02",
      route: "zz-insurance",
    });
    expect(readReminder(q("d=2026-12-02&r=zz-rental"), today)).not.toBeNull();
  });

  it.each([
    "d=2026-12-01&r=zz-rental",
    "d=2037-01-01&r=zz-rental",
    "d=2027-02-30&r=zz-rental",
    "d=20270302&r=zz-rental",
    "d=2027-03-02&r=__proto__",
    "d=2027-03-02&r=toString",
    "d=2027-03-02",
    `d=2027-03-02&r=${"x".repeat(5000)}`,
    "r=zz-rental",
  ])("refuses %s", (s) => expect(readReminder(q(s), today)).toBeNull());

  it("is an all-day event carrying only the date and the words it is given", () => {
    const ics = reminderIcs(
      { date: "2027-03-02", route: "zz-insurance" },
      { title: "可以申请", description: "说明" },
    );
    expect(ics).toContain("DTSTART;VALUE=DATE:20270302");
    expect(ics).toContain("DTEND;VALUE=DATE:20270303");
    expect(ics).toContain("TRIGGER:PT9H");
    expect(
      reminderIcs({ date: "2027-12-31", route: "zz-rental" }, { title: "a", description: "b" }),
    ).toContain("DTEND;VALUE=DATE:20280101");
    expect(ics).toContain("SUMMARY:可以申请");
    expect(ics).not.toMatch(/URL:|ATTENDEE|ORGANIZER/);
  });

  it("counts months the legal way and clamps to the month's end", () => {
    expect(addMonths("2026-12-02", 3)).toBe("2027-03-02");
    expect(addMonths("2026-08-31", 6)).toBe("2027-02-28");
    const reason = (actual: number, term: "满" | "以上" | "超过") => ({
      id: "x",
      status: "unmet" as const,
      threshold: {
        bound: "min" as const,
        value: 6,
        unit: "months" as const,
        term,
        inclusive: term !== "超过",
      },
      actual,
      fields: [],
      citation: { source: "000_aa5a43be4e8a0b7c.txt" as const, clause: "", quote: "", raw: "" },
    });
    expect(monthsToGo(reason(4, "满"))).toBe(2);
    expect(monthsToGo(reason(4, "以上"))).toBe(2);
    expect(monthsToGo(reason(6, "超过"))).toBe(1);
  });
});
