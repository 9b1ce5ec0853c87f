import { describe, expect, it } from "vitest";
import { answersSchema } from "../answers";
import { FIELD_META, FIELD_NAMES } from "../fields";

const ok = (a: unknown) => answersSchema.safeParse(a).success;

describe("answers schema and field metadata agree", () => {
  it.each(FIELD_NAMES.map((f) => [f] as const))("%s", (f) => {
    const m = FIELD_META[f];
    const base = f === "district" ? { city: "qingdao" } : {};
    expect(ok({ ...base, [f]: "unknown" })).toBe(m.unknown);
    expect(ok({ ...base, [f]: undefined })).toBe(true);
    switch (m.kind) {
      case "enum":
        for (const v of m.values!) if (f !== "district") expect(ok({ [f]: v })).toBe(true);
        expect(ok({ ...base, [f]: "nonsense" })).toBe(false);
        break;
      case "months":
      case "number":
        expect(ok({ [f]: m.min })).toBe(true);
        expect(ok({ [f]: m.max })).toBe(true);
        expect(ok({ [f]: m.max! + 1 })).toBe(false);
        expect(ok({ [f]: m.min! - 1 })).toBe(false);
        expect(ok({ [f]: 1.5 })).toBe(false);
        break;
      case "boolean":
        expect(ok({ [f]: true })).toBe(true);
        expect(ok({ [f]: "yes" })).toBe(false);
        break;
      case "date":
        expect(ok({ [f]: "2000-02-29" })).toBe(true);
        expect(ok({ [f]: "2001-02-29" })).toBe(false);
        expect(ok({ [f]: "2001-2-3" })).toBe(false);
        break;
      case "code":
        expect(ok({ [f]: "330500" })).toBe(true);
        expect(ok({ [f]: "3305" })).toBe(false);
        break;
    }
  });

  it("rejects unknown keys (typos in shared links are reported, not ignored)", () => {
    expect(ok({ city: "qingdao", eduu: "master" })).toBe(false);
  });

  it("requires the district to belong to the city", () => {
    expect(ok({ city: "qingdao", district: "370202" })).toBe(true);
    const r = answersSchema.safeParse({ city: "qingdao", district: "410102" });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]).toMatchObject({ path: ["district"], params: { key: "districtNotInCity" } });
  });
});

describe("snapshot", () => {
  it("copies exactly the fields of the table, in order", async () => {
    const { snapshot } = await import("../snapshot");
    expect(Object.keys(snapshot({}))).toEqual(FIELD_NAMES);
  });
});
