import { describe, expect, it } from "vitest";
import { referenceFromScan } from "./scan";

describe("what a scanner types", () => {
  it("reads the reference however the scanner or the clerk sends it", () => {
    expect(referenceFromScan("HK-7K3M-Q9ZD-2PXA")).toBe("HK-7K3M-Q9ZD-2PXA");
    expect(referenceFromScan("  hk7k3mq9zd2pxa\r")).toBe("HK-7K3M-Q9ZD-2PXA");
    expect(referenceFromScan("预约号 HK-7K3M-Q9ZD-2PXA 请到窗口")).toBe("HK-7K3M-Q9ZD-2PXA");
  });
  it("refuses what is not a reference, and never reads past 200 characters", () => {
    expect(referenceFromScan("https://example.com/")).toBeUndefined();
    expect(referenceFromScan("")).toBeUndefined();
    expect(referenceFromScan("HK-7K3M-Q9ZD")).toBeUndefined();
    expect(referenceFromScan(`${"x".repeat(200)}HK-7K3M-Q9ZD-2PXA`)).toBeUndefined();
  });
});
