import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { FlowNav } from "@/components/flow/flow-nav";
import { primaryButton } from "@/components/ui/styles";
import { decodeAnswers, type QueryInput } from "@/lib/answers-url/codec";
import { shanghaiToday } from "@/lib/calendar/shanghai-time";
import { displayAnswer } from "@/lib/questionnaire/display";
import { replay } from "@/lib/questionnaire/flow";
import { questionUrl, RETURN_TO_ANSWERS, restartUrl, resultUrl } from "@/lib/questionnaire/urls";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<QueryInput> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "answers" });
  return { title: t("title") };
}

/** GOV.UK "check your answers": every answer with a 修改 link that comes back here. */
export default async function CheckAnswersPage({ params, searchParams }: Props) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  // `given` keeps answers a change made irrelevant, so that changing back restores them (ADR 0009);
  // the result link carries only the answers on the path.
  const given = decodeAnswers(query).answers;
  const state = replay(given, shanghaiToday());
  if (state.next) redirect(questionUrl(locale, state.next, given));
  const [t, q, flow, root] = await Promise.all([
    getTranslations({ locale, namespace: "answers" }),
    getTranslations({ locale, namespace: "questions" }),
    getTranslations({ locale, namespace: "flow" }),
    getTranslations({ locale }),
  ]);
  const last = state.path.at(-1);
  return (
    <div className="space-y-6">
      <FlowNav
        back={last ? questionUrl(locale, last, given) : null}
        backLabel={flow("back")}
        restartHref={restartUrl(locale)}
        restartLabel={flow("restart")}
      />
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <dl className="divide-y divide-line border-y border-line">
        {state.path.map((field) => (
          <div key={field} className="grid gap-1 py-3 sm:grid-cols-[2fr_2fr_auto] sm:gap-4">
            <dt className="font-bold">{q(`${field}.title`)}</dt>
            <dd data-testid={`answer-${field}`}>{displayAnswer(field, state.answers, locale, root)}</dd>
            <dd>
              <a
                href={questionUrl(locale, field, given, RETURN_TO_ANSWERS)}
                className="inline-flex min-h-11 items-center"
                data-testid={`change-${field}`}
              >
                {t("change")}
                <span className="sr-only">{q(`${field}.title`)}</span>
              </a>
            </dd>
          </div>
        ))}
      </dl>
      <p>{t("confirmText")}</p>
      <a href={resultUrl(locale, state.answers)} className={primaryButton}>
        {t("seeResult")}
      </a>
    </div>
  );
}
