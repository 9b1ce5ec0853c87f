"use client";

import { useEffect, useRef, useState } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import { primaryButton } from "@/components/ui/styles";
import { UNKNOWN_TOKEN as UNKNOWN, UNKNOWN_NAME } from "@/lib/answers-url/keys";
import type { LiveForm, LiveState } from "@/lib/questionnaire/live-form";
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
  /** Server-rendered content after the choices (e.g. the city question's pointer to the transfer check). */
  aside?: React.ReactNode;
}

// react-hook-form, the schema and the policy library load on the first interaction: a page that is
// only read (or answered without JavaScript) ships none of them.
type LiveModule = typeof import("@/lib/questionnaire/live-form");
const loadLive = (): Promise<LiveModule> => import("@/lib/questionnaire/live-form");

const inputId = (name: string) => `answer-${name}`;

/**
 * One question. Server-rendered as a plain GET form (works without JavaScript); with JavaScript,
 * react-hook-form validates as you type with the same schema, and the policy library shows which
 * routes the answers so far may open.
 */
export function QuestionForm(p: QuestionFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const live = useRef<{ loading?: Promise<void>; form?: LiveForm }>({});
  // Submit attempts that failed on this page (a server-side error counts as the first): the summary
  // shows, and takes focus, only after one.
  const [attempts, setAttempts] = useState(p.serverError !== null ? 1 : 0);
  const [state, setState] = useState<LiveState>({
    current: p.initial,
    error: undefined,
    open: p.initialOpen,
  });
  useEffect(() => () => live.current.form?.detach(), []);

  const attach = () => {
    live.current.loading ??= loadLive().then(({ attachLiveForm }) => {
      if (!formRef.current) return;
      live.current.form = attachLiveForm({
        form: formRef.current,
        field: p.field,
        name: p.name,
        answers: p.answers,
        asOf: p.asOf,
        errorMessages: p.errorMessages,
        onState: setState,
      });
    });
  };
  const onSubmit = (e: React.FormEvent<HTMLFormElement>) => {
    const form = live.current.form;
    if (!form) return; // not loaded yet: the server validates the plain submission
    e.preventDefault();
    form.submit(e.nativeEvent, () => {
      setAttempts((n) => n + 1);
      if (!document.title.startsWith(p.labels.errorPrefix))
        document.title = p.labels.errorPrefix + document.title;
    });
  };

  const { current } = state;
  // Before the first submit, only a typed (not an empty) answer shows an error.
  const error =
    (attempts > 0 || current !== "" ? state.error : undefined) ??
    (current === p.initial ? (p.serverError ?? undefined) : undefined);
  const hint =
    state.open.length > 0
      ? p.labels.liveHint.replace("{routes}", state.open.map((id) => p.routeNames[id] ?? id).join("、"))
      : null;

  const id = inputId(p.name);
  const describedBy =
    [p.hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const choice = p.kind === "enum" || p.kind === "boolean";

  return (
    <>
      <ErrorSummary
        title={p.labels.errorSummary}
        errors={attempts > 0 && error ? [{ href: choice ? `${id}-0` : id, message: error }] : []}
        attempt={attempts}
      />
      <form
        ref={formRef}
        method="get"
        action={p.action}
        noValidate
        onSubmit={onSubmit}
        onFocus={attach}
        onPointerDown={attach}
        onInput={attach}
        className="space-y-6"
      >
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
                      name={p.name}
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
                  name={p.name}
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
                    name={UNKNOWN_NAME}
                  />
                  <span className="text-lg">{p.unknownLabel}</span>
                </label>
              ) : null}
            </>
          )}
        </div>
        {p.aside}
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
