#!/usr/bin/env bash
# The benchmark: builds the release bundle and a bare Yew app, and prints
# the figures (sizes, time to an interactive home screen at 4x CPU slowdown
# beside the bare app's, wasm memory).
# Not part of the test run; it reports, it never fails on a timing.
#   scripts/bench.sh [runs]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$FORKPOINT_ROOT"
"$FORKPOINT_ROOT/scripts/setup.sh" test
"$FORKPOINT_ROOT/scripts/build.sh"
# A bare Yew app, built the same way, to time side by side (bench/bare-yew).
(cd bench/bare-yew && CARGO_TARGET_DIR="$FORKPOINT_ROOT/target/bench-bare" \
  trunk build --release --offline=true --dist "$FORKPOINT_ROOT/target/bench-bare-dist")
BARE_YEW_DIST="$FORKPOINT_ROOT/target/bench-bare-dist" node scripts/bench.mjs "${1:-7}"
