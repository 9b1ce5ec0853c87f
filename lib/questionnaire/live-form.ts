import { createFormControl } from "react-hook-form";
import type { AnswerField, Answers } from "@/policies/fields";
import { openRoutesWith } from "./live";
import { UNKNOWN_NAME } from "./urls";
import { type AnswerError, checkAnswer } from "./validate";

const UNKNOWN = "x";

export interface LiveState {
  current: string;
  error: string | undefined;
  open: string[];
}

export interface LiveFormOptions {
  form: HTMLFormElement;
  field: AnswerField;
  /** The answer's input name (its short link key). */
  name: string;
  answers: Answers;
  asOf: string;
  errorMessages: Record<AnswerError, string>;
  onState: (state: LiveState) => void;
}

export interface LiveForm {
  /** Validates, then submits the form natively, or calls `onInvalid`. */
  submit: (event: Event, onInvalid: () => void) => void;
  detach: () => void;
}

/**
 * react-hook-form over the question's server-rendered inputs, created on the first interaction (the
 * page ships neither it nor the schema until then). It validates as you type with the answers schema
 * and reports the routes the answer would open.
 */
export function attachLiveForm(o: LiveFormOptions): LiveForm {
  type Values = Record<string, string | boolean>;
  const answerOf = (v: Values) => (v[UNKNOWN_NAME] ? UNKNOWN : String(v[o.name] ?? ""));
  const inputs = [
    ...o.form.querySelectorAll<HTMLInputElement>(`input[name="${o.name}"], input[name="${UNKNOWN_NAME}"]`),
  ];
  // What is on screen now (typed or ticked before this module arrived) is the starting value:
  // registering a radio with no default would clear it.
  const typed = inputs.find((el) => el.name === o.name && (el.type !== "radio" || el.checked));
  const f = createFormControl<Values>({
    mode: "onChange",
    defaultValues: {
      [o.name]: typed?.value ?? "",
      [UNKNOWN_NAME]: inputs.some((el) => el.name === UNKNOWN_NAME && el.checked) ? "1" : false,
    },
    shouldFocusError: false, // the error summary takes focus and links to the field
    resolver: async (values) => {
      const check = checkAnswer(o.field, answerOf(values), o.answers);
      return check.ok
        ? { values, errors: {} }
        : { values: {}, errors: { [o.name]: { type: check.error, message: o.errorMessages[check.error] } } };
    },
  });
  const off: (() => void)[] = [];
  for (const el of inputs) {
    const r = f.register(el.name);
    r.ref(el);
    const onChange = (e: Event) => void r.onChange(e);
    const onBlur = (e: Event) => void r.onBlur(e);
    el.addEventListener("input", onChange);
    el.addEventListener("change", onChange);
    el.addEventListener("blur", onBlur);
    off.push(() => {
      el.removeEventListener("input", onChange);
      el.removeEventListener("change", onChange);
      el.removeEventListener("blur", onBlur);
    });
  }
  const report = (values: Values, errors: Record<string, { message?: unknown } | undefined> | undefined) => {
    const current = answerOf(values);
    o.onState({
      current,
      error: errors?.[o.name]?.message as string | undefined,
      open: openRoutesWith(o.field, current, o.answers, o.asOf),
    });
  };
  off.push(
    f.subscribe({ formState: { errors: true, values: true }, callback: (s) => report(s.values, s.errors) }),
  );
  if (typed?.value) void f.trigger();

  return {
    submit: (event, onInvalid) =>
      void f.handleSubmit(
        () => o.form.submit(),
        () => onInvalid(),
      )(event as unknown as React.BaseSyntheticEvent),
    detach: () => {
      for (const fn of off) fn();
    },
  };
}
