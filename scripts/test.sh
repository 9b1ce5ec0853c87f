#!/usr/bin/env bash
# README's test command: installs what the tests need, then lint, types, format, unit, build, browser tests.
source "$(dirname "$0")/lib/prepare.sh"

# A Chinese font too: without one, a fresh Debian draws every Han character as a box, in screenshots
# and in the layout Lighthouse times.
if [ ! -x /usr/bin/chromium ] || ! fc-list :lang=zh 2>/dev/null | grep -q .; then
  echo "› installing Debian chromium and fonts-wqy-microhei (browser downloads are not possible here)"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null
fi

# Real PostgreSQL is optional: the database tests run on it too when it answers.
pg_url="postgres://postgres@127.0.0.1:5432/test"
if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null && command -v pg_ctlcluster >/dev/null; then
  as_root pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start 2>/dev/null || true
fi
# Only the unit step sees DATABASE_URL: the browser tests run the app on its embedded default.
unit_env=()
if pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
  unit_env=(env "DATABASE_URL=${TEST_DATABASE_URL:-$pg_url}")
  echo "› PostgreSQL answers at 127.0.0.1:5432: database tests run on PGlite and PostgreSQL"
else
  echo "› PostgreSQL does not answer at 127.0.0.1:5432: database tests run on PGlite only"
fi

# Redis is optional too: the rate-limit store test runs on it when it answers (database 14).
redis_up() { (exec 3<>/dev/tcp/127.0.0.1/6379 && printf 'PING\r\n' >&3 && read -r -t 2 line <&3 && [[ $line == +PONG* ]]) 2>/dev/null; }
if ! redis_up && command -v redis-server >/dev/null; then
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no >/dev/null 2>&1 || true
  sleep 1
fi
if redis_up; then
  unit_env=(env "${unit_env[@]:1}" "TEST_REDIS_URL=${TEST_REDIS_URL:-redis://127.0.0.1:6379/14}")
  echo "› Redis answers at 127.0.0.1:6379: the rate-limit store test runs on it"
else
  echo "› Redis does not answer at 127.0.0.1:6379: the rate-limit store test on Redis is skipped"
fi

rm -rf .reports && mkdir -p .reports
failed=()
step() { local name=$1; shift; echo; echo "› $name"; "$@" || failed+=("$name"); }

step "next typegen" npx next typegen
step "lint + format (biome)" npx biome ci .
step "type-check (tsc)" npx tsc --noEmit
# The build comes first: the booking race and crash tests start the production server.
step "production build" npx next build
step "unit tests (vitest)" "${unit_env[@]}" npx vitest run --reporter=default --reporter=json --outputFile.json=.reports/unit.json
step "browser tests (playwright, Debian chromium)" npx playwright test
node scripts/lib/summary.mjs || true

if [ ${#failed[@]} -gt 0 ]; then
  printf '✗ failed steps: %s\n' "${failed[*]}"
  exit 1
fi
