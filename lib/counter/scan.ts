import { normalizeReference } from "@/lib/booking/tokens";

/**
 * A reference from whatever a USB or phone scanner types (it acts as a keyboard): the confirmation's
 * QR code holds the bare reference, but a scanner may add spaces, a prefix or a whole line of text.
 */
export function referenceFromScan(raw: string): string | undefined {
  const text = raw.slice(0, 200);
  const direct = normalizeReference(text.trim());
  if (direct) return direct;
  const m = /HK-?[0-9A-Z]{4}-?[0-9A-Z]{4}/i.exec(text);
  return m ? normalizeReference(m[0]) : undefined;
}
