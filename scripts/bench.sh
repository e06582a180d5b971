#!/usr/bin/env bash
# The benchmark: builds the release bundle and prints its figures (sizes,
# time to an interactive home screen at 4x CPU slowdown, wasm memory).
# Not part of the test run; it reports, it never fails on a timing.
#   scripts/bench.sh [runs]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$FORKPOINT_ROOT"
"$FORKPOINT_ROOT/scripts/setup.sh" test
"$FORKPOINT_ROOT/scripts/build.sh"
node scripts/bench.mjs "${1:-7}"
