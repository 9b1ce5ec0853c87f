import type { Citation, SourceFile } from "./types";

/** Qingdao's page carries pinyin after some characters, e.g. "發(fā)布": a reader sees "發布". */
const PINYIN = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g;

/**
 * Runs the page garbled, each with the text a reader of the original sees and why we are sure of it.
 * Only these are repaired; a test proves each garbled run occurs in its source and nowhere in a quote's
 * display text.
 */
export const REPAIRS: readonly { readonly garbled: string; readonly reads: string; readonly why: string }[] =
  [
    {
      // 001 §二(一)4: the same sentence goes on "在國(境)外高等院校留學的專科及以上學歷層次在校大學生".
      garbled: "??萍耙陨蠈W歷",
      reads: "專科及以上學歷",
      why: "mis-encoded run; the parallel clause of the same sentence reads 專科及以上學歷",
    },
    {
      // 001 §三(一)2: "穩定就業或穩定居住(租賃房屋并辦理租賃合同備案和居住登記)".
      garbled: "居?。ㄗ赓U房屋",
      reads: "居住(租賃房屋",
      why: "mis-encoded run; 穩定居住 is the route's name in the same sentence and 租賃合同 follows",
    },
  ];

/**
 * The clause as its reader sees it: pinyin annotations removed, the garbled runs above repaired, and
 * a line break inside a sentence joined (Zhengzhou's fourth address option is split "四是无处" /
 * "可入户口的": cut at the break it reads as the opposite).
 */
export const cleanQuote = (raw: string): string => {
  let s = raw.replace(PINYIN, "");
  for (const r of REPAIRS) s = s.split(r.garbled).join(r.reads);
  return s.replace(/[ \t]*\n\s*/g, "");
};

/** Returns a citation maker bound to one source file; `raw` is copied byte for byte from the file. */
export const citer =
  (source: SourceFile) =>
  (clause: string, raw: string): Citation =>
    Object.freeze({ source, clause, quote: cleanQuote(raw), raw });
