import { describe, expect, it } from "vitest";
import { bookingIcs } from "./ics";
import { officeById } from "./offices";
import { parseBookQuery } from "./url";
import type { BookingView } from "./view";

const view: BookingView = {
  reference: "HK-7F3K-9QX2",
  status: "confirmed",
  officeId: "330502-hall",
  businessType: "cross-province-transfer",
  routeId: null,
  date: "2026-12-01",
  start: "09:10",
  end: "09:30",
  startsAt: "2026-12-01T01:10:00.000Z",
  endsAt: "2026-12-01T01:30:00.000Z",
  nameMasked: "张*",
  idMasked: "**************123X",
  phoneMasked: "*******8000",
  checklistUrl: "/zh-Hans/checklist?c=1",
  sequence: 2,
  createdAt: "2026-11-22T00:00:00.000Z",
};

describe(".ics", () => {
  it("has UID, SEQUENCE, UTC times, a reminder the day before, and no personal data", () => {
    const ics = bookingIcs(view, officeById("330502-hall")!, "zh-Hans", "https://example.org");
    expect(ics).toContain("UID:HK-7F3K-9QX2@hukou-portal");
    expect(ics).toContain("SEQUENCE:2");
    expect(ics).toContain("DTSTART:20261201T011000Z");
    expect(ics).toContain("X-WR-TIMEZONE:Asia/Shanghai");
    expect(ics).toMatch(/BEGIN:VALARM[\s\S]*TRIGGER:-P1D[\s\S]*END:VALARM/);
    expect(ics).toContain("跨省迁移");
    expect(ics).not.toContain("张");
    expect(ics).not.toContain("123X");
  });

  it("is sent as cancelled after a cancellation", () => {
    const ics = bookingIcs(
      { ...view, status: "cancelled", sequence: 3 },
      officeById("330502-hall")!,
      "zh-Hant",
      "https://example.org",
    );
    expect(ics).toContain("STATUS:CANCELLED");
    expect(ics).toContain("遷移");
  });
});

describe("booking URL contract", () => {
  it("reads district, business (with aliases), route, checklist and choices", () => {
    expect(
      parseBookQuery({
        district: "410105",
        business: "settle",
        route: "zz-rental",
        checklist: "/zh-Hans/checklist?x=1",
        office: "410105-hall",
        date: "2026-12-01",
        time: "09:10",
      }),
    ).toEqual({
      district: "410105",
      business: "settlement",
      route: "zz-rental",
      checklist: "/zh-Hans/checklist?x=1",
      office: "410105-hall",
      date: "2026-12-01",
      time: "09:10",
    });
    expect(
      parseBookQuery({
        business: "cross-province",
        checklist: "https://evil.example",
        district: "x",
        office: "nope",
      }),
    ).toEqual({
      business: "cross-province-transfer",
      district: undefined,
      route: undefined,
      checklist: undefined,
      office: undefined,
      date: undefined,
      time: undefined,
    });
  });
});
