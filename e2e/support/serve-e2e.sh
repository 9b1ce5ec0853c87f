#!/usr/bin/env bash
# The e2e server: a fresh embedded database, the first staff accounts created the way a station
# would create them (`npm run staff -- add`, whose one-time links the staff tests open), then `next start`.
set -euo pipefail
port="${1:?port}"
case "${PGLITE_DIR:-}" in
  .reports/*) rm -rf "$PGLITE_DIR" ;;
esac
case "${FILES_DIR:-}" in
  .reports/*) rm -rf "$(dirname "$FILES_DIR")" ;;
esac
mkdir -p .reports
{
  npx tsx scripts/staff.ts add e2e-city 郑州市管理员 city_admin:4101
  npx tsx scripts/staff.ts add e2e-auditor 审计员 auditor:'*'
  # Issue 16's pre-review: two clerks of 金水 hall (one per script run) and one of another office.
  npx tsx scripts/staff.ts add e2e-clerk16a 金水审核员甲 clerk:410105-hall
  npx tsx scripts/staff.ts add e2e-clerk16b 金水审核员乙 clerk:410105-hall
  npx tsx scripts/staff.ts add e2e-clerk16x 中原审核员 clerk:410102-station
} > .reports/e2e-staff-links.txt
exec node scripts/server.mjs -p "$port" -H 127.0.0.1
