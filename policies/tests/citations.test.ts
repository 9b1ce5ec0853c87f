import { describe, expect, it } from "vitest";
import { allCitations } from "../catalog";
import { cleanQuote, REPAIRS } from "../cite";
import { JURISDICTIONS } from "../registry";
import { type Citation, SOURCE_FILES } from "../types";
import { readSource } from "./sources";

const texts = new Map(SOURCE_FILES.map((f) => [f, readSource(f)]));
/** Every citation once (materials repeat their conditions' citations). */
const cites = [...new Map(allCitations().map((c) => [`${c.source}|${c.raw}`, c])).values()];
const shown = (pick: (c: Citation) => boolean) => cites.filter(pick).map((c) => c.quote);

describe("citations", () => {
  it("finds citations in every source", () => {
    for (const f of SOURCE_FILES) expect(cites.some((c) => c.source === f)).toBe(true);
  });

  it("cleans only pinyin annotations, the listed garbled runs and line breaks", () => {
    expect(cleanQuote("發(fā)布《意見》在國(境)外")).toBe("發布《意見》在國(境)外");
    expect(cleanQuote("四是无处\n\n可入户口的")).toBe("四是无处可入户口的");
    for (const r of REPAIRS) expect(cleanQuote(`a${r.garbled}b`)).toBe(`a${r.reads}b`);
  });

  it("each repaired run occurs in its source, so the repair table cannot rot", () => {
    for (const r of REPAIRS) expect(texts.get("001_213b074b70c971b1.txt")).toContain(r.garbled);
  });

  it.each(cites.map((c) => [`${c.source} ${c.clause}: ${c.quote.slice(0, 24)}`, c] as const))(
    "raw is verbatim and the shown quote is its clean reading: %s",
    (_name, c) => {
      expect(texts.get(c.source)).toContain(c.raw);
      expect(c.quote).toBe(cleanQuote(c.raw));
      expect(c.quote.length).toBeGreaterThan(4);
      expect(c.clause.length).toBeGreaterThan(0);
      // Nothing a reader of the original would not see: no pinyin, no "?" runs, no line breaks.
      expect(c.quote).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)|\?|\n|。（|ㄗ/);
    },
  );
});

describe("quotes read as the text does (issue 12, requirement 5)", () => {
  it("Zhengzhou's fourth address option keeps '无处' across the page's line break", () => {
    const q = JURISDICTIONS.zhengzhou.routes[0]!.addresses.find((a) => a.id === "zz-community-collective")!;
    expect(q.citation.quote).toBe("四是无处可入户口的,可就近选择社区公共集体户口入户。");
    expect(q.citation.raw).toContain("四是无处\n\n可入户口的");
  });

  it("Qingdao's student clause reads 專科及以上學歷, its raw keeps the page as published", () => {
    expect(shown((c) => c.clause === "§二(一)4")).toContain("4.國內普通高校專科及以上學歷層次的在校大學生;");
    const raw = cites.find((c) => c.quote === "4.國內普通高校專科及以上學歷層次的在校大學生;")!.raw;
    expect(raw).toContain("??萍耙陨蠈W歷");
  });

  it("Qingdao's stable-residence clause is quoted whole and readable", () => {
    const q = shown((c) => c.clause === "§三(一)2" && c.quote.startsWith("在城區"));
    expect(q).toEqual([
      "在城區穩定就業或穩定居住(租賃房屋并辦理租賃合同備案和居住登記)的人員,可申請本人及其近親屬依次在城區近親屬家庭戶、單位集體戶、穩定居住地城鎮社區集體戶落戶。",
    ]);
  });

  it("Qingdao quotes show no pinyin, the raw ones keep it", () => {
    const qd = cites.filter((c) => c.source === "001_213b074b70c971b1.txt");
    expect(qd.some((c) => c.raw.includes("(fā)"))).toBe(true);
    expect(qd.every((c) => !c.quote.includes("(fā)"))).toBe(true);
  });
});
