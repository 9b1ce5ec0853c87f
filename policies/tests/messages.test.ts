import { readFileSync } from "node:fs";
import path from "node:path";
import { Converter } from "opencc-js";
import { describe, expect, it } from "vitest";
import { policyMessageKeys } from "../message-keys";

type Tree = { [k: string]: string | Tree };
const load = (locale: string): Tree =>
  JSON.parse(readFileSync(path.join(import.meta.dirname, "../../messages", `${locale}.json`), "utf8"));
const hans = load("zh-Hans");
const hant = load("zh-Hant");

const lookup = (t: Tree, key: string): unknown =>
  key.split(".").reduce<unknown>((n, k) => (n && typeof n === "object" ? (n as Tree)[k] : undefined), t);
const flatten = (t: Tree, prefix = ""): [string, string][] =>
  Object.entries(t).flatMap(([k, v]) =>
    typeof v === "string" ? [[`${prefix}${k}`, v]] : flatten(v, `${prefix}${k}.`),
  );

describe("policy messages", () => {
  const keys = policyMessageKeys();

  it.each(keys.map((k) => [k]))("policy.%s exists in both locales", (k) => {
    expect(typeof lookup(hans, `policy.${k}`)).toBe("string");
    expect(typeof lookup(hant, `policy.${k}`)).toBe("string");
  });

  it.each(["policy", "apiErrors"])("%s has identical key sets in both locales", (ns) => {
    const a = flatten(hans[ns] as Tree).map(([k]) => k);
    const b = flatten(hant[ns] as Tree).map(([k]) => k);
    expect(b.sort()).toEqual(a.sort());
  });

  it.each(["policy", "apiErrors"])(
    "%s zh-Hant strings are Traditional (OpenCC cn→tw changes nothing)",
    (ns) => {
      const toTw = Converter({ from: "cn", to: "tw" });
      const bad = flatten(hant[ns] as Tree).filter(([, v]) => toTw(v) !== v);
      expect(bad).toEqual([]);
    },
  );

  it("numeric condition messages carry the ICU params", () => {
    for (const k of keys.filter((x) => x.startsWith("conditions.") && /-(months|age)$/.test(x)))
      expect(lookup(hans, `policy.${k}`), k).toMatch(/\{threshold\}/);
  });
});
