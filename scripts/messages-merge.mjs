// Deep-merges a patch {"zh-Hans": {...}, "zh-Hant": {...}} into messages/*.json.
// Several people edit the message files at once; merging keeps each edit small and atomic.
import { readFileSync, renameSync, writeFileSync } from "node:fs";

const merge = (into, from) => {
  for (const [k, v] of Object.entries(from)) {
    if (v && typeof v === "object" && !Array.isArray(v)) into[k] = merge(into[k] ?? {}, v);
    else into[k] = v;
  }
  return into;
};

const patch = JSON.parse(readFileSync(process.argv[2], "utf8"));
for (const [locale, tree] of Object.entries(patch)) {
  const file = new URL(`../messages/${locale}.json`, import.meta.url);
  const next = merge(JSON.parse(readFileSync(file, "utf8")), tree);
  writeFileSync(`${file.pathname}.tmp`, `${JSON.stringify(next, null, 2)}\n`);
  renameSync(`${file.pathname}.tmp`, file);
}
