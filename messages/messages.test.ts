import * as OpenCC from "opencc-js";
import { describe, expect, it } from "vitest";
import { sourceTitleKey } from "@/components/result/source-title";
import { hantMessages, toHant } from "@/lib/i18n/hant.mjs";
import { FIELD_NAMES } from "@/policies/fields";
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

  it("every answer field has its question and a short name (errors and summaries name the field)", () => {
    const missing = FIELD_NAMES.flatMap((f) =>
      ["title", "short"].filter((k) => !hansKeys.has(`questions.${f}.${k}`)).map((k) => `${f}.${k}`),
    );
    expect(missing).toEqual([]);
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

  it("zh-Hant is zh-Hans in the one Traditional profile (node scripts/messages-hant.mjs)", () => {
    const mixed = [...flatten(hantMessages(hans) as Tree)].filter(([k, v]) => hantKeys.get(k) !== v);
    expect(mixed.map(([k, v]) => `${k}: ${hantKeys.get(k)} ≠ ${v}`)).toEqual([]);
  });

  it("the profile keeps mainland vocabulary, so a Taiwan-vocabulary string is caught", () => {
    expect(toHant("身份证号、链接、打印、信息、合同")).toBe("身份證號、鏈接、打印、信息、合同");
    const edited = { ...hant, layout: { ...hant.layout, footerPrivacy: "身分證號不會出現在任何連結中。" } };
    const generated = flatten(hantMessages(hans) as Tree);
    const offenders = [...flatten(edited as Tree)].filter(([k, v]) => generated.get(k) !== v);
    expect(offenders.map(([k]) => k)).toEqual(["layout.footerPrivacy"]);
  });

  it("the opencc check does catch Simplified text", () => {
    const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });
    expect(toTraditional("户口迁入")).not.toBe("户口迁入");
  });
});
