#!/usr/bin/env bash
# Installs what Forkpoint needs, and only what is missing, so a second run takes
# seconds. `setup.sh serve` gets the build tools; `setup.sh test` (the default)
# also gets the three browser engines the tests drive, with their drivers.
#   wasm32 target · trunk 0.21.14 · wasm-bindgen-cli = Cargo.lock's wasm-bindgen
#   · npm packages from package-lock.json (playwright-core, selenium-webdriver,
#   axe-core, and binaryen 132 for a wasm-opt that reads what rustc emits)
#   · from Debian: Chromium + ChromeDriver, Firefox ESR, WebKitGTK's
#   WebKitWebDriver + MiniBrowser, Xvfb, nginx (to test the build's nginx
#   snippet) · geckodriver from crates.io
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$FORKPOINT_ROOT"

PURPOSE="${1:-test}"
TRUNK_VERSION="0.21.14"
GECKODRIVER_VERSION="0.37.1"

log() { printf 'setup: %s\n' "$*" >&2; }
fail() { printf 'setup: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    fail "need root to run: $*"
  fi
}

ensure_cargo() {
  command -v cargo >/dev/null || fail "cargo not found: install Rust with rustup first (https://rustup.rs)"
}

ensure_wasm_target() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    log "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_trunk() {
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    log "installing trunk $TRUNK_VERSION (once; about 10 minutes on 2 cores)"
    cargo install --locked "trunk@$TRUNK_VERSION"
  fi
}

# The version of wasm-bindgen that Cargo.lock pins; the CLI must match it exactly.
locked_wasm_bindgen() {
  awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

ensure_wasm_bindgen() {
  local version
  version="$(locked_wasm_bindgen)"
  [ -n "$version" ] || fail "could not read the wasm-bindgen version from Cargo.lock"
  grep -q "^wasm_bindgen = \"$version\"" Trunk.toml ||
    fail "Trunk.toml [tools] wasm_bindgen must be \"$version\", the version in Cargo.lock"
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $version" ] ||
    ! command -v wasm-bindgen-test-runner >/dev/null; then
    log "installing wasm-bindgen-cli $version (once; about 4 minutes)"
    # Not --locked: one of its locked dependencies is no longer in the registry.
    cargo install --force "wasm-bindgen-cli@$version"
  fi
}

ensure_npm_packages() {
  local stamp="node_modules/.forkpoint-package-lock.json"
  if ! cmp -s package-lock.json "$stamp"; then
    log "installing npm packages from package-lock.json"
    npm ci --no-audit --no-fund --loglevel=error
    cp package-lock.json "$stamp"
  fi
  [ "$(wasm-opt --version 2>/dev/null)" = "wasm-opt version 132 (version_132)" ] ||
    fail "wasm-opt from node_modules/.bin is not version 132"
}

# Debian's packages for the three engines and nginx: one apt run for whatever is missing.
ensure_browsers() {
  local missing=()
  [ -x "$CHROMIUM" ] || missing+=(chromium)
  [ -x "$CHROMEDRIVER" ] || missing+=(chromium-driver)
  [ -x "$FIREFOX" ] || missing+=(firefox-esr)
  [ -x "$WEBKIT_DRIVER" ] && [ -x "$MINIBROWSER" ] || missing+=(webkit2gtk-driver)
  command -v xvfb-run >/dev/null || missing+=(xvfb)
  command -v xauth >/dev/null || missing+=(xauth)
  [ -x "$NGINX" ] || missing+=(nginx-light)
  [ "${#missing[@]}" -eq 0 ] && return
  log "installing from Debian: ${missing[*]}"
  as_root apt-get update -q
  if ! as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get --fix-broken install -y -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
  fi
}

# Firefox's WebDriver server (Debian has no package): built once from crates.io.
ensure_geckodriver() {
  if [ "$(geckodriver --version 2>/dev/null | head -n 1 | cut -d' ' -f2)" != "$GECKODRIVER_VERSION" ]; then
    log "installing geckodriver $GECKODRIVER_VERSION (once; about 2 minutes)"
    cargo install --locked "geckodriver@$GECKODRIVER_VERSION"
  fi
}

ensure_cargo
ensure_wasm_target
ensure_trunk
ensure_wasm_bindgen
ensure_npm_packages
case "$PURPOSE" in
  serve) ;;
  test)
    ensure_browsers
    ensure_geckodriver
    ;;
  *) fail "usage: scripts/setup.sh [serve|test]" ;;
esac
log "ready ($(trunk --version), $(wasm-bindgen --version), $(rustc --version | cut -d' ' -f1-2))"
