/**
 * How much a resident may upload. A phone photo of a document is 1–5 MB, a scanned PDF a few MB;
 * a 户口簿 has a handful of pages. The limits leave room for that and no more, so one case cannot
 * fill the disk or the clerk's morning.
 */
export const FILE_LIMITS = {
  /** Bytes of one uploaded file, as sent (before re-encoding). */
  maxFileBytes: 10 * 1024 * 1024,
  /** Files attached to one checklist item (pages of one document). */
  maxFilesPerItem: 6,
  /** Files in one case, all items together. */
  maxFilesPerCase: 60,
  /** Bytes stored for one case, all items together. */
  maxCaseBytes: 120 * 1024 * 1024,
  /** Pixels of an image (width × height): a 50-megapixel photo passes, a decompression bomb does not. */
  maxImagePixels: 50_000_000,
  /** Longest side of a stored image: enough to read a stamp, small enough for a clerk's screen. */
  maxImageSide: 3200,
  /** Bytes of PDF content after decompressing its streams (for the JavaScript scan). */
  maxPdfInflatedBytes: 64 * 1024 * 1024,
} as const;

export type FileLimits = { [K in keyof typeof FILE_LIMITS]: number };

export const ACCEPTED_TYPES = ["image/jpeg", "image/png", "image/heic", "application/pdf"] as const;
/** The `accept` attribute of the upload inputs (a hint only: the server checks the bytes). */
export const ACCEPT_ATTRIBUTE =
  "image/jpeg,image/png,image/heic,image/heif,application/pdf,.jpg,.jpeg,.png,.heic,.pdf";
