"use client";

import { useFormStatus } from "react-dom";
import { primaryButton, warningButton } from "@/components/ui/styles";

export type SubmitButtonKind = "primary" | "warning";

/** Disabled while submitting (a second click would be harmless anyway: idempotency key). */
export function SubmitButton({
  label,
  pendingLabel,
  testId,
  kind = "primary",
}: {
  label: string;
  pendingLabel: string;
  testId?: string;
  kind?: SubmitButtonKind;
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      className={kind === "warning" ? warningButton : primaryButton}
      disabled={pending}
      aria-disabled={pending}
      data-testid={testId}
    >
      {pending ? pendingLabel : label}
    </button>
  );
}
