#!/usr/bin/env bash
# The release build, in dist/: one Trunk build per HTML document (each page
# loads only its own wasm bundle), merged, then finished by
# scripts/finish-build.mjs (hosting headers for every page).
#   scripts/build.sh            → dist/
# Assumes the tools are installed (scripts/setup.sh does that).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$FORKPOINT_ROOT"

# Trunk empties its dist directory, so the second page builds on the side.
trunk build --release --offline=true --dist dist index.html
rm -rf target/trunk-results
trunk build --release --offline=true --dist target/trunk-results results.html
# Trunk names every page it writes index.html.
mv target/trunk-results/index.html target/trunk-results/results.html
# Same content, same hashed name: the shared CSS and icon are identical.
for file in target/trunk-results/*; do
  name="$(basename "$file")"
  if [ -e "dist/$name" ] && ! cmp -s "$file" "dist/$name"; then
    echo "build: $name differs between the two pages" >&2
    exit 1
  fi
  cp "$file" dist/
done
node scripts/finish-build.mjs dist
