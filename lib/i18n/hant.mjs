// The one zh-Hant profile (docs/adr/0007-traditional-chinese.md): mainland vocabulary in Traditional
// characters — OpenCC's Simplified→Traditional character conversion with Taiwan glyph standards, no
// phrase (vocabulary) substitution — plus the few corrections below where OpenCC picks the wrong
// character. Plain JavaScript so that scripts/messages-hant.mjs and the tests share it.
import * as OpenCC from "opencc-js";

const characters = OpenCC.Converter({ from: "cn", to: "tw" });

/** [what OpenCC writes, what it should be]: one-to-many characters it resolves wrongly in our texts. */
export const HANT_FIXES = [
  ["天后", "天後"], // "90 天后删除": after, not the sea goddess
  ["網籤", "網簽"], // 网签 (online-signed contract)
];

const fixes = OpenCC.CustomConverter(HANT_FIXES);

/** A Simplified string in the portal's Traditional. */
export const toHant = (text) => fixes(characters(text));

/** Keys whose zh-Hant text is not a conversion: the other script's own name in the language switcher. */
export const HANT_KEEP = new Set(["layout.localeName.zh-Hans"]);

/** zh-Hant messages generated from zh-Hans (same keys, same order). */
export function hantMessages(hans, prefix = "") {
  const out = {};
  for (const [key, value] of Object.entries(hans)) {
    const path = prefix ? `${prefix}.${key}` : key;
    out[key] =
      typeof value === "string" ? (HANT_KEEP.has(path) ? value : toHant(value)) : hantMessages(value, path);
  }
  return out;
}
