import { getTranslations } from "next-intl/server";
import type { LineView } from "@/lib/prereview/view";

/** 一次性告知: every returned line with its reasons and the clerk's note, in one list. */
export async function ReturnedList({
  lines,
  name,
  locale,
}: {
  lines: LineView[];
  name: (l: LineView) => string;
  locale: string;
}) {
  const t = await getTranslations({ locale, namespace: "prereview" });
  if (lines.length === 0) return null;
  return (
    <section
      className="border-4 border-accent p-4"
      aria-labelledby="returned-heading"
      data-testid="returned-list"
    >
      <h2 id="returned-heading" className="mb-2 text-xl font-bold">
        {t("returnedHeading")}
      </h2>
      <ol className="list-decimal space-y-2 pl-6">
        {lines.map((l) => (
          <li key={l.key} data-returned={l.key}>
            <a href={`#line-${l.key}`} className="font-bold">
              {name(l)}
            </a>
            <span className="block">
              {t("reasonLabel")}：
              {(l.decision?.reasons ?? "")
                .split(".")
                .filter((r) => r && t.has(`reasons.${r}`))
                .map((r) => t(`reasons.${r}`))
                .join("；")}
            </span>
            {l.decision?.note ? (
              <span className="block">
                {t("noteLabel")}：{l.decision.note}
              </span>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
