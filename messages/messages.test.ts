import * as OpenCC from "opencc-js";
import { describe, expect, it } from "vitest";
import { sourceTitleKey } from "@/components/result/source-title";
import { SOURCE_FILES } from "@/policies/types";
import hans from "./zh-Hans.json";
import hant from "./zh-Hant.json";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const hansKeys = flatten(hans as Tree);
const hantKeys = flatten(hant as Tree);

// Proper nouns and quotations that must keep Simplified characters even on Traditional pages:
// the other locale's own name in the language switcher.
const allowSimplified = new Set(["layout.localeName.zh-Hans"]);

describe("message catalogues", () => {
  it("zh-Hant has every key zh-Hans has", () => {
    expect([...hansKeys.keys()].filter((k) => !hantKeys.has(k))).toEqual([]);
  });

  it("zh-Hans has every key zh-Hant has", () => {
    expect([...hantKeys.keys()].filter((k) => !hansKeys.has(k))).toEqual([]);
  });

  it("every source document has a title in both scripts", () => {
    for (const file of SOURCE_FILES) {
      const key = sourceTitleKey(file);
      expect(hans.policy.sourceTitles, file).toHaveProperty([key]);
      expect(hant.policy.sourceTitles, file).toHaveProperty([key]);
    }
  });

  it("no message is empty", () => {
    const empty = [...hansKeys, ...hantKeys].filter(([, v]) => v.trim() === "").map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it("zh-Hant strings contain no Simplified-only characters", () => {
    const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });
    const offenders: string[] = [];
    for (const [key, text] of hantKeys) {
      if (allowSimplified.has(key)) continue;
      const converted = toTraditional(text);
      const chars = [...text];
      const bad = [...converted].map((c, i) => (c !== chars[i] ? `${chars[i]}→${c}` : null)).filter(Boolean);
      if (bad.length > 0) offenders.push(`${key}: ${bad.join(" ")}`);
    }
    expect(offenders).toEqual([]);
  });

  it("the opencc check does catch Simplified text", () => {
    const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });
    expect(toTraditional("户口迁入")).not.toBe("户口迁入");
  });
});
