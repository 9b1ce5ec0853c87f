/**
 * Resident identity number, GB 11643-1999: 6-digit region code, 8-digit birth date,
 * 3-digit sequence, and an ISO 7064 MOD 11-2 check character (0-9 or X).
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = "10X98765432";

export type IdNumberProblem = "format" | "birthDate" | "checkDigit";

/** The check character for the first 17 digits. */
export function idCheckDigit(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError("expected 17 digits");
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/** Strips spaces and upper-cases a trailing x, so "1101 0519…x" is read as typed. */
export function normalizeIdNumber(raw: string): string {
  return raw.replace(/[\s-]/g, "").toUpperCase();
}

/** Undefined when valid, otherwise the first problem found. `today` bounds the birth date. */
export function idNumberProblem(
  raw: string,
  today: string = new Date().toISOString().slice(0, 10),
): IdNumberProblem | undefined {
  const id = normalizeIdNumber(raw);
  if (!/^[1-9]\d{16}[\dX]$/.test(id)) return "format";
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  const d = new Date(`${birth}T00:00:00Z`);
  if (
    Number.isNaN(d.getTime()) ||
    d.toISOString().slice(0, 10) !== birth ||
    birth < "1900-01-01" ||
    birth > today
  ) {
    return "birthDate";
  }
  if (idCheckDigit(id.slice(0, 17)) !== id[17]) return "checkDigit";
  return undefined;
}

export function isValidIdNumber(raw: string): boolean {
  return idNumberProblem(raw) === undefined;
}
