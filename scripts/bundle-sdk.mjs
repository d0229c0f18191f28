/**
 * Bundles the emitted src/aws/sdk.ts (LIB/aws/sdk.js) in place with the AWS SDK clients' ES modules,
 * keeping only what it exports. Each client package ships every operation's command and schema (EC2's
 * CommonJS build is one 2 MB file), and a bundle of that build holds them all: ~4.3 MB of code that the
 * Action's thread compiled on every start and held in memory. Rolldown tree-shakes the clients' ES
 * modules down to the commands IMDS Guard sends; esbuild keeps most schemas (their computed trait keys
 * count as side effects there). Everything the clients import from other packages (@smithy/*,
 * @aws-sdk/core, the credential providers) stays an import, resolved by ncc with the rest of the Action.
 *
 * The client packages' code is then part of LIB/aws/sdk.js, where ncc's license collection does not see it:
 * their notices go to LIB/aws/sdk-licenses.txt, in ncc's format, which scripts/build.sh appends to each
 * bundle's licenses.txt.
 *
 *   node scripts/bundle-sdk.mjs LIB
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { rolldown } from 'rolldown';

const lib = process.argv[2];
if (!lib) throw new Error('usage: node scripts/bundle-sdk.mjs LIB (the folder tsc emitted)');
const file = join(lib, 'aws', 'sdk.js');
const isClient = (id) => /[\\/]@aws-sdk[\\/]client-[^\\/]+[\\/]/.test(id);
const bundle = await rolldown({
  input: file,
  platform: 'node',
  resolve: { mainFields: ['module', 'main'] },
  // Only the client packages are bundled here; any other bare import stays one.
  external: (id) => /^[^./]/.test(id) && !id.startsWith('@aws-sdk/client-'),
  // The clients declare "sideEffects": false: a module none of whose exports is used is left out. The
  // statements of a module that is kept stay (each client's error registry, for one).
  treeshake: { moduleSideEffects: (id) => !isClient(id) },
});
const { output } = await bundle.write({ file: `${file}.tmp`, format: 'esm' });
await bundle.close();
await rename(`${file}.tmp`, file);

/** Each bundled client package's notice: its name, its license's id, the text of its LICENSE file. */
const roots = new Set();
for (const id of output.flatMap((chunk) => Object.keys(chunk.modules ?? {}))) {
  const m = /^(.*[\\/]node_modules[\\/]@aws-sdk[\\/]client-[^\\/]+)[\\/]/.exec(id);
  if (m) roots.add(m[1]);
}
const notices = [];
for (const root of [...roots].sort()) {
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  notices.push(`${pkg.name}\n${pkg.license}\n${await readFile(join(root, 'LICENSE'), 'utf8')}\n`);
}
await writeFile(join(lib, 'aws', 'sdk-licenses.txt'), notices.join('\n'));
