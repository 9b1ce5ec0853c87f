// Test helper: the source texts as published (byte for byte) — raw quotes must be found in them.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { SourceFile } from "../types";

export const readSource = (file: SourceFile): string =>
  readFileSync(path.join(import.meta.dirname, "../../docs/sources", file), "utf8");
