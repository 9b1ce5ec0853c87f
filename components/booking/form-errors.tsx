"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import type { ActionState } from "@/app/[locale]/book/form-state";
import { ErrorSummary } from "@/components/form/error-summary";
import { waitHours } from "@/lib/booking/wait";

/** Codes that say nothing about which field: their message names it ("请填写手机号码"). */
const GENERIC = new Set(["required", "tooLong", "invalid"]);

function useErrorText() {
  const t = useTranslations("booking");
  return (code: string, field?: string) =>
    field && GENERIC.has(code) && t.has(`fields.${field}`)
      ? t(`errors.${code}Named`, { field: t(`fields.${field}`) })
      : t(`errors.${code}`);
}

/**
 * GOV.UK-style error handling for an action form: summary at the top linking to each field,
 * "错误：" in front of the page title (set here when JavaScript runs; without it the page's
 * metadata adds it, see lib/booking/form-post.ts), and the 429 notice.
 */
export function FormErrors({
  state,
  fieldIds,
  pageTitle,
}: {
  state: ActionState;
  /** field name → element id, in form order */
  fieldIds: [string, string][];
  pageTitle: string;
}) {
  const t = useTranslations("booking");
  const text = useErrorText();
  const errors = fieldIds
    .filter(([f]) => state.fieldErrors[f])
    .map(([f, id]) => ({ href: id, message: text(state.fieldErrors[f]!, f) }));
  for (const [f, code] of Object.entries(state.fieldErrors)) {
    if (!fieldIds.some(([known]) => known === f))
      errors.push({ href: "main-content", message: text(code, f) });
  }
  if (state.formError && state.status !== "rateLimited") {
    errors.push({ href: "main-content", message: t(`errors.${state.formError}`) });
  }
  const hasError = errors.length > 0 || state.status === "rateLimited";
  const title = hasError ? `${t("errors.titlePrefix")}${pageTitle}` : undefined;
  useEffect(() => {
    if (title) document.title = title;
  }, [title]);

  if (state.status === "rateLimited") {
    const minutes = state.retryAfterMinutes ?? 1;
    return (
      <div role="alert" data-testid="rate-limited" className="mb-6 border-4 border-accent p-4">
        <h2 className="mb-2 text-xl font-bold">{t("rateLimit.title")}</h2>
        <p>{t("rateLimit.body", { minutes, hours: waitHours(minutes) })}</p>
      </div>
    );
  }
  return <ErrorSummary title={t("errors.summaryTitle")} errors={errors} />;
}

/** Inline error above an input, with the visually hidden "错误：" prefix for screen readers. */
export function FieldError({ id, code, field }: { id: string; code?: string; field?: string }) {
  const t = useTranslations("booking");
  const text = useErrorText();
  if (!code) return null;
  return (
    <p id={`${id}-error`} className="mb-2 font-bold text-accent" data-testid={`${id}-error`}>
      <span className="sr-only">{t("errors.titlePrefix")}</span>
      {text(code, field)}
    </p>
  );
}
