import { queueCode } from "@/lib/counter/queue-code";
import type { Appointment, CounterVisit } from "@/lib/db/schema";

/** Where a booking stands today: not yet arrived, waiting with its number, called, or its outcome. */
export function stateKey(a: Pick<Appointment, "status">, v: CounterVisit | null): string {
  if (v) return v.state;
  return a.status;
}

export function StateTag({ label, visit }: { label: string; visit: CounterVisit | null }) {
  const code = visit ? queueCode(visit.prefix, visit.number) : null;
  return (
    <span data-testid="row-state">
      {label}
      {code ? <strong className="ml-1 whitespace-nowrap">{code}</strong> : null}
      {visit?.counter ? <span className="ml-1 whitespace-nowrap">→ {visit.counter}</span> : null}
    </span>
  );
}
