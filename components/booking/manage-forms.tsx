"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { cancelAction, lookupAction, openManageLink, rescheduleAction } from "@/app/[locale]/book/actions";
import { type ActionState, idleState } from "@/app/[locale]/book/form-state";
import { FieldError, FormErrors } from "./form-errors";
import { SubmitButton, type SubmitButtonKind } from "./submit-button";
import { SuggestionList } from "./suggestion-list";

const LOOKUP_FIELDS: [string, string][] = [
  ["reference", "lookup-reference"],
  ["phone", "lookup-phone"],
];

/** Reference + mobile number → the manage page (with a fresh manage link). */
export function LookupForm({ locale, pageTitle }: { locale: string; pageTitle: string }) {
  const t = useTranslations("booking");
  const [state, action] = useActionState<ActionState, FormData>(lookupAction, idleState());
  const input = (
    name: string,
    id: string,
    label: string,
    hint: string,
    extra: React.InputHTMLAttributes<HTMLInputElement>,
  ) => (
    <div className={state.fieldErrors[name] ? "border-l-4 border-accent pl-4" : undefined}>
      <label htmlFor={id} className="block text-lg font-bold">
        {label}
      </label>
      <p id={`${id}-hint`} className="mb-1 text-muted">
        {hint}
      </p>
      <FieldError id={id} code={state.fieldErrors[name]} field={name} />
      <input
        id={id}
        name={name}
        defaultValue={state.values[name] ?? ""}
        aria-describedby={state.fieldErrors[name] ? `${id}-hint ${id}-error` : `${id}-hint`}
        aria-invalid={state.fieldErrors[name] ? true : undefined}
        className={`min-h-11 w-full max-w-md border-2 px-2 text-lg ${state.fieldErrors[name] ? "border-accent" : "border-ink"}`}
        {...extra}
      />
    </div>
  );
  return (
    <>
      <FormErrors state={state} fieldIds={LOOKUP_FIELDS} pageTitle={pageTitle} />
      <form method="post" action={action} noValidate className="space-y-6" data-testid="lookup-form">
        <input type="hidden" name="locale" value={locale} />
        {input("reference", "lookup-reference", t("fields.reference"), t("fields.referenceHint"), {
          type: "text",
          autoComplete: "off",
          autoCapitalize: "characters",
          spellCheck: false,
        })}
        {input("phone", "lookup-phone", t("fields.phone"), t("fields.phoneHint"), {
          type: "tel",
          inputMode: "tel",
          autoComplete: "tel-national",
        })}
        <SubmitButton
          label={t("manage.lookupSubmit")}
          pendingLabel={t("submitting")}
          testId="lookup-submit"
        />
      </form>
    </>
  );
}

/** The manage link's page: one button trades the link's token for the manage cookie. */
export function OpenLinkForm({
  locale,
  token,
  pageTitle,
}: {
  locale: string;
  token: string;
  pageTitle: string;
}) {
  const t = useTranslations("booking");
  const [state, action] = useActionState<ActionState, FormData>(openManageLink, idleState());
  return (
    <>
      <FormErrors state={state} fieldIds={[]} pageTitle={pageTitle} />
      <form method="post" action={action} data-testid="open-link-form">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="token" value={token} />
        <SubmitButton
          label={t("manage.openSubmit")}
          pendingLabel={t("submitting")}
          testId="open-link-submit"
        />
      </form>
    </>
  );
}

/** The second step of cancelling (the "are you sure" page): a red button, reached only from a link. */
export function CancelForm({
  locale,
  reference,
  pageTitle,
}: {
  locale: string;
  reference: string;
  pageTitle: string;
}) {
  const t = useTranslations("booking");
  const [state, action] = useActionState<ActionState, FormData>(cancelAction, idleState());
  return (
    <>
      <FormErrors state={state} fieldIds={[]} pageTitle={pageTitle} />
      <form method="post" action={action} data-testid="cancel-form">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="reference" value={reference} />
        <SubmitButton
          label={t("manage.cancelSubmit")}
          pendingLabel={t("submitting")}
          testId="cancel-submit"
          kind={"warning" satisfies SubmitButtonKind}
        />
      </form>
    </>
  );
}

export function RescheduleForm({
  locale,
  reference,
  date,
  time,
  pageTitle,
  suggestionBase,
}: {
  locale: string;
  reference: string;
  date: string;
  time: string;
  pageTitle: string;
  suggestionBase: string;
}) {
  const t = useTranslations("booking");
  const [state, action] = useActionState<ActionState, FormData>(rescheduleAction, idleState());
  return (
    <>
      <FormErrors state={state} fieldIds={[]} pageTitle={pageTitle} />
      {state.suggestions ? <SuggestionList suggestions={state.suggestions} base={suggestionBase} /> : null}
      <form method="post" action={action} data-testid="reschedule-form">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="reference" value={reference} />
        <input type="hidden" name="date" value={date} />
        <input type="hidden" name="time" value={time} />
        <SubmitButton
          label={t("manage.rescheduleSubmit")}
          pendingLabel={t("submitting")}
          testId="reschedule-submit"
        />
      </form>
    </>
  );
}
