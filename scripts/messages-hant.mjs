// Writes messages/zh-Hant.json from messages/zh-Hans.json with the portal's one Traditional profile
// (lib/i18n/hant.mjs). Edit zh-Hans only, then run `node scripts/messages-hant.mjs`; a unit test fails
// when the committed zh-Hant differs from what this writes.
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { hantMessages } from "../lib/i18n/hant.mjs";

const dir = new URL("../messages/", import.meta.url);
const hans = JSON.parse(readFileSync(new URL("zh-Hans.json", dir), "utf8"));
const target = new URL("zh-Hant.json", dir).pathname;
writeFileSync(`${target}.tmp`, `${JSON.stringify(hantMessages(hans), null, 2)}\n`);
renameSync(`${target}.tmp`, target);
