"use client";

import { useEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { ErrorSummary } from "@/components/form/error-summary";
import { primaryButton } from "@/components/ui/styles";
import { UNKNOWN_NAME } from "@/lib/questionnaire/urls";
import type { AnswerError } from "@/lib/questionnaire/validate";
import type { AnswerField, Answers, FieldKind } from "@/policies/fields";

export interface QuestionFormProps {
  action: string;
  field: AnswerField;
  kind: FieldKind;
  /** The short link key the answer travels under. */
  name: string;
  title: string;
  hint: string | null;
  unit: string | null;
  /** Label of the 不清楚 checkbox beside a number, when the field allows "unknown". */
  unknownLabel: string | null;
  options: { value: string; label: string }[];
  /** Other answers and flow state, carried as hidden inputs so nothing is lost without JavaScript. */
  hidden: [string, string][];
  initial: string;
  /** Server-side validation error for `initial`, already localized. */
  serverError: string | null;
  errorMessages: Record<AnswerError, string>;
  labels: { submit: string; errorSummary: string; errorPrefix: string; liveHint: string };
  answers: Answers;
  asOf: string;
  routeNames: Record<string, string>;
  /** Routes open with the initial answer, computed on the server (the hint before any typing). */
  initialOpen: string[];
}

// Schema and policy library load on first interaction: a page that is only read ships neither.
type Live = typeof import("@/lib/questionnaire/live");
let live: Promise<Live> | undefined;
const loadLive = () => {
  live ??= import("@/lib/questionnaire/live");
  return live;
};

const inputId = (name: string) => `answer-${name}`;
const UNKNOWN = "x";

/**
 * One question. Server-rendered as a plain GET form (works without JavaScript); with JavaScript,
 * react-hook-form validates as you type with the same schema, and the policy library shows which
 * routes the answers so far may open.
 */
export function QuestionForm(p: QuestionFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const [submitted, setSubmitted] = useState(p.serverError !== null);
  const {
    register,
    watch,
    handleSubmit,
    formState: { errors },
  } = useForm<Record<string, string | boolean>>({
    mode: "onChange",
    // Focus goes to the error summary, which links to the field.
    shouldFocusError: false,
    defaultValues: {
      [p.name]: p.initial === UNKNOWN ? "" : p.initial,
      [UNKNOWN_NAME]: p.initial === UNKNOWN,
    },
    resolver: async (values) => {
      const { checkAnswer } = await loadLive();
      const check = checkAnswer(
        p.field,
        values[UNKNOWN_NAME] ? UNKNOWN : (values[p.name] as string),
        p.answers,
      );
      return check.ok
        ? { values, errors: {} }
        : { values: {}, errors: { [p.name]: { type: check.error, message: p.errorMessages[check.error] } } };
    },
  });
  const current = watch(UNKNOWN_NAME) ? UNKNOWN : (watch(p.name) as string | undefined);
  const clientError = errors[p.name]?.message;
  // Before the first submit, only a typed (not an empty) answer shows an error.
  const error =
    (submitted || (current ?? "") !== "" ? (clientError as string | undefined) : undefined) ??
    (current === p.initial ? (p.serverError ?? undefined) : undefined);

  const [open, setOpen] = useState(p.initialOpen);
  const typed = useRef(false);
  useEffect(() => {
    if (!typed.current && current === p.initial) return;
    typed.current = true;
    let active = true;
    void loadLive().then(({ openRoutesWith }) => {
      if (active) setOpen(openRoutesWith(p.field, current ?? "", p.answers, p.asOf));
    });
    return () => {
      active = false;
    };
  }, [current, p.initial, p.field, p.answers, p.asOf]);
  const hint =
    open.length > 0
      ? p.labels.liveHint.replace("{routes}", open.map((id) => p.routeNames[id] ?? id).join("、"))
      : null;

  const id = inputId(p.name);
  const describedBy =
    [p.hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const onSubmit = handleSubmit(
    () => formRef.current?.submit(),
    () => {
      setSubmitted(true);
      if (!document.title.startsWith(p.labels.errorPrefix))
        document.title = p.labels.errorPrefix + document.title;
    },
  );
  const choice = p.kind === "enum" || p.kind === "boolean";

  return (
    <>
      <ErrorSummary
        title={p.labels.errorSummary}
        errors={error ? [{ href: choice ? `${id}-0` : id, message: error }] : []}
      />
      <form ref={formRef} method="get" action={p.action} noValidate onSubmit={onSubmit} className="space-y-6">
        {p.hidden.map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        <div className={error ? "border-l-4 border-accent pl-4" : undefined}>
          {choice ? (
            <fieldset aria-describedby={describedBy}>
              <legend className="mb-3">
                <h1 className="text-2xl font-bold leading-tight sm:text-3xl">{p.title}</h1>
              </legend>
              <Hint id={id} hint={p.hint} error={error} prefix={p.labels.errorPrefix} />
              <div className="space-y-2">
                {p.options.map((o, i) => (
                  <label
                    key={o.value}
                    htmlFor={`${id}-${i}`}
                    className="flex min-h-11 cursor-pointer items-center gap-3 py-1"
                  >
                    <input
                      id={`${id}-${i}`}
                      type="radio"
                      value={o.value}
                      className="size-7 shrink-0 accent-brand"
                      defaultChecked={o.value === p.initial}
                      {...register(p.name)}
                    />
                    <span className="text-lg">{o.label}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          ) : (
            <>
              <label htmlFor={id} className="mb-3 block">
                <h1 className="text-2xl font-bold leading-tight sm:text-3xl">{p.title}</h1>
              </label>
              <Hint id={id} hint={p.hint} error={error} prefix={p.labels.errorPrefix} />
              <div className="flex items-center gap-2">
                <input
                  id={id}
                  type={p.kind === "date" ? "date" : "text"}
                  inputMode={p.kind === "date" ? undefined : "numeric"}
                  autoComplete={p.field === "birthDate" ? "bday" : "off"}
                  aria-describedby={describedBy}
                  aria-invalid={error ? true : undefined}
                  className={`min-h-11 border-2 px-2 text-lg ${error ? "border-accent" : "border-ink"} ${p.kind === "date" ? "w-48" : "w-28"}`}
                  defaultValue={p.initial === UNKNOWN ? "" : p.initial}
                  {...register(p.name)}
                />
                {p.unit ? <span className="text-lg">{p.unit}</span> : null}
              </div>
              {p.unknownLabel ? (
                <label className="mt-3 flex min-h-11 cursor-pointer items-center gap-3">
                  <input
                    type="checkbox"
                    value="1"
                    className="size-7 accent-brand"
                    defaultChecked={p.initial === UNKNOWN}
                    {...register(UNKNOWN_NAME)}
                  />
                  <span className="text-lg">{p.unknownLabel}</span>
                </label>
              ) : null}
            </>
          )}
        </div>
        <p aria-live="polite" className="min-h-6 text-brand" data-testid="live-hint">
          {hint}
        </p>
        <button type="submit" className={primaryButton}>
          {p.labels.submit}
        </button>
      </form>
    </>
  );
}

function Hint({
  id,
  hint,
  error,
  prefix,
}: {
  id: string;
  hint: string | null;
  error?: string;
  prefix: string;
}) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="mb-3 text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mb-3 font-bold text-accent">
          <span className="sr-only">{prefix}</span>
          {error}
        </p>
      ) : null}
    </>
  );
}
