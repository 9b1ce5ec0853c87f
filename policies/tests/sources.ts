// Test helper: the source texts as the citation check reads them.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { SourceFile } from "../types";

/** Qingdao's text carries pinyin annotations after some characters, e.g. "發(fā)布"; quotes omit them. */
export const stripPinyin = (s: string): string => s.replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g, "");

export const readSource = (file: SourceFile): string =>
  stripPinyin(readFileSync(path.join(import.meta.dirname, "../../docs/sources", file), "utf8"));
