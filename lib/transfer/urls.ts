import type { TransferInput } from "@/policies/hu-zhe-transfer";
import { encodeTransferLink, TRANSFER_KEYS, TRANSFER_LINK_VERSION, type TransferField } from "./link";

/** The check form, prefilled with whatever valid choices there are (to change them). */
export function transferFormUrl(locale: string, raw: Partial<Record<TransferField, string>> = {}): string {
  const p = new URLSearchParams();
  for (const f of ["from", "to", "kind"] as const) if (raw[f]) p.set(TRANSFER_KEYS[f], raw[f]);
  if (p.size > 0) p.set(TRANSFER_KEYS.version, TRANSFER_LINK_VERSION);
  const q = p.toString();
  return `/${locale}/transfer${q ? `?${q}` : ""}`;
}

export const transferResultUrl = (locale: string, input: TransferInput, approval?: string) =>
  `/${locale}/transfer/result?${encodeTransferLink(input, { approval })}`;

export const transferChecklistUrl = (locale: string, input: TransferInput, ticks?: string) =>
  `/${locale}/transfer/checklist?${encodeTransferLink(input, { ticks })}`;

/**
 * The booking flow for the first visit: a counter of the destination, business pre-set, the checklist
 * to bring (URL contract: lib/booking/url.ts). The district is the destination's city code; booking
 * matches offices on its first four digits.
 */
export function transferBookingUrl(locale: string, input: TransferInput): string {
  const p = new URLSearchParams({
    business: "cross-province-transfer",
    district: input.destCity ?? input.destProvince,
    checklist: transferChecklistUrl(locale, input),
  });
  return `/${locale}/book?${p.toString()}`;
}
