import { z } from "zod";
import { isMainlandMobile, normalizeMobile } from "@/lib/booking/phone";
import { maskName } from "@/lib/booking/view";
import { DIVISIONS, type Division } from "@/policies/divisions";
import type { CityId } from "@/policies/types";

/**
 * A delivery address for 邮寄: a county-level division from the repository's division data (which
 * fixes the province and city), a street line, a recipient and a mainland mobile. The same schema
 * checks the form on the page and on the server.
 */
export const PROVINCE_OF_CITY: Record<CityId, { zh: string; hant: string; code: string }> = {
  zhengzhou: { zh: "河南省", hant: "河南省", code: "410000" },
  qingdao: { zh: "山东省", hant: "山東省", code: "370000" },
  huzhou: { zh: "浙江省", hant: "浙江省", code: "330000" },
  zhaoqing: { zh: "广东省", hant: "廣東省", code: "440000" },
} as Record<CityId, { zh: string; hant: string; code: string }>;

const CITY_NAME: Record<string, { zh: string; hant: string }> = {
  zhengzhou: { zh: "郑州市", hant: "鄭州市" },
  qingdao: { zh: "青岛市", hant: "青島市" },
  huzhou: { zh: "湖州市", hant: "湖州市" },
  zhaoqing: { zh: "肇庆市", hant: "肇慶市" },
};

/** Divisions a delivery can go to: those of cities whose province we know. */
export const DELIVERY_DIVISIONS: readonly Division[] = DIVISIONS.filter(
  (d) => d.city in PROVINCE_OF_CITY && d.city in CITY_NAME,
);

// No control characters, no angle brackets: the line is printed on a label and shown to staff.
const plainLine = (min: number, max: number, error: string) =>
  z
    .string()
    .trim()
    .min(min, { error })
    .max(max, { error })
    .refine((s) => !/[\p{Cc}<>]/u.test(s), { error });

export const deliverySchema = z.object({
  district: z.string().refine((id) => DELIVERY_DIVISIONS.some((d) => d.id === id), { error: "district" }),
  street: plainLine(2, 80, "street"),
  recipient: plainLine(1, 20, "recipient"),
  phone: z
    .string()
    .trim()
    .refine(isMainlandMobile, { error: "phone" })
    .transform((p) => normalizeMobile(p)),
});
export type Delivery = z.infer<typeof deliverySchema>;

/** "河南省郑州市金水区" in the page's script. */
export function regionLabel(districtId: string, locale: string): string {
  const d = DELIVERY_DIVISIONS.find((x) => x.id === districtId);
  if (!d) return "";
  const hant = locale === "zh-Hant";
  const prov = PROVINCE_OF_CITY[d.city];
  const city = CITY_NAME[d.city]!;
  return `${hant ? prov.hant : prov.zh}${hant ? city.hant : city.zh}${hant ? d.hant : d.zh}`;
}

/** What lists show: the region, never the street; the recipient's first character; the phone's last four. */
export function maskDelivery(d: Delivery, locale = "zh-Hans"): string {
  return `${regionLabel(d.district, locale)} ****（${maskName(d.recipient)}，*******${d.phone.slice(-4)}）`;
}

export const fullDelivery = (d: Delivery, locale = "zh-Hans"): string =>
  `${regionLabel(d.district, locale)}${d.street}（${d.recipient}，${d.phone}）`;

/** Couriers a clerk picks from; the tracking number is checked for shape only. */
export const COURIERS = ["ems", "sf", "jd", "zto", "yto", "sto", "yunda"] as const;
export const shipmentSchema = z.object({
  courier: z.enum(COURIERS, { error: "courier" }),
  tracking: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9]{8,24}$/, { error: "tracking" }),
});
