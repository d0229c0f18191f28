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
# The report schema (src/report/validate.ts) is read like the templates: new URL('../../schemas/…').
if [ "$out" != "." ] && [ ! -e "$out/schemas" ] && [ -d schemas ]; then ln -s "$PWD/schemas" "$out/schemas"; fi
npx ncc build "$out/lib/index.js" -o "$out/dist" --license licenses.txt -q
npx ncc build "$out/lib/cli.js" -o "$out/dist/cli" --license licenses.txt -q
# The DescribeInstances parse worker (src/aws/parse-pool.ts) is its own small bundle, found at run time
# beside each entry bundle (scan-worker/index.js): ncc does not bundle worker entries.
npx ncc build "$out/lib/aws/scan-worker.js" -o "$out/dist/scan-worker" -q
# The IaC read worker (src/iac/bounded.ts): files read under a heap limit and a deadline.
npx ncc build "$out/lib/iac/read-worker.js" -o "$out/dist/iac-worker" -q
# ASCII-only bundles: V8 holds an ASCII script's source at half the size (scripts/ascii-bundle.mjs).
node scripts/ascii-bundle.mjs $(find "$out/dist" -name '*.js')
rm -rf "$out/dist/cli/scan-worker" && cp -r "$out/dist/scan-worker" "$out/dist/cli/scan-worker"
rm -rf "$out/dist/cli/iac-worker" && cp -r "$out/dist/iac-worker" "$out/dist/cli/iac-worker"
# The HCL parser (Go → WebAssembly) is loaded at run time from beside each bundle (src/iac/hcl-wasm.ts):
# ncc's asset relocation would corrupt the binary, so it is copied as it ships (byte for byte).
for d in "$out/dist" "$out/dist/cli" "$out/dist/iac-worker" "$out/dist/cli/iac-worker"; do cp node_modules/@cdktf/hcl2json/main.wasm.gz "$d/hcl2json.wasm.gz"; done
