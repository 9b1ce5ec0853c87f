// Deep-merges a patch {"zh-Hans": {...}} into messages/zh-Hans.json, then regenerates zh-Hant.json from
// it (scripts/messages-hant.mjs). Several people edit the message files at once; merging keeps each edit
// small and atomic. A "zh-Hant" part of the patch is ignored: zh-Hant is always the conversion.
import { readFileSync, renameSync, writeFileSync } from "node:fs";

const merge = (into, from) => {
  for (const [k, v] of Object.entries(from)) {
    if (v && typeof v === "object" && !Array.isArray(v)) into[k] = merge(into[k] ?? {}, v);
    else into[k] = v;
  }
  return into;
};

const patch = JSON.parse(readFileSync(process.argv[2], "utf8"));
const file = new URL("../messages/zh-Hans.json", import.meta.url);
const next = merge(JSON.parse(readFileSync(file, "utf8")), patch["zh-Hans"] ?? {});
writeFileSync(`${file.pathname}.tmp`, `${JSON.stringify(next, null, 2)}\n`);
renameSync(`${file.pathname}.tmp`, file);
await import("./messages-hant.mjs");
