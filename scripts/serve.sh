#!/usr/bin/env bash
# README's run command: install, build, serve http://localhost:3000 on the embedded database.
source "$(dirname "$0")/lib/prepare.sh"
echo "› next build"
npx next build
echo "› serving on http://localhost:${PORT:-3000} (database: ${DATABASE_URL:+postgres}${DATABASE_URL:-embedded PGlite in ./data})"
exec node scripts/server.mjs -p "${PORT:-3000}"
