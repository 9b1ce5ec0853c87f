import { describe, expect, it } from "vitest";
import { inScript } from "@/lib/citations/script";
import { DELIVERY_DIVISIONS, deliverySchema, maskDelivery } from "./delivery";

const address = deliverySchema.parse({
  district: "410105",
  street: "经三路 12 号院",
  recipient: "李四",
  phone: "139 1234 5678",
});

describe("delivery address", () => {
  it("names province, city and district in the page's script, never the street", () => {
    expect(maskDelivery(address, "zh-Hans")).toBe("河南省郑州市金水区 ****（李*，*******5678）");
    expect(maskDelivery(address, "zh-Hant")).toBe("河南省鄭州市金水區 ****（李*，*******5678）");
    // What lists store is written once in 简体; a zh-Hant page shows it converted.
    expect(inScript(maskDelivery(address, "zh-Hans"), "zh-Hant")).toBe(maskDelivery(address, "zh-Hant"));
  });

  it("offers every county of the four cities, and refuses a code outside them", () => {
    const cities = new Set(DELIVERY_DIVISIONS.map((d) => d.city));
    expect([...cities].sort()).toEqual(["huzhou", "qingdao", "zhaoqing", "zhengzhou"]);
    expect(deliverySchema.safeParse({ ...address, phone: "13912345678", district: "110101" }).success).toBe(
      false,
    );
  });
});
