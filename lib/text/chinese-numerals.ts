// Chinese numerals 0–99 both ways: "十四" ↔ 14. For answers typed with an input method, and for the
// paragraph numbers of citations ("第一段").
const DIGITS = "零一二三四五六七八九";
const VALUE: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** "十四" → 14, "二十" → 20, "九十九" → 99, "两" → 2; undefined for anything else (incl. 100 and up). */
export function parseChineseNumeral(s: string): number | undefined {
  const m = /^([一二两兩三四五六七八九])?十([一二三四五六七八九])?$/.exec(s);
  if (m) return (m[1] ? VALUE[m[1]]! : 1) * 10 + (m[2] ? VALUE[m[2]]! : 0);
  return s.length === 1 ? VALUE[s] : undefined;
}

/** 14 → "十四", 20 → "二十", 3 → "三" (0–99; larger numbers as digits). */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : DIGITS[tens]}十${ones === 0 ? "" : DIGITS[ones]}`;
}
