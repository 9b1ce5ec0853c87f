import { describe, expect, it } from "vitest";
import { can, STAFF_ACTIONS, type StaffAction, type StaffMember } from "./can";
import { parseGrant, scopeCovers } from "./grants";

/** 中原 and 二七 are in 郑州 (4101); 吴兴 is in 湖州 (3305). */
const OFFICES = [
  { id: "410102-station", districtCode: "410102" },
  { id: "410103-station", districtCode: "410103" },
  { id: "330502-station", districtCode: "330502" },
];

function member(...grants: string[]): StaffMember {
  return {
    id: "x",
    username: "x",
    name: "x",
    grants: grants.map((text) => {
      const g = parseGrant(text)!;
      return {
        ...g,
        officeIds: OFFICES.filter((o) => scopeCovers(g.scope, o.id, o.districtCode)).map((o) => o.id),
      };
    }),
  };
}

const people = {
  clerk中原: member("clerk:410102-station"),
  clerkBoth: member("clerk:410102-station", "clerk:410103-station"),
  admin中原: member("office_admin:410102-station"),
  city郑州: member("city_admin:4101"),
  auditor郑州: member("auditor:4101"),
  auditorAll: member("auditor:*"),
};

/** Written out by hand from the role descriptions: Y = allowed at 中原 / 二七 / 吴兴. */
const MATRIX: Record<keyof typeof people, Record<StaffAction, string>> = {
  clerk中原: {
    "day.view": "Y--",
    "person.view": "Y--",
    "counter.operate": "Y--",
    review: "Y--",
    "office.view": "---",
    "office.edit": "---",
    "staff.manage": "---",
    "stats.view": "---",
    "audit.view": "---",
  },
  clerkBoth: {
    "day.view": "YY-",
    "person.view": "YY-",
    "counter.operate": "YY-",
    review: "YY-",
    "office.view": "---",
    "office.edit": "---",
    "staff.manage": "---",
    "stats.view": "---",
    "audit.view": "---",
  },
  admin中原: {
    "day.view": "Y--",
    "person.view": "Y--",
    "counter.operate": "Y--",
    review: "Y--",
    "office.view": "Y--",
    "office.edit": "Y--",
    "staff.manage": "Y--",
    "stats.view": "Y--",
    "audit.view": "---",
  },
  city郑州: {
    "day.view": "---",
    "person.view": "---",
    "counter.operate": "---",
    review: "---",
    "office.view": "YY-",
    "office.edit": "YY-",
    "staff.manage": "YY-",
    "stats.view": "YY-",
    "audit.view": "---",
  },
  auditor郑州: {
    "day.view": "---",
    "person.view": "---",
    "counter.operate": "---",
    review: "---",
    "office.view": "YY-",
    "office.edit": "---",
    "staff.manage": "---",
    "stats.view": "YY-",
    "audit.view": "YY-",
  },
  auditorAll: {
    "day.view": "---",
    "person.view": "---",
    "counter.operate": "---",
    review: "---",
    "office.view": "YYY",
    "office.edit": "---",
    "staff.manage": "---",
    "stats.view": "YYY",
    "audit.view": "YYY",
  },
};

describe("can(): the authorisation matrix, role × office × action", () => {
  for (const [who, row] of Object.entries(MATRIX)) {
    it(who, () => {
      const staff = people[who as keyof typeof people];
      const actual: Record<string, string> = {};
      for (const action of Object.keys(STAFF_ACTIONS) as StaffAction[]) {
        actual[action] = OFFICES.map((o) => (can(staff, action, o.id) ? "Y" : "-")).join("");
      }
      expect(actual).toEqual(row);
    });
  }
  it("nobody signed in may do anything; an unknown office is nobody's", () => {
    for (const action of Object.keys(STAFF_ACTIONS) as StaffAction[]) {
      expect(can(null, action, "410102-station")).toBe(false);
      expect(can(people.auditorAll, action, "999999-nowhere")).toBe(false);
    }
  });
  it("grants are parsed strictly: a clerk of a city or a city admin of one office is refused", () => {
    expect(parseGrant("clerk:4101")).toBeNull();
    expect(parseGrant("office_admin:*")).toBeNull();
    expect(parseGrant("city_admin:410102-station")).toBeNull();
    expect(parseGrant("auditor:410102-station")).toBeNull();
    expect(parseGrant("root:*")).toBeNull();
    expect(parseGrant("clerk:410102-station")).toEqual({ role: "clerk", scope: "410102-station" });
  });
});
