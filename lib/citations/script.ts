// Quotes in the page's script. The source texts are in one script each (青岛's report is in Traditional,
// the others in Simplified); a page in the other script shows the quote converted with the portal's
// one profile (ADR 0007: mainland vocabulary, characters only) and keeps the original one tap away.
// Server-only: the dictionaries never reach the browser.
import * as OpenCC from "opencc-js";
import { toHant } from "@/lib/i18n/hant.mjs";
import type { Citation, SourceFile } from "@/policies/types";

const TRADITIONAL_SOURCES: ReadonlySet<SourceFile> = new Set(["001_213b074b70c971b1.txt"]);
const toHans = OpenCC.Converter({ from: "tw", to: "cn" });

export interface ScriptedQuote {
  /** The quote in the page's script. */
  readonly text: string;
  /** The quote as the source writes it, when that differs from `text` (converted); else null. */
  readonly original: string | null;
  /** The source's script, when converted. */
  readonly from: "zh-Hans" | "zh-Hant" | null;
}

// Converting is slow next to rendering; the quotes are a fixed set.
const cache = new Map<string, ScriptedQuote>();

export function quoteFor(c: Citation, locale: string): ScriptedQuote {
  const key = `${locale}\u0000${c.source}\u0000${c.quote}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const made = convert(c, locale);
  cache.set(key, made);
  return made;
}

function convert(c: Citation, locale: string): ScriptedQuote {
  const original = c.quote;
  const sourceHant = TRADITIONAL_SOURCES.has(c.source);
  const pageHant = locale === "zh-Hant";
  if (sourceHant === pageHant) return { text: original, original: null, from: null };
  const text = pageHant ? toHant(original) : toHans(original);
  return text === original
    ? { text, original: null, from: null }
    : { text, original, from: sourceHant ? "zh-Hant" : "zh-Hans" };
}

/** Words from the policy data (Simplified) in the page's script. */
export const inScript = (s: string, locale: string): string => (locale === "zh-Hant" ? toHant(s) : s);
