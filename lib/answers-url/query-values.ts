import type { QueryInput } from "./codec";

/** Every value of a repeated query parameter (`t=a&t=b`), as Next or URLSearchParams give them. */
export function queryValues(query: QueryInput, key: string): string[] {
  if (query instanceof URLSearchParams) return query.getAll(key);
  const v = query[key];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}
