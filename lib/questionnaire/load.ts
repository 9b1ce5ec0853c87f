import { type DecodedLink, decodeAnswers, encodeAnswers, type QueryInput } from "@/lib/answers-url/codec";
import { shanghaiToday } from "@/lib/calendar/shanghai-time";
import { evaluate } from "@/policies";
import type { Evaluation } from "@/policies/types";
import { type FlowState, replay } from "./flow";

export interface LoadedAnswers {
  decoded: DecodedLink;
  state: FlowState;
  evaluation: Evaluation;
  asOf: string;
  /** Set when the link was damaged: the query string of its valid part, to carry on with. */
  repairedQuery: string | null;
}

/** Everything the result and checklist pages derive from a link: valid answers, flow position, verdicts. */
export function loadAnswers(
  query: QueryInput,
  extra: Record<string, string | undefined> = {},
): LoadedAnswers {
  const asOf = shanghaiToday();
  const decoded = decodeAnswers(query);
  const state = replay(decoded.answers, asOf);
  const damaged = decoded.invalid.length > 0 || decoded.version !== "current";
  return {
    decoded,
    state,
    evaluation: evaluate(state.answers, { asOf }),
    asOf,
    repairedQuery: damaged ? encodeAnswers(state.answers, extra) : null,
  };
}
