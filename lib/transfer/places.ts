// Where a hukou is now and where it moves to, as one code per place: a city of 上海/浙江 (the only
// provinces whose cities matter to the online transfer) or any other mainland province as a whole.
import { TRANSFER_PROVINCES } from "@/policies/divisions";

/** The other 29 mainland provinces (GB/T 2260). Their names are messages: transfer.provinces.<code>. */
export const OTHER_PROVINCE_CODES = [
  "110000",
  "120000",
  "130000",
  "140000",
  "150000",
  "210000",
  "220000",
  "230000",
  "320000",
  "340000",
  "350000",
  "360000",
  "370000",
  "410000",
  "420000",
  "430000",
  "440000",
  "450000",
  "460000",
  "500000",
  "510000",
  "520000",
  "530000",
  "540000",
  "610000",
  "620000",
  "630000",
  "640000",
  "650000",
] as const;

export interface PlaceCodes {
  readonly province: string;
  /** Set for 上海/浙江 cities; other provinces are chosen as a whole. */
  readonly city?: string;
}

const BY_CODE = new Map<string, PlaceCodes>([
  ...TRANSFER_PROVINCES.flatMap((p) =>
    p.cities.map((c) => [c.code, { province: p.code, city: c.code }] as [string, PlaceCodes]),
  ),
  ...OTHER_PROVINCE_CODES.map((code) => [code, { province: code }] as [string, PlaceCodes]),
]);

/** The province (and city) a form/link place code stands for, or null when it is not one we list. */
export const placeOf = (code: string): PlaceCodes | null => BY_CODE.get(code) ?? null;

/** The one code a place travels as in links and forms: the city when there is one, else the province. */
export const placeCode = (province: string, city?: string): string => city ?? province;

/** Display name of a place in the page's script, e.g. "浙江省湖州市", "上海市", "江苏省". */
export function placeName(code: string, locale: string, otherProvinceName: (code: string) => string): string {
  const hant = locale === "zh-Hant";
  for (const p of TRANSFER_PROVINCES) {
    const c = p.cities.find((x) => x.code === code);
    if (!c) continue;
    const [pn, cn] = hant ? [p.hant, c.hant] : [p.zh, c.zh];
    return pn === cn ? pn : `${pn}${cn}`;
  }
  return otherProvinceName(code);
}
