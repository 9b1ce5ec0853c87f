import type { QueryInput } from "./codec";

/** Every value of a repeated query parameter (`t=a&t=b`), as Next or URLSearchParams give them. */
export function queryValues(query: QueryInput, key: string): string[] {
  if (query instanceof URLSearchParams) return query.getAll(key);
  const v = Object.hasOwn(query, key) ? query[key] : undefined;
  // Strings only: `?toString` reaches a page as [Object.prototype.toString, ""].
  return (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === "string");
}
