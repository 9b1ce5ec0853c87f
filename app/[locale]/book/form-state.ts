import type { Suggestion } from "@/lib/booking/availability";

/**
 * What a booking-flow form action hands back to its form (useActionState). `values` echoes
 * what was typed so nothing is lost on an error; it only ever travels in the POST response.
 */
export interface ActionState {
  status: "idle" | "invalid" | "rateLimited" | "full" | "refused";
  /** field → error code under booking.errors */
  fieldErrors: Record<string, string>;
  /** form-level error code under booking.errors */
  formError?: string;
  values: Record<string, string>;
  suggestions?: Suggestion[];
  retryAfterMinutes?: number;
}

export const idleState = (values: Record<string, string> = {}): ActionState => ({
  status: "idle",
  fieldErrors: {},
  values,
});
