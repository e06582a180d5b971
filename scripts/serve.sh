#!/usr/bin/env bash
# Installs what is missing, then serves the app on 127.0.0.1 with live reload.
#   scripts/serve.sh            → http://127.0.0.1:8080/
#   PORT=9000 scripts/serve.sh  → another port
#   scripts/serve.sh --release  → the optimised build, with the production headers
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$FORKPOINT_ROOT"
"$FORKPOINT_ROOT/scripts/setup.sh" serve

PORT="${PORT:-8080}"
if [ "${1:-}" = "--release" ]; then
  trunk build --release --offline
  exec node tests/e2e/server.mjs dist "$PORT"
fi
echo "Forkpoint: building, then serving at http://127.0.0.1:$PORT/ (Ctrl-C stops it)"
exec trunk serve --offline --address 127.0.0.1 --port "$PORT"
