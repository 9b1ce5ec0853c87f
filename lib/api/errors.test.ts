import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { API_ERROR_KEYS, API_ERROR_TYPE_KEYS } from "./errors";

const load = (l: string) =>
  JSON.parse(readFileSync(path.join(import.meta.dirname, "../../messages", `${l}.json`), "utf8")).apiErrors;

describe("apiErrors messages", () => {
  const at = (t: Record<string, unknown>, k: string) =>
    k.split(".").reduce<unknown>((n, x) => (n as Record<string, unknown> | undefined)?.[x], t);
  it.each([...API_ERROR_KEYS, ...API_ERROR_TYPE_KEYS].map((k) => [k]))("%s exists in both locales", (k) => {
    expect(typeof at(load("zh-Hans"), k)).toBe("string");
    expect(typeof at(load("zh-Hant"), k)).toBe("string");
  });
});
