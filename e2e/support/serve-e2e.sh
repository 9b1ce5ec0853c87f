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
  # The counter tests (e2e/counter.spec.ts): one clerk per test, each at its own office.
  npx tsx scripts/staff.ts add e2e-clerk-1 窗口民警甲 clerk:410105-hall
  npx tsx scripts/staff.ts add e2e-clerk-2 窗口民警乙 clerk:410103-station office_admin:410103-station
} > .reports/e2e-staff-links.txt
# Issue 16's pre-review clerks, all in one process (.reports/e2e-prereview-links.txt).
npx tsx e2e/support/add-prereview-clerks.ts
# Issue 14's server: next start behind the socket-address stamp (lib/http/client-ip.ts).
exec node scripts/server.mjs -p "$port" -H 127.0.0.1
