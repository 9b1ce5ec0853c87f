# Shared by serve.sh and test.sh: make a fresh clone runnable with nothing installed by hand.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
export NEXT_TELEMETRY_DISABLED=1

# Install from the lockfile when node_modules is missing or older than it. Not `npm ci`: the registry
# these machines reach has no other platforms' optional binaries (@next/swc-darwin-*, …), so the lock
# cannot list them and npm 11's ci rejects it; `npm install` follows the same lock and leaves it as is.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "› npm install (from package-lock.json)"
  npm install --no-audit --no-fund --loglevel=error
fi

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
