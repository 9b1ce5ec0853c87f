"use client";

import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { ErrorSummary } from "@/components/form/error-summary";
import { primaryButton } from "@/components/ui/styles";
import type { StaffFormState } from "./form-state";

export interface StaffField {
  name: string;
  label: string;
  hint?: string;
  type?: "text" | "password" | "date" | "time" | "number";
  autoComplete?: string;
  inputMode?: "numeric" | "text";
  /** A <select>; the first option is the default. */
  options?: { value: string; label: string }[];
  defaultValue?: string;
  maxLength?: number;
  width?: string;
}

function Submit({ label, pendingLabel }: { label: string; pendingLabel: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={primaryButton} disabled={pending} aria-disabled={pending}>
      {pending ? pendingLabel : label}
    </button>
  );
}

/**
 * Every staff form: a plain POST that works without JavaScript, the session's CSRF token as a
 * hidden field, GOV.UK error summary and per-field messages, typed values kept after an error.
 */
export function StaffForm({
  action,
  csrf,
  fields,
  hidden = {},
  submitLabel,
  pendingLabel,
  errorTitle,
  testId,
}: {
  action: (prev: StaffFormState, form: FormData) => Promise<StaffFormState>;
  csrf?: string;
  fields: StaffField[];
  hidden?: Record<string, string>;
  submitLabel: string;
  pendingLabel: string;
  errorTitle: string;
  testId?: string;
}) {
  const [state, formAction] = useActionState(action, { status: "idle" } as StaffFormState);
  const errors = Object.entries(state.fieldErrors ?? {}).map(([name, message]) => ({
    href: `f-${name}`,
    message,
  }));
  const formError = state.status === "error" && state.message ? state.message : null;
  return (
    <form action={formAction} method="post" noValidate className="space-y-5" data-testid={testId}>
      <ErrorSummary
        title={errorTitle}
        errors={
          formError
            ? [{ href: fields[0] ? `f-${fields[0].name}` : "main-content", message: formError }, ...errors]
            : errors
        }
      />
      {state.status === "error" && state.result ? (
        <p className="border-l-4 border-accent p-4 font-mono" data-testid="form-affected">
          {state.result}
        </p>
      ) : null}
      {state.status === "done" && state.message ? (
        <div role="status" className="border-l-4 border-go bg-panel p-4" data-testid="form-done">
          <p className="font-bold">{state.message}</p>
          {state.result ? (
            <p className="mt-2 break-all font-mono text-sm" data-testid="form-result">
              {state.result}
            </p>
          ) : null}
        </div>
      ) : null}
      {csrf ? <input type="hidden" name="csrf" value={csrf} /> : null}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((f) => {
        const id = `f-${f.name}`;
        const err = state.fieldErrors?.[f.name];
        const value = f.type === "password" ? undefined : (state.values?.[f.name] ?? f.defaultValue ?? "");
        const describedBy = [f.hint ? `${id}-hint` : null, err ? `${id}-error` : null]
          .filter(Boolean)
          .join(" ");
        return (
          <div key={f.name} className={err ? "border-l-4 border-accent pl-4" : undefined}>
            <label htmlFor={id} className="block text-lg font-bold">
              {f.label}
            </label>
            {f.hint ? (
              <p id={`${id}-hint`} className="mb-1 text-muted">
                {f.hint}
              </p>
            ) : null}
            {err ? (
              <p id={`${id}-error`} className="mb-1 font-bold text-accent">
                {err}
              </p>
            ) : null}
            {f.options ? (
              <select
                id={id}
                name={f.name}
                defaultValue={value}
                key={`${f.name}:${value}`}
                aria-describedby={describedBy || undefined}
                className="min-h-11 w-full max-w-md border-2 border-ink bg-white px-2"
              >
                {f.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            ) : (
              <input
                id={id}
                name={f.name}
                type={f.type ?? "text"}
                defaultValue={value}
                key={`${f.name}:${value}`}
                autoComplete={f.autoComplete ?? "off"}
                inputMode={f.inputMode}
                maxLength={f.maxLength ?? 200}
                spellCheck={false}
                autoCapitalize="none"
                aria-describedby={describedBy || undefined}
                aria-invalid={err ? true : undefined}
                className={`min-h-11 w-full border-2 border-ink px-2 ${f.width ?? "max-w-md"}`}
              />
            )}
          </div>
        );
      })}
      <Submit label={submitLabel} pendingLabel={pendingLabel} />
    </form>
  );
}
