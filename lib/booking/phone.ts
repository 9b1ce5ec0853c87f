/** Mainland China mobile numbers: 11 digits starting 13–19; +86 / 0086 prefixes and separators are accepted. */
export function normalizeMobile(raw: string): string {
  const digits = raw.replace(/[\s()-]/g, "");
  return digits.replace(/^(?:\+86|0086|86)(?=1\d{10}$)/, "");
}

export function isMainlandMobile(raw: string): boolean {
  return /^1[3-9]\d{9}$/.test(normalizeMobile(raw));
}
