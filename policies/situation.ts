// Who a route is for, where a text divides people by their situation (青岛 §四 入乡返乡, §五(三) 本市户籍人员
// 市内迁移). A route that lists situations applies only to them; the questionnaire asks only about the
// routes that apply, and the result folds the others away.
import type { Answers, Situation } from "./fields";

export type { Situation } from "./fields";

/** Moving in from elsewhere means the hukou is in another city; moving within the city, that it is here. */
export const impliedOrigin = (a: Answers): Answers["origin"] =>
  a.situation === "moving-in" ? "other-city" : a.situation === "local" ? "same-city" : undefined;

/** Whether a route listing `situations` (undefined: everyone) applies to the answers' situation. */
export const appliesTo = (situations: readonly Situation[] | undefined, a: Answers): boolean =>
  situations === undefined || a.situation === undefined || situations.includes(a.situation);
