import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formPostProblem } from "./form-post-check.mjs";

const multipart = (fields: [string, string][], boundary = "b0undary") => ({
  headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  body: Buffer.from(
    `${fields.map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`).join("")}--${boundary}--\r\n`,
  ),
});

describe("form posts checked before Next decodes them", () => {
  it("lets a well-formed no-JavaScript action post through", async () => {
    const { headers, body } = multipart([
      ["$ACTION_REF_1", ""],
      ["$ACTION_1:0", '{"id":"608ffe40","bound":"$@1"}'],
      ["$ACTION_1:1", '[{"status":"idle"}]'],
      ["$ACTION_KEY", "k1"],
      ["name", "张三"],
    ]);
    expect(await formPostProblem(headers, body)).toBeUndefined();
  });

  it.each([
    ["an action state that is not JSON", multipart([["$ACTION_1:1", "[garbage"]])],
    ["an action reference without an id", multipart([["$ACTION_1:0", '{"bound":1}']])],
    [
      "multipart without a boundary",
      { headers: { "content-type": "multipart/form-data" }, body: Buffer.from("abc") },
    ],
    [
      "multipart cut short",
      {
        headers: { "content-type": "multipart/form-data; boundary=x" },
        body: Buffer.from('--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb'),
      },
    ],
    [
      "JavaScript action args that are not JSON",
      { headers: { "content-type": "text/plain", "next-action": "id" }, body: Buffer.from("garbage") },
    ],
    [
      "JavaScript action args that are not an array",
      { headers: { "content-type": "text/plain", "next-action": "id" }, body: Buffer.from('{"a":1}') },
    ],
    [
      "an action of another content type",
      { headers: { "content-type": "application/json", "next-action": "id" }, body: Buffer.from("[]") },
    ],
  ])("refuses %s", async (_name, { headers, body }) => {
    expect(await formPostProblem(headers, body)).toBe("malformed");
  });

  it("never throws, whatever the bytes", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          "multipart/form-data; boundary=x",
          "multipart/form-data",
          "text/plain",
          "application/x-www-form-urlencoded",
        ),
        fc.boolean(),
        fc.uint8Array({ maxLength: 300 }),
        async (type, action, bytes) => {
          const r = await formPostProblem(
            { "content-type": type, ...(action ? { "next-action": "x" } : {}) },
            Buffer.from(bytes),
          );
          return r === undefined || r === "malformed";
        },
      ),
      { numRuns: 300 },
    );
  });
});
