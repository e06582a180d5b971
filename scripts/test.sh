#!/usr/bin/env bash
# Installs what is missing, then runs every test layer:
#   1. native `cargo test` (pure logic), after rustfmt and clippy
#   2. wasm-bindgen-test in Chromium, Firefox and WebKit (browser-facing code)
#   3. the release build (scripts/build.sh): size budget per page; the deep
#      end-to-end tests in Chromium (playwright-core, axe-core, CSP, quota,
#      forgers); then the journeys a person takes, in Chromium, Firefox and
#      WebKit (selenium-webdriver), all served on 127.0.0.1.
# WebKit's MiniBrowser needs a display: its steps run under xvfb-run.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$FORKPOINT_ROOT"
"$FORKPOINT_ROOT/scripts/setup.sh" test

echo "== 1/3 native tests: cargo test (after rustfmt and clippy)"
cargo fmt --check
cargo clippy --locked --lib --tests --all-features -- -D warnings
cargo test --locked --lib --all-features

echo "== 2/3 browser tests: wasm-bindgen-test in Chromium, Firefox and WebKit"
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
web_tests() { cargo test --locked --target wasm32-unknown-unknown --all-features --test web; }
# The runner picks the first driver it finds (Firefox, then Safari, then
# Chrome), so each engine gets only its own.
(unset GECKODRIVER SAFARIDRIVER; web_tests)
(unset CHROMEDRIVER SAFARIDRIVER; web_tests)
(unset CHROMEDRIVER GECKODRIVER
  SAFARIDRIVER="$WEBKIT_DRIVER" WASM_BINDGEN_TEST_WEBDRIVER_JSON="$FORKPOINT_ROOT/webdriver-webkit.json" \
    xvfb-run -a bash -c "$(declare -f web_tests); web_tests")

echo "== 3/3 end-to-end: release build, size budget, Chromium in depth, journeys in three engines"
"$FORKPOINT_ROOT/scripts/build.sh"
node --test --test-concurrency=1 --test-force-exit tests/e2e/*.test.mjs
xvfb-run -a node --test --test-concurrency=1 --test-force-exit tests/journeys/*.test.mjs

echo "All three test layers passed."
