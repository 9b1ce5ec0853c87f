export const HANT_FIXES: [string, string][];
export const HANT_KEEP: Set<string>;
export function toHant(text: string): string;
type Tree = { [key: string]: string | Tree };
export function hantMessages(hans: Tree, prefix?: string): Tree;
