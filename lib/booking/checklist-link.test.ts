import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checklistPath } from "./checklist-link";
import { bookingRequestSchema } from "./form-schema";
import { parseBookQuery } from "./url";

/** The probes of issue 14: each resolved by a browser to another site, or not a link to a page at all. */
const OFF_SITE = [
  "/%09/evil.example/phish",
  "/%0a/evil.example/phish",
  "/\t/evil.example/phish",
  "/\n/evil.example/phish",
  "//evil.example/phish",
  "/\\evil.example/phish",
  "/\\/evil.example",
  "javascript:alert(1)",
  "JavaScript:alert(1)",
  " javascript:alert(1)",
  "https://evil.example/zh-Hans/checklist",
  "/zh-Hans/checklist@evil.example",
  "/zh-Hans/somewhere-else?x=1",
  "/zh-Hans/checklist/../../book",
];

describe("checklist link", () => {
  it.each(OFF_SITE)("refuses %j everywhere it can enter", (link) => {
    expect(checklistPath(link)).toBeUndefined();
    expect(parseBookQuery({ business: "settlement", checklist: link }).checklist).toBeUndefined();
    const parsed = bookingRequestSchema.safeParse({ checklistUrl: link });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(parsed.error.issues.some((i) => i.path[0] === "checklistUrl")).toBe(true);
  });

  it("keeps this portal's checklist links, normalised", () => {
    expect(checklistPath("/zh-Hans/checklist?a=1&route=zz-rental")).toBe(
      "/zh-Hans/checklist?a=1&route=zz-rental",
    );
    expect(checklistPath("/zh-Hant/transfer/checklist?x=2")).toBe("/zh-Hant/transfer/checklist?x=2");
    expect(checklistPath("/zh-Hans/./checklist?a=1")).toBe("/zh-Hans/checklist?a=1");
  });

  it("whatever it keeps resolves, in a browser's URL parser, to this site's checklist", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.string({ maxLength: 20 }), (a, b) => {
        for (const raw of [a, `/${a}`, `/zh-Hans/checklist${a}`, `/${b}/${a}`, `/zh-Hans${a}checklist`]) {
          const kept = checklistPath(raw);
          if (kept === undefined) continue;
          const resolved = new URL(kept, "https://portal.example");
          if (resolved.origin !== "https://portal.example") return false;
          if (!/^\/zh-Han[st]\/(transfer\/)?checklist$/.test(resolved.pathname)) return false;
        }
        return true;
      }),
      { numRuns: 2000 },
    );
  });
});
