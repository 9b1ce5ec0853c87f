// Adds up the runners' JSON reports into the plain closing line CI reads.
import { existsSync, readFileSync } from "node:fs";

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null);
const unit = read(".reports/unit.json");
const e2e = read(".reports/e2e.json");
const rows = [
  unit && ["unit", unit.numPassedTests, unit.numFailedTests, unit.numPendingTests + unit.numTodoTests],
  e2e && ["browser", e2e.stats.expected + e2e.stats.flaky, e2e.stats.unexpected, e2e.stats.skipped],
].filter(Boolean);
const total = rows.reduce((t, [, p, f, s]) => [t[0] + p, t[1] + f, t[2] + s], [0, 0, 0]);
console.log();
for (const [name, p, f, s] of rows) console.log(`  ${name}: ${p} passed, ${f} failed, ${s} skipped`);
console.log(`total: ${total[0]} passed, ${total[1]} failed, ${total[2]} skipped`);
