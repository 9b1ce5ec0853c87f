import { loadFilesKey } from "./key";
import { seal, unseal } from "./seal";

/**
 * Short personal texts kept beside the files (a case's e-mail for notices, its delivery address):
 * sealed with the files key, bound to their row and purpose, stored as base64. A database dump alone
 * reveals none of them.
 */
let cached: Buffer | undefined;
const key = () => {
  cached ??= loadFilesKey();
  return cached;
};

export const sealText = (context: string, text: string): string =>
  seal(key(), context, Buffer.from(text, "utf8")).toString("base64");

export function unsealText(context: string, sealed: string | null | undefined): string | null {
  if (!sealed) return null;
  return unseal(key(), context, Buffer.from(sealed, "base64"))?.toString("utf8") ?? null;
}
