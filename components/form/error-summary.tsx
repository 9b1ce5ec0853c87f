"use client";

import { useEffect, useRef } from "react";

export interface SummaryError {
  /** id of the field the message belongs to; the link jumps there. */
  href: string;
  message: string;
}

/**
 * GOV.UK error summary: at the top, focused on load (autoFocus covers the no-JavaScript case in
 * browsers that honour it), linking to each field. Focus moves to it again when `errors` changes, or,
 * when the caller counts submit attempts, on each new `attempt` only (not while the user types).
 */
export function ErrorSummary({
  title,
  errors,
  attempt,
}: {
  title: string;
  errors: SummaryError[];
  attempt?: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const focusWhen = attempt ?? errors;
  const shown = errors.length > 0;
  useEffect(() => {
    if (shown && focusWhen !== undefined) ref.current?.focus();
  }, [focusWhen, shown]);
  if (errors.length === 0) return null;
  return (
    <div
      ref={ref}
      // Without JavaScript, autofocus is what moves focus to the summary (GOV.UK error pattern).
      // biome-ignore lint/a11y/noAutofocus: focus must land on the error summary when the page loads
      autoFocus
      role="alert"
      tabIndex={-1}
      aria-labelledby="error-summary-title"
      data-testid="error-summary"
      className="mb-6 border-4 border-accent p-4"
    >
      <h2 id="error-summary-title" className="mb-2 text-xl font-bold">
        {title}
      </h2>
      <ul className="space-y-1">
        {errors.map((e) => (
          <li key={e.href}>
            <a href={`#${e.href}`} className="inline-flex min-h-11 items-center font-bold text-accent">
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
