#!/usr/bin/env bash
# Installs what is missing, then runs every test layer:
#   1. native `cargo test` (pure logic)
#   2. wasm-bindgen-test in headless Chromium (browser-facing code)
#   3. the release build (scripts/build.sh): size budget per page, then
#      end-to-end tests with playwright-core and axe-core against it, served
#      on 127.0.0.1.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$FORKPOINT_ROOT"
"$FORKPOINT_ROOT/scripts/setup.sh" test

echo "== 1/3 native tests: cargo test (after rustfmt and clippy)"
cargo fmt --check
cargo clippy --locked --lib --tests --all-features -- -D warnings
cargo test --locked --lib --all-features

echo "== 2/3 browser tests: wasm-bindgen-test in headless Chromium"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --locked --target wasm32-unknown-unknown --all-features --test web

echo "== 3/3 end-to-end: release build, size budget, playwright-core + axe-core"
"$FORKPOINT_ROOT/scripts/build.sh"
node --test --test-concurrency=1 tests/e2e/*.test.mjs

echo "All three test layers passed."
