import type { AnswerField, Answers, Verdict } from "../../types";

/** One row of a case table: answers in, verdicts per route out ("absent": the zone has no such route). */
export interface Case {
  readonly name: string;
  readonly answers: Answers;
  /** Defaults to AS_OF. */
  readonly asOf?: string;
  readonly expect: Readonly<Record<string, Verdict | "absent">>;
  /** Expected missing fields per route (exact, in order). */
  readonly missing?: Readonly<Record<string, readonly AnswerField[]>>;
}

export const AS_OF = "2025-06-01";

/** A birth date making the applicant exactly `age` full years old on AS_OF (birthday that day). */
export const born = (age: number): string => `${2025 - age}-06-01`;
/** A birth date one day short of turning `age + 1` on AS_OF (still `age`). */
export const bornDayBefore = (age: number): string => `${2025 - age - 1}-06-02`;
