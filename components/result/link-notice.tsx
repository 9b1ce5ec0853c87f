import { getTranslations } from "next-intl/server";
import type { LoadedAnswers } from "@/lib/questionnaire/load";
import { questionUrl, restartUrl } from "@/lib/questionnaire/urls";

/**
 * What a damaged, old or unfinished link gets instead of an error: what happened, and two ways on —
 * keep the valid part or start again.
 */
export async function LinkNotice({
  loaded,
  locale,
  path,
}: {
  loaded: LoadedAnswers;
  locale: string;
  path: string;
}) {
  const t = await getTranslations({ locale, namespace: "link" });
  const q = await getTranslations({ locale, namespace: "questions" });
  const { decoded, state, repairedQuery } = loaded;
  if (repairedQuery === null && state.next === null) return null;
  return (
    <div
      className="no-print mb-6 border-l-4 border-brand bg-panel p-4"
      role="status"
      data-testid="link-notice"
    >
      {decoded.version === "unsupported" ? <p className="font-bold">{t("unsupportedVersion")}</p> : null}
      {decoded.version === "missing" && decoded.invalid.length === 0 && repairedQuery ? (
        <p className="font-bold">{t("missingVersion")}</p>
      ) : null}
      {decoded.invalid.length > 0 ? (
        <>
          <p className="font-bold">{t("invalidParts", { count: decoded.invalid.length })}</p>
          <ul className="list-disc pl-6">
            {decoded.invalid.map((f) => (
              <li key={f}>{q(`${f}.title`)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {state.next ? <p>{t("unfinished")}</p> : null}
      <p className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
        {repairedQuery !== null ? (
          <a href={`/${locale}${path}?${repairedQuery}`} className="inline-flex min-h-11 items-center">
            {t("keepValid")}
          </a>
        ) : null}
        {state.next ? (
          <a
            href={questionUrl(locale, state.next, state.answers)}
            className="inline-flex min-h-11 items-center"
          >
            {t("continue")}
          </a>
        ) : null}
        <a href={restartUrl(locale)} className="inline-flex min-h-11 items-center">
          {t("restart")}
        </a>
      </p>
    </div>
  );
}
