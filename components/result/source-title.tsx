import { getTranslations } from "next-intl/server";
import type { SourceFile } from "@/policies/types";

/** The message key of a source document's title: its file name without ".txt" (keys cannot hold dots). */
export const sourceTitleKey = (source: SourceFile) => source.replace(/\.txt$/, "");

/** A source document's title in the page's language: the file name alone says nothing to a resident. */
export async function SourceTitle({ source }: { source: SourceFile }) {
  const t = await getTranslations("policy.sourceTitles");
  return <>{t(sourceTitleKey(source))}</>;
}
