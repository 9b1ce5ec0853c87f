// The transfer check's link: its own short query keys (docs/answers.md, "Transfer link"), versioned
// with v=1. Only the move (places and kind), the approval date and ticks travel — never personal data.
import type { QueryInput } from "@/lib/answers-url/codec";
import { queryValues } from "@/lib/answers-url/query-values";
import type { TransferInput } from "@/policies/hu-zhe-transfer";
import { transferInputSchema } from "@/policies/transfer-schema";
import { placeCode, placeOf } from "./places";

/** Public contract once links are shared: never reuse or rename a key. */
export const TRANSFER_KEYS = {
  version: "v",
  from: "fr",
  to: "to",
  kind: "k",
  /** The day the application was approved (result page only). */
  approval: "ad",
  ticks: "t",
} as const;
export const TRANSFER_LINK_VERSION = "1";

export const TRANSFER_FIELDS = ["from", "to", "kind"] as const;
export type TransferField = (typeof TRANSFER_FIELDS)[number];

export interface TransferLink {
  /** The whole move, when every field is present and valid. */
  readonly input: TransferInput | null;
  /** Each field as written (a form redisplays what was chosen). */
  readonly raw: Partial<Record<TransferField, string>>;
  readonly missing: readonly TransferField[];
  /** Present but rejected. */
  readonly invalid: readonly TransferField[];
  readonly version: "current" | "missing" | "unsupported";
}

const FIELD_OF_PATH: Record<string, TransferField> = {
  originProvince: "from",
  originCity: "from",
  destProvince: "to",
  destCity: "to",
  kind: "kind",
};

const first = (query: QueryInput, key: string) => queryValues(query, key)[0]?.slice(0, 64);

/** Reads a transfer link or form query. Never throws: what the schema rejects is reported, not raised. */
export function decodeTransferLink(query: QueryInput): TransferLink {
  const raw: Partial<Record<TransferField, string>> = {};
  for (const f of TRANSFER_FIELDS) {
    const v = first(query, TRANSFER_KEYS[f]);
    if (v !== undefined && v !== "") raw[f] = v;
  }
  const from = raw.from === undefined ? null : placeOf(raw.from);
  const to = raw.to === undefined ? null : placeOf(raw.to);
  const candidate = {
    originProvince: from?.province,
    originCity: from?.city,
    destProvince: to?.province,
    destCity: to?.city,
    kind: raw.kind,
  };
  const parsed = transferInputSchema.safeParse(
    Object.fromEntries(Object.entries(candidate).filter(([, v]) => v !== undefined)),
  );
  const bad = new Set<TransferField>(
    parsed.success ? [] : parsed.error.issues.map((i) => FIELD_OF_PATH[String(i.path[0])] ?? "kind"),
  );
  const missing = TRANSFER_FIELDS.filter((f) => raw[f] === undefined);
  const invalid = TRANSFER_FIELDS.filter((f) => raw[f] !== undefined && bad.has(f));
  const version = first(query, TRANSFER_KEYS.version);
  return {
    input: parsed.success ? parsed.data : null,
    raw,
    missing,
    invalid,
    version:
      version === TRANSFER_LINK_VERSION ? "current" : version === undefined ? "missing" : "unsupported",
  };
}

/** The query string of a link holding this move (`v` first), plus extra parameters when set. */
export function encodeTransferLink(
  input: Partial<TransferInput>,
  extra: Partial<Record<"approval" | "ticks", string>> = {},
): string {
  const p = new URLSearchParams({ [TRANSFER_KEYS.version]: TRANSFER_LINK_VERSION });
  if (input.originProvince) p.set(TRANSFER_KEYS.from, placeCode(input.originProvince, input.originCity));
  if (input.destProvince) p.set(TRANSFER_KEYS.to, placeCode(input.destProvince, input.destCity));
  if (input.kind) p.set(TRANSFER_KEYS.kind, input.kind);
  if (extra.approval) p.set(TRANSFER_KEYS.approval, extra.approval);
  if (extra.ticks) p.set(TRANSFER_KEYS.ticks, extra.ticks);
  return p.toString();
}

/** The valid part of a damaged link, as raw field values (to prefill the form). */
export const validPart = (link: TransferLink): Partial<Record<TransferField, string>> =>
  Object.fromEntries(
    TRANSFER_FIELDS.filter((f) => link.raw[f] !== undefined && !link.invalid.includes(f)).map((f) => [
      f,
      link.raw[f],
    ]),
  );
