import type { VisitKind } from "@/lib/db/schema";

/** Appointments draw A numbers, walk-ins B: the display and the order of calling tell them apart. */
export const PREFIX: Record<VisitKind, "A" | "B"> = { booked: "A", walkIn: "B" };

/** "A012": three digits (a hall issues at most a few hundred numbers a day per kind). */
export function queueCode(prefix: string | null, number: number | null): string | null {
  if (!prefix || number === null) return null;
  return `${prefix}${String(number).padStart(3, "0")}`;
}
