import { describe, expect, it } from "vitest";
import { GET } from "./route";

describe("GET /api/v1/policies", () => {
  it("lists jurisdictions, zones, routes, dates, status and citations", async () => {
    const res = GET();
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.jurisdictions.map((j: { id: string }) => j.id)).toEqual([
      "zhengzhou",
      "qingdao",
      "huzhou",
      "zhaoqing",
    ]);
    const hz = body.jurisdictions.find((j: { id: string }) => j.id === "huzhou");
    expect(hz.status).toBe("draft");
    const qd = body.jurisdictions.find((j: { id: string }) => j.id === "qingdao");
    expect(qd.effectiveFrom).toBe("2021-03-15");
    expect(qd.zones.map((z: { id: string }) => z.id)).toEqual(["qd-central", "qd-urban", "qd-county"]);
    expect(qd.zones[0].districts[0]).toMatchObject({ id: "370202", zh: "市南区", hant: "市南區" });
    const talent = qd.routes.find((r: { id: string }) => r.id === "qd-talent");
    expect(talent.conditions["qd-central"].length).toBeGreaterThan(10);
    expect(talent.citation.source).toBe("001_213b074b70c971b1.txt");
    expect(body.transfer.steps).toHaveLength(4);
    expect(body.fields.edu.kind).toBe("enum");
  });
});
