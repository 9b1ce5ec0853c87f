import { describe, expect, it } from "vitest";
import { BAD_BODIES } from "@/lib/api/bad-bodies";
import { POST } from "./route";

const post = (body: unknown, headers: Record<string, string> = {}, query = "") =>
  POST(
    new Request(`http://localhost/api/v1/eligibility${query}`, {
      method: "POST",
      headers: { "Content-Type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );

describe("POST /api/v1/eligibility", () => {
  it("returns verdicts with reasons and the next questions", async () => {
    const res = await post({
      city: "qingdao",
      asOf: "2025-06-01",
      answers: { district: "370202", title: "intermediate", birthDate: "1978-01-01" },
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.jurisdiction).toBe("qingdao");
    expect(body.zone).toBe("qd-central");
    const talent = body.routes.find((r: { id: string }) => r.id === "qd-talent");
    expect(talent.verdict).toBe("needs-info");
    expect(talent.reasons.find((x: { id: string }) => x.id === "qd-intermediate-age")).toMatchObject({
      status: "unmet",
      actual: 47,
    });
    expect(body.nextFields).toContain("edu");
  });

  it("defaults asOf to today in China", async () => {
    const body = await (await post({ city: "zhaoqing", answers: { home: "residential" } })).json();
    expect(body.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(body.routes.find((r: { id: string }) => r.id === "zq-home").verdict).toBe("eligible");
  });

  it("answers 400 in zh-Hans by default, with field errors", async () => {
    const res = await post({ city: "qingdao", answers: { edu: "phd", siTotal: -1 } });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.locale).toBe("zh-Hans");
    const paths = body.error.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(["answers.edu", "answers.siTotal"]));
    expect(body.error.message).toMatch(/错误/);
  });

  it.each([
    ["zh-TW", "zh-Hant"],
    ["zh-HK,en;q=0.5", "zh-Hant"],
    ["zh-MO", "zh-Hant"],
    ["zh-Hant-TW", "zh-Hant"],
    ["zh-CN", "zh-Hans"],
    ["en-US", "zh-Hans"],
  ])("Accept-Language %s → %s", async (al, locale) => {
    const body = await (await post({ city: "nowhere" }, { "Accept-Language": al })).json();
    expect(body.error.locale).toBe(locale);
  });

  it("lets ?locale= override the header, and localizes the messages", async () => {
    const body = await (
      await post(
        { city: "qingdao", answers: { district: "410102" } },
        { "Accept-Language": "zh-CN" },
        "?locale=zh-Hant",
      )
    ).json();
    expect(body.error.locale).toBe("zh-Hant");
    expect(body.error.fields[0]).toMatchObject({ path: "answers.district", code: "districtNotInCity" });
    expect(body.error.fields[0].message).toBe("所選區縣不屬於所選城市。");
  });

  it.each(BAD_BODIES)("%s → 400 %s", async (_n, raw, code) => {
    const res = await post(raw);
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe(code);
  });

  it.each([
    ["missing city", { answers: {} }, "city", "required"],
    ["unknown city", { city: "beijing" }, "city", "invalidOption"],
    ["bad asOf", { city: "huzhou", asOf: "2025-02-30" }, "asOf", "invalidDate"],
    ["unknown top-level key", { city: "huzhou", foo: 1 }, "", "unknownField"],
    ["unknown answer key", { city: "huzhou", answers: { foo: 1 } }, "answers", "unknownField"],
    ["answers not an object", { city: "huzhou", answers: 3 }, "answers", "invalidType"],
    ["months too big", { city: "huzhou", answers: { siLast12: 13 } }, "answers.siLast12", "tooBig"],
    [
      "wrong type in an answer",
      { city: "huzhou", answers: { permit: "yes" } },
      "answers.permit",
      "invalidType",
    ],
    ["not an option", { city: "huzhou", answers: { edu: "phd" } }, "answers.edu", "invalidOption"],
    [
      "bad birth date",
      { city: "huzhou", answers: { birthDate: "1990-02-30" } },
      "answers.birthDate",
      "invalidDate",
    ],
    ["city mismatch", { city: "huzhou", answers: { city: "qingdao" } }, "answers.city", "cityMismatch"],
  ])("%s → 400", async (_n, body, path, code) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    const err = (await res.json()).error;
    expect(err.fields).toContainEqual(expect.objectContaining({ path, code }));
    for (const f of err.fields) expect(f.message).not.toMatch(/Invalid|expected|boolean|number|record/); // localized, no zod English
  });
});

describe("POST /api/v1/eligibility never answers 5xx", () => {
  it("for random JSON and mutated answers", async () => {
    const fc = (await import("fast-check")).default;
    const { answersArb } = await import("@/policies/tests/arbitraries");
    const body = fc.oneof(
      fc.jsonValue(),
      fc.record({ city: fc.string(), answers: fc.jsonValue(), asOf: fc.string() }, { requiredKeys: [] }),
      answersArb.map((a) => ({ city: a.city, answers: a })),
      fc
        .tuple(answersArb, fc.string(), fc.jsonValue())
        .map(([a, k, v]) => ({ city: a.city, answers: { ...a, [k]: v } })),
    );
    await fc.assert(
      fc.asyncProperty(body, async (b) => {
        const res = await post(b);
        expect([200, 400]).toContain(res.status);
      }),
      { numRuns: 500 },
    );
  });
});
