/**
 * What a staff form's server action hands back (useActionState; with JavaScript off the page
 * re-renders with it). Messages arrive already localised; passwords are never echoed in `values`.
 */
export interface StaffFormState {
  status: "idle" | "error" | "done";
  /** Form-level message (error or confirmation). */
  message?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
  /** Shown once after success, e.g. a one-time enrolment link. */
  result?: string;
}

export const idleStaffForm: StaffFormState = { status: "idle" };
