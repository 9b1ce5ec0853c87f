// A citation's clause locator ("§二(一)3", "三¶1", "02.1", "01(三)", "工作流程 二(三)") in the words of
// the document's own numbering ("第二条第（一）项第3目", "第三部分第一段"), for people. The locators are
// written per document (policies/*.ts); each document numbers its parts its own way, so the top level
// reads as 条 (青岛's opinion, the transfer's work flow) or 部分 (the reports and the draft).
import { toChineseNumeral } from "@/lib/text/chinese-numerals";
import type { SourceFile } from "@/policies/types";

/** Message keys under "citation.locator" and their parameters, in reading order. */
export type LocatorPart =
  | { key: "lead" | "lastParagraph" }
  | { key: "part" | "article" | "item" | "itemParen" | "paragraph"; n: string }
  | { key: "point"; n: string }
  | { key: "section"; name: string };

const ARTICLES: ReadonlySet<SourceFile> = new Set(["001_213b074b70c971b1.txt"]);
const PAREN_ITEMS: ReadonlySet<SourceFile> = new Set([
  "001_213b074b70c971b1.txt",
  "002_d61a7162243168b2.txt",
  "004_a966a1bec2c2d2ee.txt",
]);

const NUMERAL = "[一二三四五六七八九十]+";
const arabicToNumeral = (s: string) => toChineseNumeral(Number(s));

/** The locator split into parts; unknown shapes become a named section, never the raw signs. */
export function locatorParts(source: SourceFile, clause: string): LocatorPart[] {
  const out: LocatorPart[] = [];
  let rest = clause.trim();
  const top = ARTICLES.has(source) ? "article" : "part";
  const itemKey = PAREN_ITEMS.has(source) ? "itemParen" : "item";
  // A named section first ("入户地址 一", "工作流程 二(三)", "据介绍¶", "以往¶"): words before the numbering.
  const named = /^([^§¶\s\d一二三四五六七八九十(（][^§¶\s]*?)(?:\s+|¶|末段|$)/.exec(rest);
  if (named && named[1] !== "导语") {
    out.push({ key: "section", name: named[1]! });
    rest = rest.slice(named[1]!.length).trim();
    if (rest.startsWith("¶")) rest = rest.slice(1);
  }
  if (rest === "导语") return [{ key: "lead" }];
  rest = rest.replace(/^§/, "");
  // 02.1 / 02 / 01(三) (湖州: two-digit parts)
  const two = /^(\d{2})(?:\.(\d+)|\((\S+?)\))?/.exec(rest);
  if (two) {
    out.push({ key: "part", n: arabicToNumeral(two[1]!) });
    if (two[2]) out.push({ key: "item", n: two[2] });
    if (two[3]) out.push({ key: itemKey, n: two[3] });
    rest = rest.slice(two[0].length).trim();
  } else {
    const m = new RegExp(`^(${NUMERAL})(?:\\((${NUMERAL})\\))?(\\d+)?`).exec(rest);
    if (m) {
      // Inside a named section the top level reads as an article ("工作流程" 第二条) or a numbered way.
      out.push({ key: out.length > 0 && !m[2] && !m[3] ? "item" : top, n: m[1]! });
      if (m[2]) out.push({ key: itemKey, n: m[2] });
      if (m[3]) out.push({ key: "point", n: m[3] });
      rest = rest.slice(m[0].length).trim();
    }
  }
  const para = /^¶(\d+)/.exec(rest);
  if (para) {
    out.push({ key: "paragraph", n: arabicToNumeral(para[1]!) });
    rest = rest.slice(para[0].length).trim();
  }
  if (rest.startsWith("末段")) out.push({ key: "lastParagraph" });
  return out;
}

type T = (key: string, values?: Record<string, string>) => string;

/**
 * The clause in words, e.g. "第二条第（一）项第3目". `t` reads "citation.locator"; `name` renders a named
 * section's own words in the page's script (they come from the policy data, in Simplified).
 */
export function clauseInWords(
  source: SourceFile,
  clause: string,
  t: T,
  name: (s: string) => string = (s) => s,
): string {
  return locatorParts(source, clause)
    .map((p) => ("name" in p ? t(p.key, { name: name(p.name) }) : "n" in p ? t(p.key, { n: p.n }) : t(p.key)))
    .join("");
}
