import { describe, expect, it } from "vitest";
import { allCitations } from "../catalog";
import { SOURCE_FILES } from "../types";
import { readSource, stripPinyin } from "./sources";

describe("citations", () => {
  const cites = allCitations();
  const texts = new Map(SOURCE_FILES.map((f) => [f, readSource(f)]));

  it("finds citations in every source", () => {
    for (const f of SOURCE_FILES) expect(cites.some((c) => c.source === f)).toBe(true);
  });

  it("strips only pinyin annotations", () => {
    expect(stripPinyin("發(fā)布《意見》在國(境)外")).toBe("發布《意見》在國(境)外");
  });

  it.each(cites.map((c) => [`${c.source} ${c.clause}: ${c.quote.slice(0, 24)}`, c] as const))(
    "quote is verbatim: %s",
    (_name, c) => {
      expect(texts.get(c.source)).toContain(c.quote);
      expect(c.quote.length).toBeGreaterThan(4);
      expect(c.clause.length).toBeGreaterThan(0);
    },
  );
});
