import {
  type ConsumeResult,
  consumeFrom,
  createLimiterSet,
  type LimiterSet,
  type LimitStore,
  storeFromEnv,
} from "@/lib/booking/rate-limit";

/**
 * Upload limits, shared by all app servers through the same store as the booking limits (Redis, else
 * PostgreSQL, else memory). Counted before the body is read (per case and per IP), by bytes once it is
 * read (per IP: a day's volume), and per office per day when a file is stored (the office's disk and
 * its clerks' day are finite; counting refused files there would let anyone close an office's uploads).
 */
export const UPLOAD_LIMITS = {
  /** Uploads to one case in an hour: a family's documents, twice over. */
  uploadCase: { points: 80, duration: 3600 },
  /** Upload requests from one IP in an hour (a household or a small office behind one address). */
  uploadIp: { points: 200, duration: 3600 },
  /** Kibibytes received from one IP in a day: 300 MB. */
  uploadIpKib: { points: 300 * 1024, duration: 86_400 },
  /** Files stored for one office's cases in a day. */
  uploadOffice: { points: 3000, duration: 86_400 },
} as const;
export type UploadLimitName = keyof typeof UPLOAD_LIMITS;
export type UploadLimiters = LimiterSet<UploadLimitName>;

const globalKey = Symbol.for("hukou.uploadLimiters");
type G = typeof globalThis & { [globalKey]?: Promise<UploadLimiters> };

export function uploadLimiters(): Promise<UploadLimiters> {
  const g = globalThis as G;
  if (!g[globalKey]) {
    g[globalKey] = storeFromEnv()
      .then((store) => createLimiterSet(store, UPLOAD_LIMITS))
      .catch((err) => {
        g[globalKey] = undefined;
        throw err;
      });
  }
  return g[globalKey];
}

export function createUploadLimiters(
  store: LimitStore = { kind: "memory" },
  table: Record<UploadLimitName, { points: number; duration: number }> = UPLOAD_LIMITS,
): Promise<UploadLimiters> {
  return createLimiterSet(store, table);
}

export function setUploadLimitersForTesting(l: Promise<UploadLimiters> | undefined): void {
  (globalThis as G)[globalKey] = l;
}

export const consumeUpload = (
  set: UploadLimiters,
  pairs: readonly (readonly [UploadLimitName, string, number?])[],
): Promise<ConsumeResult> => consumeFrom(set, pairs);
