// Where a quote comes from, for people: the document's title and its own numbering in words
// ("青岛市人民政府《关于进一步深化户籍制度改革的意见》…，第二条第（一）项第2目") — never a file name or ¶/§.
// Shared by the result, transfer and checklist pages.
import type { Citation } from "@/policies/types";
import { clauseInWords } from "./locator";
import { inScript } from "./script";

type T = (key: string, values?: Record<string, string | number>) => string;

/** The message key of a source document's title: its file name without ".txt" (keys cannot hold dots). */
export const sourceTitleKey = (source: Citation["source"]) => source.replace(/\.txt$/, "");

/** `t` is the root translator of the page's locale. */
export function citationWhere(c: Citation, locale: string, t: T): string {
  return t("citation.where", {
    title: t(`policy.sourceTitles.${sourceTitleKey(c.source)}`),
    clause: clauseInWords(
      c.source,
      c.clause,
      (k, v) => t(`citation.locator.${k}`, v),
      (s) => inScript(s, locale),
    ),
  });
}
