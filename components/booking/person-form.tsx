"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { submitBooking } from "@/app/[locale]/book/actions";
import { type ActionState, idleState } from "@/app/[locale]/book/form-state";
import { FieldError, FormErrors } from "./form-errors";
import { SubmitButton } from "./submit-button";
import { SuggestionList } from "./suggestion-list";

export interface PersonFormProps {
  /** Non-personal choices carried as hidden fields. */
  hidden: Record<string, string>;
  checklistHref?: string;
  pageTitle: string;
  /** Builds the link for a suggested time (same page, other date/time). */
  suggestionBase: string;
}

const FIELDS: [string, string][] = [
  ["name", "booking-name"],
  ["phone", "booking-phone"],
  ["idNumber", "booking-id-number"],
  ["email", "booking-email"],
];

/** Step 4: name, mobile, ID number. A plain POST form: works without JavaScript. */
export function PersonForm({ hidden, checklistHref, pageTitle, suggestionBase }: PersonFormProps) {
  const t = useTranslations("booking");
  const [state, action] = useActionState<ActionState, FormData>(submitBooking, idleState());
  const v = state.values;
  const field = (name: string, id: string, label: string, hint: string, input: React.ReactNode) => {
    const code = state.fieldErrors[name];
    return (
      <div className={code ? "border-l-4 border-accent pl-4" : undefined}>
        <label htmlFor={id} className="block text-lg font-bold">
          {label}
        </label>
        <p id={`${id}-hint`} className="mb-1 text-muted">
          {hint}
        </p>
        <FieldError id={id} code={code} field={name} />
        {input}
      </div>
    );
  };
  const cls = (name: string) =>
    `min-h-11 w-full max-w-md border-2 px-2 text-lg ${state.fieldErrors[name] ? "border-accent" : "border-ink"}`;
  const described = (name: string, id: string) =>
    state.fieldErrors[name] ? `${id}-hint ${id}-error` : `${id}-hint`;

  return (
    <>
      <FormErrors state={state} fieldIds={FIELDS} pageTitle={pageTitle} />
      {state.suggestions ? <SuggestionList suggestions={state.suggestions} base={suggestionBase} /> : null}
      <form method="post" action={action} noValidate className="space-y-6" data-testid="person-form">
        {Object.entries(hidden).map(([k, val]) => (
          <input key={k} type="hidden" name={k} value={val} />
        ))}
        {field(
          "name",
          "booking-name",
          t("fields.name"),
          t("fields.nameHint"),
          <input
            id="booking-name"
            name="name"
            type="text"
            autoComplete="name"
            defaultValue={v.name ?? ""}
            aria-describedby={described("name", "booking-name")}
            aria-invalid={state.fieldErrors.name ? true : undefined}
            className={cls("name")}
          />,
        )}
        {field(
          "phone",
          "booking-phone",
          t("fields.phone"),
          t("fields.phoneHint"),
          <input
            id="booking-phone"
            name="phone"
            type="tel"
            inputMode="tel"
            autoComplete="tel-national"
            defaultValue={v.phone ?? ""}
            aria-describedby={described("phone", "booking-phone")}
            aria-invalid={state.fieldErrors.phone ? true : undefined}
            className={cls("phone")}
          />,
        )}
        {field(
          "idNumber",
          "booking-id-number",
          t("fields.idNumber"),
          t("fields.idNumberHint"),
          <input
            id="booking-id-number"
            name="idNumber"
            type="text"
            autoComplete="off"
            spellCheck={false}
            autoCapitalize="characters"
            maxLength={24}
            defaultValue={v.idNumber ?? ""}
            aria-describedby={described("idNumber", "booking-id-number")}
            aria-invalid={state.fieldErrors.idNumber ? true : undefined}
            className={cls("idNumber")}
          />,
        )}
        {field(
          "email",
          "booking-email",
          t("fields.email"),
          t("fields.emailHint"),
          <input
            id="booking-email"
            name="email"
            type="email"
            inputMode="email"
            autoComplete="email"
            spellCheck={false}
            autoCapitalize="none"
            maxLength={254}
            defaultValue={v.email ?? ""}
            aria-describedby={described("email", "booking-email")}
            aria-invalid={state.fieldErrors.email ? true : undefined}
            className={cls("email")}
          />,
        )}
        {checklistHref ? (
          <div className="flex items-start gap-3">
            <input
              id="booking-attach-checklist"
              name="attachChecklist"
              type="checkbox"
              defaultChecked={state.status === "idle" || v.attachChecklist === "on"}
              className="mt-1 size-7 shrink-0 accent-brand"
            />
            <div>
              <label htmlFor="booking-attach-checklist">
                <span className="block font-bold">{t("fields.checklist")}</span>
                <span className="text-muted">{t("fields.checklistHint")}</span>
              </label>
              {/* Outside the label (a link inside it would also tick the box), and tall enough to tap. */}
              <a href={checklistHref} target="_blank" rel="noopener" className="flex min-h-11 items-center">
                {t("confirmation.bringChecklist")}
              </a>
            </div>
          </div>
        ) : null}
        <p className="text-muted">{t("privacy")}</p>
        <SubmitButton label={t("submit")} pendingLabel={t("submitting")} testId="booking-submit" />
      </form>
    </>
  );
}
