import { normalizeReference, REFERENCE_CHARS } from "@/lib/booking/tokens";

/** "HK" then the reference's characters in groups of four, dashes optional. */
const EMBEDDED = new RegExp(`HK(?:-?[0-9A-Z]{4}){${REFERENCE_CHARS / 4}}`, "i");

/**
 * A reference from whatever a USB or phone scanner types (it acts as a keyboard): the confirmation's
 * QR code holds the bare reference, but a scanner may add spaces, a prefix or a whole line of text.
 */
export function referenceFromScan(raw: string): string | undefined {
  const text = raw.slice(0, 200);
  const direct = normalizeReference(text.trim());
  if (direct) return direct;
  const m = EMBEDDED.exec(text);
  return m ? normalizeReference(m[0]) : undefined;
}
