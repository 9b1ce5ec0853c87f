import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FIELD_META, FIELD_NAMES } from "@/policies/fields";
import { decodeAnswers, encodeAnswers } from "./codec";
import { FIELD_BY_KEY, LINK_KEYS, SHORT_KEYS } from "./keys";

const sample = {
  city: "zhengzhou",
  district: "410105",
  birthDate: "1979-11-22",
  origin: "other-city",
  renting: true,
  leaseFiled: "unknown",
  rentMonths: 12,
  withChildren: 2,
} as const;

describe("short keys (the v=1 link contract)", () => {
  it("every answer field has a key, and no two fields share one", () => {
    expect(Object.keys(SHORT_KEYS).sort()).toEqual([...FIELD_NAMES].sort());
    expect(new Set(Object.values(SHORT_KEYS)).size).toBe(FIELD_NAMES.length);
  });

  it("no answer key collides with the link's own keys or the form's", () => {
    for (const reserved of [...Object.values(LINK_KEYS), "go", "ret", "unk"])
      expect(FIELD_BY_KEY.get(reserved)).toBeUndefined();
  });

  it("keys stay as published: a renamed key would break every shared link", () => {
    expect(SHORT_KEYS).toMatchObject({
      city: "c",
      district: "d",
      birthDate: "b",
      rentMonths: "rn",
      permitMonths: "pm",
    });
  });
});

describe("encode / decode", () => {
  it("round-trips answers, with v=1 first and short keys", () => {
    const query = encodeAnswers(sample);
    expect(query.startsWith("v=1&c=zhengzhou&d=410105")).toBe(true);
    expect(query).toContain("lf=x");
    expect(query).toContain("r=1");
    const decoded = decodeAnswers(new URLSearchParams(query));
    expect(decoded.answers).toEqual(sample);
    expect(decoded.invalid).toEqual([]);
    expect(decoded.version).toBe("current");
  });

  it("holds no personal data: only the schema's fields survive", () => {
    const decoded = decodeAnswers(
      new URLSearchParams("v=1&c=qingdao&name=张三&id=110101199003077777&phone=13800138000"),
    );
    expect(decoded.answers).toEqual({ city: "qingdao" });
    expect(encodeAnswers(decoded.answers)).toBe("v=1&c=qingdao");
  });

  it("drops a tampered value and keeps the rest", () => {
    const decoded = decodeAnswers(new URLSearchParams("v=1&c=zhengzhou&d=410105&rn=abc&pm=99999&r=1"));
    expect(decoded.answers).toEqual({ city: "zhengzhou", district: "410105", renting: true });
    expect(decoded.invalid.sort()).toEqual(["permitMonths", "rentMonths"]);
  });

  it("drops a district that is not in the chosen city", () => {
    const decoded = decodeAnswers(new URLSearchParams("v=1&c=qingdao&d=410105"));
    expect(decoded.answers).toEqual({ city: "qingdao" });
    expect(decoded.invalid).toEqual(["district"]);
  });

  it("survives Next's searchParams for keys named after Object.prototype members", () => {
    const next = { toString: [Object.prototype.toString, ""], c: "huzhou", v: "1" } as never;
    expect(decodeAnswers(next).answers).toEqual({ city: "huzhou" });
  });

  it("reports a missing or unknown version", () => {
    expect(decodeAnswers(new URLSearchParams("c=huzhou")).version).toBe("missing");
    expect(decodeAnswers(new URLSearchParams("v=9&c=huzhou")).version).toBe("unsupported");
  });

  it("never throws, whatever the query", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.oneof(fc.constantFrom(...Object.values(SHORT_KEYS), "__proto__", "constructor"), fc.string()),
            fc.string(),
          ),
          { maxLength: 30 },
        ),
        (pairs) => {
          const decoded = decodeAnswers(new URLSearchParams(pairs));
          // What survives always re-encodes and decodes to itself.
          expect(decodeAnswers(new URLSearchParams(encodeAnswers(decoded.answers))).answers).toEqual(
            decoded.answers,
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("accepts 不清楚 only where the field allows it", () => {
    const allows = FIELD_NAMES.filter((f) => FIELD_META[f].unknown);
    const refuses = FIELD_NAMES.filter((f) => !FIELD_META[f].unknown && f !== "city");
    expect(decodeAnswers(new URLSearchParams(`v=1&${SHORT_KEYS[allows[0]!]}=x`)).invalid).toEqual([]);
    expect(decodeAnswers(new URLSearchParams(`v=1&${SHORT_KEYS[refuses[0]!]}=x`)).invalid).toEqual([
      refuses[0],
    ]);
  });
});
