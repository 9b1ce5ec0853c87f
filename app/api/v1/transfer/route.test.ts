import { describe, expect, it } from "vitest";
import { BAD_BODIES } from "@/lib/api/bad-bodies";
import { POST } from "./route";

const post = (body: unknown, headers: Record<string, string> = {}, query = "") =>
  POST(
    new Request(`http://localhost/api/v1/transfer${query}`, {
      method: "POST",
      headers: { "Content-Type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );

const huzhouToShanghai = {
  originProvince: "330000",
  originCity: "330500",
  destProvince: "310000",
  destCity: "310100",
  kind: "spouse",
};

describe("POST /api/v1/transfer", () => {
  it("says Huzhou → Shanghai spouse reunion applies, with two visits and a dated timeline", async () => {
    const res = await post({ ...huzhouToShanghai, asOf: "2026-09-01", approvalDate: "2026-09-30" });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.applies).toBe(true);
    expect(body.visits.map((v: { step: string }) => v.step)).toEqual(["apply", "register"]);
    expect(body.timeline.map((e: { step: string; date: string | null }) => [e.step, e.date])).toEqual([
      ["apply", null],
      ["approve", "2026-09-30"],
      ["cancel", "2026-10-08"],
      ["register", "2026-10-09"],
    ]);
  });

  it("explains why a talent transfer does not apply yet", async () => {
    const body = await (await post({ ...huzhouToShanghai, kind: "talent", asOf: "2026-01-05" })).json();
    expect(body.applies).toBe(false);
    expect(body.timeline).toBeNull();
    expect(body.reasons.find((r: { status: string }) => r.status === "unmet").id).toBe(
      "transfer-kind-to-follow",
    );
  });

  it("defaults asOf to today in China", async () => {
    const body = await (
      await post({ originProvince: "320000", destProvince: "310000", kind: "child" })
    ).json();
    expect(body.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(body.applies).toBe(false);
  });

  it("answers 400 in zh-Hans by default and in zh-Hant when asked, with localized field errors", async () => {
    const hans = await post({ originProvince: "33", destProvince: "310000", kind: "x" });
    expect(hans.status).toBe(400);
    const h = (await hans.json()).error;
    expect(h.locale).toBe("zh-Hans");
    expect(h.fields.map((f: { path: string }) => f.path).sort()).toEqual(["kind", "originProvince"]);
    expect(h.message).toMatch(/错误/);

    const hant = await post({ destProvince: "310000", kind: "spouse" }, { "Accept-Language": "zh-TW" });
    expect(hant.status).toBe(400);
    const t = (await hant.json()).error;
    expect(t.locale).toBe("zh-Hant");
    expect(t.fields).toContainEqual(expect.objectContaining({ path: "originProvince", code: "required" }));
    expect(t.message).toMatch(/錯誤/);

    const forced = (await (await post({}, { "Accept-Language": "zh-CN" }, "?locale=zh-Hant")).json()).error;
    expect(forced.locale).toBe("zh-Hant");
  });

  it.each(BAD_BODIES)("%s → 400 %s", async (_n, raw, code) => {
    const res = await post(raw);
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe(code);
  });

  it.each([
    ["unknown kind", { ...huzhouToShanghai, kind: "work" }, "kind", "invalidOption"],
    ["bad approval date", { ...huzhouToShanghai, approvalDate: "2026-02-30" }, "approvalDate", "invalidDate"],
    ["bad asOf", { ...huzhouToShanghai, asOf: "yesterday" }, "asOf", "invalidDate"],
    ["unknown key", { ...huzhouToShanghai, name: "王" }, "", "unknownField"],
    ["number for a code", { ...huzhouToShanghai, destProvince: 310000 }, "destProvince", "invalidType"],
  ])("%s → 400", async (_n, body, path, code) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    const err = (await res.json()).error;
    expect(err.fields).toContainEqual(expect.objectContaining({ path, code }));
    for (const f of err.fields) expect(f.message).not.toMatch(/Invalid|expected|string/);
  });

  it("never answers 5xx for random JSON", async () => {
    const fc = (await import("fast-check")).default;
    const body = fc.oneof(
      fc.jsonValue(),
      fc.record(
        {
          originProvince: fc.oneof(fc.string(), fc.constantFrom("310000", "330000", "320000")),
          originCity: fc.string(),
          destProvince: fc.oneof(fc.string(), fc.constantFrom("310000", "330000")),
          kind: fc.oneof(fc.string(), fc.constantFrom("spouse", "talent")),
          approvalDate: fc.string(),
        },
        { requiredKeys: [] },
      ),
    );
    await fc.assert(
      fc.asyncProperty(body, async (b) => {
        const res = await post(b);
        expect([200, 400]).toContain(res.status);
      }),
      { numRuns: 300 },
    );
  });
});
