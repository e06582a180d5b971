#!/usr/bin/env bash
# Installs what is missing, builds the release (scripts/build.sh, both pages)
# and serves it on 127.0.0.1 with the production headers.
#   scripts/serve.sh            → http://127.0.0.1:8080/
#   PORT=9000 scripts/serve.sh  → another port
#   scripts/serve.sh --dev      → Trunk's development server with live reload
#                                 (index.html only: the results page needs the
#                                 release build)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$FORKPOINT_ROOT"
"$FORKPOINT_ROOT/scripts/setup.sh" serve

PORT="${PORT:-8080}"
if [ "${1:-}" = "--dev" ]; then
  node scripts/shells.mjs --dev
  echo "Forkpoint: building, then serving at http://127.0.0.1:$PORT/ (Ctrl-C stops it)"
  exec trunk serve --offline --address 127.0.0.1 --port "$PORT"
fi
"$FORKPOINT_ROOT/scripts/build.sh"
exec node tests/e2e/server.mjs dist "$PORT"
