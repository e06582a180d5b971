# Sourced by the other scripts: where the project's tools are found.
FORKPOINT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export FORKPOINT_ROOT
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$FORKPOINT_ROOT/node_modules/.bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
