import type { Citation, SourceFile } from "./types";

/** Returns a citation maker bound to one source file. */
export const citer =
  (source: SourceFile) =>
  (clause: string, quote: string): Citation =>
    Object.freeze({ source, clause, quote });
