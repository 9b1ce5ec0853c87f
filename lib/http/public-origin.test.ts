import { describe, expect, it } from "vitest";
import { parsePublicOrigin, publicOrigin } from "./public-origin";

describe("publicOrigin", () => {
  it("comes from PUBLIC_ORIGIN only", () => {
    expect(publicOrigin({ PUBLIC_ORIGIN: "https://hukou.example.gov.cn/" })).toBe(
      "https://hukou.example.gov.cn",
    );
    expect(publicOrigin({ PORT: "4114" })).toBe("http://localhost:4114");
  });

  it("refuses anything that is not a bare http(s) origin", () => {
    for (const bad of [
      "hukou.example",
      "javascript:alert(1)",
      "https://a.example/path",
      "https://u@a.example",
    ])
      expect(() => parsePublicOrigin(bad), bad).toThrow();
  });
});
