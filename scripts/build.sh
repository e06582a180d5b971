#!/usr/bin/env bash
# The release build, in dist/: one Trunk build per page of the registry,
# pages.json (each page loads only its own wasm bundle), merged, plus the
# embed loader, then
# finished by scripts/finish-build.mjs (embed docs page, manifest, service
# worker, hosting headers).
#   scripts/build.sh            → dist/
#   FORKPOINT_FRAME_ANCESTORS="https://careers.example.com" scripts/build.sh
#                               → embeds may be framed by that site only
# Assumes the tools are installed (scripts/setup.sh does that).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$FORKPOINT_ROOT"

# Each page's HTML, from the registry and its one template (pages/page.html).
node scripts/shells.mjs
# The pages, from the registry (pages.json); the first is index.html.
mapfile -t pages < <(node -e 'for (const p of require("./pages.json").pages) console.log(p.file)')
[ "${pages[0]}" = "index.html" ] || { echo "build: pages.json must list index.html first" >&2; exit 1; }
# The home's first screen, which index.html carries so that its links work
# before the wasm has started: rendered on the host by the app's own views
# (src/first_screen.rs), written in by scripts/finish-build.mjs.
mkdir -p target
cargo run --quiet --features first-screen --bin forkpoint-first-screen > target/first-screen.html
# Panic locations name source files; without the machine's own crate
# directory they are shorter (the first load is smaller) and the same on
# every machine.
remap=""
for registry in "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/; do
  remap+=" --remap-path-prefix=${registry%/}=crates"
done
export RUSTFLAGS="${RUSTFLAGS:-}$remap"
# Trunk empties its dist directory, so the other pages build on the side.
trunk build --release --offline=true --dist dist index.html
for file in "${pages[@]:1}"; do
  page="${file%.html}"
  out="target/trunk-pages/$page"
  rm -rf "$out"
  trunk build --release --offline=true --dist "$out" "$file"
  # Trunk names every page it writes index.html.
  mv "$out/index.html" "$out/$file"
  for built in "$out"/*; do
    name="$(basename "$built")"
    # Same content, same hashed name: shared files (CSS, icon) must be identical.
    if [ -e "dist/$name" ] && ! cmp -s "$built" "dist/$name"; then
      echo "build: $name differs between pages" >&2
      exit 1
    fi
    cp "$built" dist/
  done
done
node scripts/finish-build.mjs dist target/first-screen.html
