import { hash, verify } from "@node-rs/argon2";

/**
 * argon2id with OWASP's second recommended setting (m = 19 MiB, t = 2, p = 1): about 30 ms on
 * this machine, so a guess costs the attacker as much as it costs us, and lockout does the rest.
 */
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

export const hashPassword = (password: string): Promise<string> => hash(password, OPTIONS);

export async function checkPassword(stored: string | null, password: string): Promise<boolean> {
  // An unknown user or unenrolled account still costs one hash: response time does not tell them apart.
  const target = stored ?? DUMMY_HASH;
  const ok = await verify(target, password).catch(() => false);
  return ok && stored !== null;
}

const DUMMY_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$P15RsoO85bYNToQxGgjqeA$hv4E7Q3xEG/h3eDKx233xFg/WrVnUMrms6l8PpjW53g";
