import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { API_ERROR_KEYS } from "./errors";

const load = (l: string) =>
  JSON.parse(readFileSync(path.join(import.meta.dirname, "../../messages", `${l}.json`), "utf8")).apiErrors;

describe("apiErrors messages", () => {
  it.each(API_ERROR_KEYS.map((k) => [k]))("%s exists in both locales", (k) => {
    expect(typeof load("zh-Hans")[k]).toBe("string");
    expect(typeof load("zh-Hant")[k]).toBe("string");
  });
});
