/**
 * The layout holds by construction: AWS writes are made only under src/remediate/ (collection under
 * src/aws/ is read-only), the parsed inputs stop at the pipelines, every file has a layer, and no
 * function grows past what a reader can hold in their head (120 lines). The import rule itself (one-way
 * flow, no cycles) is `npm run lint:imports` (dependency-cruiser), run in CI.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** EC2 / Auto Scaling operations that change AWS (the ones IMDS Guard makes or could make). */
const WRITE_COMMAND =
  /\b(Modify\w+|Create\w+|Delete\w+|Put\w+|Update\w+|Terminate\w+|Start\w+|Stop\w+)Command\b/;

describe('layout', () => {
  it('only src/remediate/ imports AWS write commands', () => {
    // src/aws/sdk.ts re-exports every command the bundle holds, writes included; any other file that
    // names one imports it.
    const offenders = files(SRC)
      .filter((f) => !relative(SRC, f).startsWith('remediate/') && relative(SRC, f) !== 'aws/sdk.ts')
      .filter((f) => WRITE_COMMAND.test(readFileSync(f, 'utf8')))
      .map((f) => relative(SRC, f));
    expect(offenders).toEqual([]);
    // …and remediate/ does (the check finds what it looks for).
    const writers = files(join(SRC, 'remediate')).filter((f) => WRITE_COMMAND.test(readFileSync(f, 'utf8')));
    expect(writers.length).toBeGreaterThan(0);
  });
});

/** Whether a file names the Settings type in an import (`import type { Settings }`, `type Settings`). */
const IMPORTS_SETTINGS = /import\s+(type\s+)?\{[^}]*\b(type\s+)?Settings\b[^}]*\}\s+from/;

describe('settings stop at the pipeline', () => {
  it('only the entries, run(), the pipelines and settings/ import the Settings type', () => {
    const readers = files(SRC)
      .filter((f) => IMPORTS_SETTINGS.test(readFileSync(f, 'utf8')))
      .map((f) => relative(SRC, f));
    const allowed = /^(settings\/|pipeline\/|run\.ts$|main\.ts$|cli\.ts$|index\.ts$)/;
    expect(readers.filter((f) => !allowed.test(f))).toEqual([]);
    // …and the pipelines do (the check finds what it looks for).
    expect(readers.filter((f) => f.startsWith('pipeline/')).length).toBeGreaterThan(0);
  });
});

describe('the import rule', () => {
  it('places every file of src/ in a layer', () => {
    const config = createRequire(import.meta.url)('../../.dependency-cruiser.cjs') as {
      forbidden: Array<{ name: string; from: { pathNot?: string } }>;
    };
    const rule = config.forbidden.find((r) => r.name === 'every-file-has-a-layer');
    const anyLayer = new RegExp(rule?.from.pathNot ?? '$^');
    const unplaced = files(SRC)
      .map((f) => `lib/${relative(SRC, f).replace(/\.ts$/, '.js')}`)
      .filter((f) => !anyLayer.test(f));
    expect(unplaced).toEqual([]);
    expect(anyLayer.test('lib/nowhere.js')).toBe(false);
  });
});

describe('function size', () => {
  it('no function in src/ is over 120 lines (biome complexity/noExcessiveLinesPerFunction)', () => {
    const biome = join(import.meta.dirname, '../../node_modules/.bin/biome');
    const r = spawnSync(
      biome,
      ['lint', '--only=complexity/noExcessiveLinesPerFunction', '--max-diagnostics=50', 'src'],
      { encoding: 'utf8', cwd: join(import.meta.dirname, '../..') },
    );
    const long = `${r.stdout}${r.stderr}`.match(/^src\/\S+/gm) ?? [];
    expect(long).toEqual([]);
    expect(r.status).toBe(0);
  });
});
