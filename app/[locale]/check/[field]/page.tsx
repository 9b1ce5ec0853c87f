import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { FlowNav } from "@/components/flow/flow-nav";
import { Progress } from "@/components/flow/progress";
import { QuestionForm } from "@/components/question/question-form";
import { decodeAnswers, encodeAnswers, encodeValue, type QueryInput } from "@/lib/answers-url/codec";
import { LINK_KEYS, LINK_VERSION, SHORT_KEYS, UNKNOWN_TOKEN } from "@/lib/answers-url/keys";
import { shanghaiToday } from "@/lib/calendar/shanghai-time";
import { previousField, progressOf, replay } from "@/lib/questionnaire/flow";
import { openRoutesWith } from "@/lib/questionnaire/live";
import { optionsFor } from "@/lib/questionnaire/options";
import { routeNamesFor } from "@/lib/questionnaire/route-names";
import {
  answersUrl,
  questionUrl,
  RETURN_KEY,
  RETURN_TO_ANSWERS,
  restartUrl,
  UNKNOWN_NAME,
} from "@/lib/questionnaire/urls";
import { type AnswerError, checkAnswer } from "@/lib/questionnaire/validate";
import { type AnswerField, FIELD_META, FIELD_NAMES } from "@/policies/fields";

type Props = { params: Promise<{ locale: string; field: string }>; searchParams: Promise<QueryInput> };

/** Marks a submitted answer (as opposed to a page opened with answers in its link). */
const SUBMIT_KEY = "go";
const ERRORS: AnswerError[] = ["required", "choose", "number", "range", "date", "invalid"];

const isField = (f: string): f is AnswerField => (FIELD_NAMES as string[]).includes(f);

async function load({ params, searchParams }: Props) {
  const [{ locale, field }, query] = await Promise.all([params, searchParams]);
  // An unknown question (an old or mistyped link) goes on to the next real one, answers kept.
  if (!isField(field)) redirect(`/${locale}/check?${encodeAnswers(decodeAnswers(query).answers)}`);
  const decoded = decodeAnswers(query);
  const asOf = shanghaiToday();
  // The answer to this question is what's being asked: judge it on its own, not with the rest.
  const { [field]: _own, ...others } = decoded.answers;
  const state = replay(others, asOf);
  // A number's 不清楚 checkbox travels as unk=1 (its own name, so an empty number box doesn't hide it).
  const raw = decoded.rest.get(UNKNOWN_NAME) === "1" ? UNKNOWN_TOKEN : (decoded.raw.get(field) ?? "");
  return { locale, field, decoded, asOf, state, raw, submitted: decoded.rest.get(SUBMIT_KEY) === "1" };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, field, state, raw, submitted } = await load(props);
  const t = await getTranslations({ locale });
  const error = submitted && !checkAnswer(field, raw, state.answers).ok;
  const title = t(`questions.${field}.title`);
  return { title: error ? `${t("flow.errorPrefix")}${title}` : title };
}

export default async function QuestionPage(props: Props) {
  const { locale, field, decoded, asOf, state, raw, submitted } = await load(props);
  setRequestLocale(locale);
  const returnTo = decoded.rest.get(RETURN_KEY) === RETURN_TO_ANSWERS ? RETURN_TO_ANSWERS : undefined;
  const check = checkAnswer(field, raw, state.answers);

  if (submitted && check.ok) {
    // The questionnaire's links keep every answer given, also those a change made irrelevant: switching
    // 租房 to 否 and back brings the lease answers back (ADR 0009). Only the answers on the path reach
    // the result, checklist and booking links.
    const answers = { ...decoded.answers, [field]: check.value };
    const after = replay(answers, asOf);
    if (after.next) redirect(questionUrl(locale, after.next, answers, returnTo));
    redirect(answersUrl(locale, answers));
  }

  const t = await getTranslations({ locale });
  const q = await getTranslations({ locale, namespace: "questions" });
  const back = previousField(state, field);
  const meta = FIELD_META[field];
  const progress = progressOf(state, field, asOf);
  const hidden: [string, string][] = [[LINK_KEYS.version, LINK_VERSION]];
  // Every other answer travels on, including later ones when changing an answer from the check page.
  for (const f of FIELD_NAMES)
    if (f !== field && decoded.answers[f] !== undefined)
      hidden.push([SHORT_KEYS[f], encodeValue(decoded.answers[f])]);
  if (returnTo) hidden.push([RETURN_KEY, returnTo]);
  hidden.push([SUBMIT_KEY, "1"]);

  const errorMessages = Object.fromEntries(
    ERRORS.map((e) => [
      e,
      t(`questions.errors.${e}`, { what: q(`${field}.short`), min: meta.min ?? 0, max: meta.max ?? 0 }),
    ]),
  ) as Record<AnswerError, string>;
  const hintKey = `${field}.hint`;
  const unitKey = `${field}.unit`;

  return (
    <div>
      <FlowNav
        back={back ? questionUrl(locale, back, decoded.answers, returnTo) : `/${locale}`}
        backLabel={t("flow.back")}
        restartHref={restartUrl(locale)}
        restartLabel={t("flow.restart")}
      />
      <Progress
        label={
          progress.total === null
            ? t("flow.progressStart", { current: progress.current })
            : t("flow.progress", { current: progress.current, total: progress.total })
        }
        current={progress.current}
        total={progress.total}
      />
      <QuestionForm
        action={`/${locale}/check/${field}`}
        field={field}
        kind={meta.kind}
        name={SHORT_KEYS[field]}
        title={q(`${field}.title`)}
        hint={q.has(hintKey) ? q(hintKey) : null}
        unit={q.has(unitKey) ? q(unitKey) : meta.kind === "months" ? t("questions.common.months") : null}
        unknownLabel={
          meta.unknown && (meta.kind === "months" || meta.kind === "number") ? q("common.unknown") : null
        }
        options={optionsFor(field, state.answers, locale).map((o) => ({
          value: o.value,
          label: o.label ?? t(o.labelKey!),
        }))}
        hidden={hidden}
        initial={raw}
        serverError={submitted && !check.ok ? errorMessages[check.error] : null}
        errorMessages={errorMessages}
        labels={{
          submit: t("flow.continue"),
          errorSummary: t("flow.errorSummaryTitle"),
          errorPrefix: t("flow.errorPrefix"),
          liveHint: t("flow.liveHint", { routes: "{routes}" }),
        }}
        answers={state.answers}
        asOf={asOf}
        routeNames={await routeNamesFor(locale, state.answers.city)}
        initialOpen={openRoutesWith(field, raw, state.answers, asOf)}
        aside={
          field === "city" ? (
            <p className="border-l-4 border-brand bg-panel p-3" data-testid="transfer-aside">
              {q("city.transfer")}{" "}
              <a href={`/${locale}/transfer`} className="inline-flex min-h-11 items-center font-bold">
                {q("city.transferLink")}
              </a>
            </p>
          ) : null
        }
      />
    </div>
  );
}
