import { z } from "zod";
import { isMainlandMobile, normalizeMobile } from "@/lib/booking/phone";
import { maskName } from "@/lib/booking/view";
import hans from "@/messages/zh-Hans.json";
import hant from "@/messages/zh-Hant.json";
import { DIVISIONS, type Division } from "@/policies/divisions";

/**
 * A delivery address for 邮寄: a county-level division from the repository's division data (which
 * fixes the province and city), a street line, a recipient and a mainland mobile. The same schema
 * checks the form on the page and on the server.
 */
type Names = {
  prereview: { mail: { provinces: Record<string, string> } };
  policy: { jurisdictions: Record<string, string> };
};
const NAMES: Record<"zh-Hans" | "zh-Hant", Names> = { "zh-Hans": hans, "zh-Hant": hant };
/** The province of a city's division code (GB/T 2260: its first two digits). */
const provinceCode = (d: Division) => `${d.id.slice(0, 2)}0000`;

/** Divisions a delivery can go to: those whose province and city the message files name. */
export const DELIVERY_DIVISIONS: readonly Division[] = DIVISIONS.filter(
  (d) => provinceCode(d) in hans.prereview.mail.provinces && d.city in hans.policy.jurisdictions,
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
  const names = NAMES[hant ? "zh-Hant" : "zh-Hans"];
  const province = names.prereview.mail.provinces[provinceCode(d)] ?? "";
  return `${province}${names.policy.jurisdictions[d.city] ?? ""}${hant ? d.hant : d.zh}`;
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
