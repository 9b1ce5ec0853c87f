"use client";

import { useFormStatus } from "react-dom";
import { primaryButton } from "@/components/ui/styles";

/** Disabled while submitting (a second click would be harmless anyway: idempotency key). */
export function SubmitButton({
  label,
  pendingLabel,
  testId,
}: {
  label: string;
  pendingLabel: string;
  testId?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      className={primaryButton}
      disabled={pending}
      aria-disabled={pending}
      data-testid={testId}
    >
      {pending ? pendingLabel : label}
    </button>
  );
}
