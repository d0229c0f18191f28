/**
 * The layout holds by construction: AWS writes are made only under src/remediate/ (collection under
 * src/aws/ is read-only), and no source file grows past what a newcomer can hold in their head. The
 * import rule itself (one-way flow, no cycles) is `npm run lint:imports` (dependency-cruiser), run in CI.
 */
import { readdirSync, readFileSync } from 'node:fs';
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
    const offenders = files(SRC)
      .filter((f) => !relative(SRC, f).startsWith('remediate/'))
      .filter((f) => WRITE_COMMAND.test(readFileSync(f, 'utf8')))
      .map((f) => relative(SRC, f));
    expect(offenders).toEqual([]);
    // …and remediate/ does (the check finds what it looks for).
    const writers = files(join(SRC, 'remediate')).filter((f) => WRITE_COMMAND.test(readFileSync(f, 'utf8')));
    expect(writers.length).toBeGreaterThan(0);
  });
});
