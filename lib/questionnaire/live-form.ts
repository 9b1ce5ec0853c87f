import { createFormControl } from "react-hook-form";
import { UNKNOWN_TOKEN as UNKNOWN, UNKNOWN_NAME } from "@/lib/answers-url/keys";
import type { AnswerField, Answers } from "@/policies/fields";
import { openRoutesWith } from "./live";
import { type AnswerError, checkAnswer } from "./validate";

export interface LiveState {
  /** The answer as the link would carry it ("x" for 不清楚). */
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
  /** Validates what is on screen, then submits the form natively, or calls `onInvalid`. */
  submit: (event: Event, onInvalid: () => void) => void;
  detach: () => void;
}

type Values = Record<string, string | boolean>;

/**
 * react-hook-form over the question's server-rendered inputs, created on the first interaction (the
 * page ships neither it nor the schema until then). It validates as you type with the answers schema
 * and reports the routes the answer would open.
 *
 * The inputs stay uncontrolled and the DOM is the source of truth: fields are registered without a
 * ref and fed from the inputs on every change, so react-hook-form never writes a value back — a radio
 * clicked while this module was loading stays clicked.
 */
export function attachLiveForm(o: LiveFormOptions): LiveForm {
  const read = (): Values => {
    const data = new FormData(o.form);
    return { [o.name]: String(data.get(o.name) ?? ""), [UNKNOWN_NAME]: data.has(UNKNOWN_NAME) };
  };
  const answerOf = (v: Values) => (v[UNKNOWN_NAME] ? UNKNOWN : String(v[o.name] ?? ""));
  const f = createFormControl<Values>({
    mode: "onChange",
    defaultValues: read(),
    shouldFocusError: false, // the error summary takes focus and links to the field
    resolver: async (values) => {
      const check = checkAnswer(o.field, answerOf(values), o.answers);
      return check.ok
        ? { values, errors: {} }
        : { values: {}, errors: { [o.name]: { type: check.error, message: o.errorMessages[check.error] } } };
    },
  });
  f.register(o.name);
  f.register(UNKNOWN_NAME);

  const load = (): Values => {
    const v = read();
    f.setValue(o.name, v[o.name] as string, { shouldDirty: true });
    f.setValue(UNKNOWN_NAME, v[UNKNOWN_NAME] as boolean, { shouldDirty: true });
    return v;
  };
  let latest = 0;
  const sync = async () => {
    const run = ++latest;
    const current = answerOf(load());
    await f.trigger();
    if (run !== latest) return; // a newer change is on its way
    o.onState({
      current,
      error: f.getFieldState(o.name).error?.message,
      open: openRoutesWith(o.field, current, o.answers, o.asOf),
    });
  };
  const onChange = () => void sync();
  o.form.addEventListener("input", onChange);
  o.form.addEventListener("change", onChange);
  void sync();

  return {
    submit: (event, onInvalid) => {
      load();
      void f.handleSubmit(
        () => o.form.submit(),
        () => onInvalid(),
      )(event as unknown as React.BaseSyntheticEvent);
    },
    detach: () => {
      o.form.removeEventListener("input", onChange);
      o.form.removeEventListener("change", onChange);
    },
  };
}
