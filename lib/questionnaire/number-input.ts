import { parseChineseNumeral } from "@/lib/text/chinese-numerals";

// What people type for "how many months" or "how many people": full-width digits from a Chinese input
// method ("１４"), a unit after the number ("14个月", "45岁", "2人"), spaces anywhere, or Chinese numerals
// up to 99 ("十四"). Anything else stays as typed and gets a message saying what to type.
const UNIT = /(个月|個月|月|周岁|週歲|岁|歲|人|个|個|名|位)$/;

/** The answer as plain ASCII digits when it reads as a whole number, else the text trimmed. */
export function normalizeCount(raw: string): string {
  const text = raw.normalize("NFKC").replace(/\s+/g, "");
  const bare = text.replace(UNIT, "");
  if (/^\d{1,9}$/.test(bare)) return String(Number(bare));
  const n = parseChineseNumeral(bare);
  return n === undefined ? raw.trim() : String(n);
}
