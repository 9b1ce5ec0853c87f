import ICAL from "ical.js";
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
    expect(ics).toMatch(/\r\nTRIGGER:-P1D\r\n/);
    expect(ics).toContain("跨省迁移");
    expect(ics).not.toContain("张");
    expect(ics).not.toContain("123X");
  });

  it("parses as RFC 5545 with a maintained parser (ical.js): event, alarm -P1D, links on the public origin", () => {
    const text = bookingIcs(view, officeById("330502-hall")!, "zh-Hans", "https://hukou.example.gov.cn");
    const calendar = new ICAL.Component(ICAL.parse(text));
    const vevent = calendar.getFirstSubcomponent("vevent")!;
    const event = new ICAL.Event(vevent);
    expect(event.uid).toBe("HK-7F3K-9QX2@hukou-portal");
    expect(event.startDate.toJSDate().toISOString()).toBe("2026-12-01T01:10:00.000Z");
    expect(event.endDate.toJSDate().toISOString()).toBe("2026-12-01T01:30:00.000Z");
    const alarm = vevent.getFirstSubcomponent("valarm")!;
    const trigger = alarm.getFirstPropertyValue("trigger") as InstanceType<typeof ICAL.Duration>;
    expect(trigger.toString()).toBe("-P1D");
    expect(trigger.toSeconds()).toBe(-86_400);
    expect(alarm.getFirstPropertyValue("action")).toBe("DISPLAY");
    expect(event.description).toContain("https://hukou.example.gov.cn/zh-Hans/checklist?c=1");
  });

  it.each([
    "/%09/evil.example/phish",
    "/%0a/evil.example/phish",
    "//evil.example/phish",
    "/\\evil.example/phish",
    "javascript:alert(1)",
  ])("never prints a stored off-site link (%s)", (link) => {
    const text = bookingIcs(
      { ...view, checklistUrl: link },
      officeById("330502-hall")!,
      "zh-Hans",
      "https://a.example",
    );
    expect(text).not.toContain("evil");
    expect(text).not.toContain("javascript");
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
