import { redirect } from "next/navigation";
import { decodeAnswers, type QueryInput } from "@/lib/answers-url/codec";
import { shanghaiToday } from "@/lib/calendar/shanghai-time";
import { replay } from "@/lib/questionnaire/flow";
import { answersUrl, questionUrl } from "@/lib/questionnaire/urls";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<QueryInput> };

/** The start button lands here: go to the first question not yet answered. */
export default async function CheckEntry({ params, searchParams }: Props) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  const state = replay(decodeAnswers(query).answers, shanghaiToday());
  redirect(state.next ? questionUrl(locale, state.next, state.answers) : answersUrl(locale, state.answers));
}
