#!/usr/bin/env bash
# Builds the Action bundle: tsc emits OUT/lib, ncc bundles OUT/dist (Action) and OUT/dist/cli (CLI).
# `npm run package` builds into the repository (committed dist/); tests and helpers may build into a
# private folder: scripts/build.sh /tmp/x, then run /tmp/x/dist/index.js.
set -euo pipefail
out="${1:-.}"
cd "$(dirname "$0")/.."
rm -rf "$out/lib" "$out/dist"
npx tsc -p tsconfig.build.json --outDir "$out/lib"
# ncc resolves node_modules from the entry's location: a private build links the project's.
if [ "$out" != "." ] && [ ! -e "$out/node_modules" ]; then ln -s "$PWD/node_modules" "$out/node_modules"; fi
if [ "$out" != "." ] && [ ! -e "$out/templates" ] && [ -d templates ]; then ln -s "$PWD/templates" "$out/templates"; fi
npx ncc build "$out/lib/index.js" -o "$out/dist" --license licenses.txt -q
npx ncc build "$out/lib/cli.js" -o "$out/dist/cli" --license licenses.txt -q
