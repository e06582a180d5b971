# Sourced by the other scripts: where the project's tools are found.
FORKPOINT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export FORKPOINT_ROOT
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$FORKPOINT_ROOT/node_modules/.bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
# geckodriver wherever it is on PATH, else where setup.sh's `cargo install` puts it.
GECKODRIVER="${GECKODRIVER:-$(command -v geckodriver || echo "${CARGO_HOME:-$HOME/.cargo}/bin/geckodriver")}"
export GECKODRIVER
export FIREFOX="${FIREFOX:-/usr/bin/firefox-esr}"
export WEBKIT_DRIVER="${WEBKIT_DRIVER:-/usr/bin/WebKitWebDriver}"
export MINIBROWSER="${MINIBROWSER:-/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser}"
export NGINX="${NGINX:-/usr/sbin/nginx}"
