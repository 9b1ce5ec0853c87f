import { describe, expect, it } from "vitest";
import hans from "@/messages/zh-Hans.json";
import { FIELD_NAMES } from "@/policies/fields";
import { optionsFor } from "./options";

type Tree = { [k: string]: string | Tree };
const lookup = (tree: Tree, key: string) =>
  key
    .split(".")
    .reduce<string | Tree | undefined>((t, k) => (typeof t === "object" ? t[k] : undefined), tree);

describe("question options", () => {
  it("every option of every question has a label", () => {
    const missing: string[] = [];
    for (const field of FIELD_NAMES) {
      for (const o of optionsFor(field, { city: "qingdao" }, "zh-Hans")) {
        if (o.labelKey && typeof lookup(hans as Tree, o.labelKey) !== "string") missing.push(o.labelKey);
      }
    }
    expect(missing).toEqual([]);
  });

  it("every question has a title", () => {
    const q = (hans as unknown as { questions: Record<string, { title?: string }> }).questions;
    expect(FIELD_NAMES.filter((f) => !q[f]?.title)).toEqual([]);
  });

  it("district options are the chosen city's, in the page's script, with 不清楚 never offered", () => {
    const hant = optionsFor("district", { city: "qingdao" }, "zh-Hant");
    expect(hant.map((o) => o.label)).toContain("嶗山區");
    expect(hant.some((o) => o.value === "x")).toBe(false);
    expect(optionsFor("district", { city: "zhengzhou" }, "zh-Hans").map((o) => o.value)).toContain(
      "410100-zhengdong",
    );
  });
});
