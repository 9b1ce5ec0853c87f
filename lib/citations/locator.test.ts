import { describe, expect, it } from "vitest";
import hans from "@/messages/zh-Hans.json";
import { allCitations } from "@/policies";
import type { SourceFile } from "@/policies/types";
import { clauseInWords } from "./locator";

const words = hans.citation.locator as Record<string, string>;
const t = (key: string, v: Record<string, string> = {}) =>
  words[key]!.replace(/\{(\w+)\}/g, (_, k: string) => v[k] ?? "");
const ZZ = "000_aa5a43be4e8a0b7c.txt" as SourceFile;
const QD = "001_213b074b70c971b1.txt" as SourceFile;
const HZ = "002_d61a7162243168b2.txt" as SourceFile;
const ZQ = "003_d992fc79af3e1999.txt" as SourceFile;
const HS = "004_a966a1bec2c2d2ee.txt" as SourceFile;

describe("clause locators in words", () => {
  it.each([
    [ZZ, "三¶1", "第三部分第一段"],
    [ZZ, "导语", "导语"],
    [ZZ, "入户地址 二", "“入户地址”一节第二项"],
    [ZZ, "中心城区", "“中心城区”一节"],
    [QD, "§二(一)3", "第二条第（一）项第3目"],
    [QD, "§二", "第二条"],
    [QD, "§六 末段", "第六条最后一段"],
    [HZ, "02.1", "第二部分第1项"],
    [HZ, "01(三)", "第一部分第（三）项"],
    [HZ, "02 末段", "第二部分最后一段"],
    [ZQ, "§一(一)", "第一部分第一项"],
    [HS, "工作流程 二(三)", "“工作流程”一节第二部分第（三）项"],
    [HS, "以往¶", "“以往”一节"],
    [HS, "据介绍末段", "“据介绍”一节最后一段"],
  ] as const)("%s %s → %s", (source, clause, want) => expect(clauseInWords(source, clause, t)).toBe(want));

  it("no citation of the library is shown with ¶, § or an empty locator", () => {
    for (const c of allCitations()) {
      const w = clauseInWords(c.source, c.clause, t);
      expect(w, c.clause).not.toMatch(/[¶§]|\{|^$/);
    }
  });
});
