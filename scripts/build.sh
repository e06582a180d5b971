#!/usr/bin/env bash
# The release build, in dist/: one Trunk build per HTML document (each page
# loads only its own wasm bundle), merged, plus the embed loader, then
# finished by scripts/finish-build.mjs (embed docs page, manifest, service
# worker, hosting headers).
#   scripts/build.sh            → dist/
#   FORKPOINT_FRAME_ANCESTORS="https://careers.example.com" scripts/build.sh
#                               → embeds may be framed by that site only
# Assumes the tools are installed (scripts/setup.sh does that).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$FORKPOINT_ROOT"

# Trunk empties its dist directory, so the other pages build on the side.
trunk build --release --offline=true --dist dist index.html
for page in results embed-quiz embed-path; do
  out="target/trunk-pages/$page"
  rm -rf "$out"
  trunk build --release --offline=true --dist "$out" "$page.html"
  # Trunk names every page it writes index.html.
  mv "$out/index.html" "$out/$page.html"
  for file in "$out"/*; do
    name="$(basename "$file")"
    # Same content, same hashed name: shared files (CSS, icon) must be identical.
    if [ -e "dist/$name" ] && ! cmp -s "$file" "dist/$name"; then
      echo "build: $name differs between pages" >&2
      exit 1
    fi
    cp "$file" dist/
  done
done
# The loader career sites include: a stable, unhashed address.
cp assets/embed.js dist/embed.js
node scripts/finish-build.mjs dist
