import { getTranslations } from "next-intl/server";
import type { LineView } from "@/lib/prereview/view";

/** A line's state in words and colour: not uploaded, n pages uploaded, accepted, to upload again. */
export async function LineStatus({
  line,
  locale,
}: {
  line: Pick<LineView, "files" | "decision">;
  locale: string;
}) {
  const t = await getTranslations({ locale, namespace: "prereview.line" });
  const d = line.decision?.decision;
  const [text, cls] =
    d === "accepted"
      ? [t("accepted"), "bg-go text-white"]
      : d === "returned"
        ? [t("returned"), "bg-accent text-white"]
        : line.files.length
          ? [t("uploaded", { count: line.files.length }), "bg-panel text-ink"]
          : [t("none"), "border border-ink text-ink"];
  return (
    <span
      className={`rounded-sm px-2 py-0.5 text-sm font-bold ${cls}`}
      data-testid="line-status"
      data-state={d ?? (line.files.length ? "uploaded" : "none")}
    >
      {text}
    </span>
  );
}
