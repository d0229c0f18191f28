import { execFileSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  listFilesSafe,
  openForWrite,
  readFileSafe,
  UnsafePathError,
  writeAll,
  writeFileSafe,
} from '../../src/fs/safe.js';

const SECRET = 'AWS_SECRET_ACCESS_KEY=planted-secret-9f3e';
let base: string;
let ws: string;
let outside: string;

beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'imds-safe-'));
  ws = join(base, 'ws');
  outside = join(base, 'outside');
  mkdirSync(ws);
  mkdirSync(outside);
  writeFileSync(join(outside, 'target.json'), SECRET);
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

const at = (path: string, input = 'report-dir') => ({ root: ws, input, path });

/** Runs f, expects an UnsafePathError, and returns its message (never carrying the secret). */
function refusal(f: () => unknown): string {
  let err: unknown;
  try {
    f();
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(UnsafePathError);
  const m = (err as Error).message;
  expect(m).not.toContain('planted-secret');
  expect(m).not.toContain(outside);
  return m;
}

describe('writes', () => {
  it('creates folders and writes, truncating an existing file', () => {
    writeFileSafe(at('a/b/r.json'), 'long text here');
    writeFileSafe(at('a/b/r.json'), 'short');
    expect(readFileSync(join(ws, 'a/b/r.json'), 'utf8')).toBe('short');
  });

  it('writes the bytes Buffer.from gives, whatever the length, surrogate pairs and lone halves included', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.constantFrom('\ud83d\ude00', '\ud83d', '\ude00', 'é', '€', 'a'),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 30 }),
        fc.constantFrom(0, 1, 16_382, 16_383, 16_384, 40_000),
        (pieces, pad) => {
          // Padding puts every kind of character on and around the 16,384-code-unit chunk edges.
          const content = 'x'.repeat(pad) + pieces.join('') + 'y'.repeat(pad % 7);
          writeFileSafe(at('bytes.txt'), content);
          expect(readFileSync(join(ws, 'bytes.txt')).equals(Buffer.from(content, 'utf8'))).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('appends', () => {
    for (const l of ['1\n', '2\n']) {
      const fd = openForWrite(at('log/c.jsonl', 'changelog-path'), 'append');
      writeAll(fd, l);
      closeSync(fd);
    }
    expect(readFileSync(join(ws, 'log/c.jsonl'), 'utf8')).toBe('1\n2\n');
  });

  it.each([
    [
      'a file link',
      () => symlinkSync(join(outside, 'target.json'), join(ws, 'r.json')),
      'r.json',
      /r\.json is a symbolic link \(to outside the workspace\)/,
    ],
    [
      'a folder link',
      () => symlinkSync(outside, join(ws, 'rep')),
      'rep/target.json',
      /rep is a symbolic link \(to outside the workspace\).*real directory/,
    ],
    [
      'a deeper folder link',
      () => {
        mkdirSync(join(ws, 'a'));
        symlinkSync(outside, join(ws, 'a/b'));
      },
      'a/b/c/target.json',
      /a\/b is a symbolic link/,
    ],
    [
      'a link to /proc/self/environ',
      () => symlinkSync('/proc/self/environ', join(ws, 'r.json')),
      'r.json',
      /r\.json is a symbolic link \(to outside the workspace\)/,
    ],
    [
      'a dangling link',
      () => symlinkSync(join(outside, 'none.json'), join(ws, 'r.json')),
      'r.json',
      /r\.json is a symbolic link \(dangling: it leads nowhere\)/,
    ],
    [
      'a link inside the workspace',
      () => {
        writeFileSync(join(ws, 'real.json'), 'x');
        symlinkSync(join(ws, 'real.json'), join(ws, 'r.json'));
      },
      'r.json',
      /to a place inside the workspace/,
    ],
  ])('refuses %s, naming the input, writing nothing outside', (_, make, path, message) => {
    make();
    for (const mode of ['truncate', 'append'] as const) {
      const m = refusal(() => openForWrite(at(path), mode));
      expect(m).toMatch(/^Input 'report-dir': /);
      expect(m).toMatch(message);
    }
    expect(readFileSync(join(outside, 'target.json'), 'utf8')).toBe(SECRET);
    expect(existsSync(join(outside, 'none.json'))).toBe(false);
    expect(existsSync(join(outside, 'c'))).toBe(false);
  });

  it('refuses a FIFO or a folder where the file should be', () => {
    mkdirSync(join(ws, 'r.json'));
    expect(refusal(() => writeFileSafe(at('r.json'), 'x'))).toMatch(/r\.json is a directory/);
  });

  it('refuses paths outside the workspace given as text', () => {
    expect(refusal(() => writeFileSafe(at('../outside/x'), 'x'))).toMatch(/outside the workspace/);
    expect(existsSync(join(outside, 'x'))).toBe(false);
  });
});

describe('reads', () => {
  it('reads a file, and says undefined when it is missing', () => {
    writeFileSync(join(ws, 'b.json'), 'hello');
    expect(readFileSafe(at('b.json', 'baseline-report'), { links: 'refuse' })).toBe('hello');
    expect(readFileSafe(at('none.json', 'baseline-report'), { links: 'refuse' })).toBeUndefined();
    expect(readFileSafe(at('no/such/dir.json', 'baseline-report'), { links: 'inside' })).toBeUndefined();
  });

  it('links: inside follows a link that stays inside; refuse does not', () => {
    mkdirSync(join(ws, 'reports'));
    writeFileSync(join(ws, 'reports/2026.json'), 'old');
    symlinkSync('2026.json', join(ws, 'reports/latest.json'));
    expect(readFileSafe(at('reports/latest.json', 'baseline-report'), { links: 'inside' })).toBe('old');
    expect(refusal(() => readFileSafe(at('reports/latest.json', 'plan-file'), { links: 'refuse' }))).toMatch(
      /Input 'plan-file': reports\/latest\.json is a symbolic link \(to a place inside the workspace\)/,
    );
  });

  it.each([
    ['a file link', () => symlinkSync(join(outside, 'target.json'), join(ws, 'x.json')), 'x.json'],
    ['a folder link', () => symlinkSync(outside, join(ws, 'd')), 'd/target.json'],
    ['a link to /proc/self/environ', () => symlinkSync('/proc/self/environ', join(ws, 'x.json')), 'x.json'],
    ['a dangling link', () => symlinkSync(join(outside, 'none.json'), join(ws, 'x.json')), 'x.json'],
  ])('refuses %s in both modes, never echoing the content', (_, make, path) => {
    make();
    for (const links of ['refuse', 'inside'] as const)
      expect(refusal(() => readFileSafe(at(path, 'baseline-report'), { links }))).toMatch(
        /^Input 'baseline-report': (x\.json|d) is a symbolic link/,
      );
  });

  it('refuses a FIFO without blocking, and /proc given as a path inside a workspace at /', () => {
    execFileSync('mkfifo', [join(ws, 'pipe.json')]);
    for (const links of ['refuse', 'inside'] as const)
      expect(refusal(() => readFileSafe(at('pipe.json', 'instances-file'), { links }))).toMatch(
        /pipe\.json is a named pipe/,
      );
    const m = refusal(() =>
      readFileSafe({ root: '/', input: 'baseline-report', path: '/proc/self/environ' }, { links: 'inside' }),
    );
    expect(m).toMatch(/not a regular file|symbolic link/);
  });

  it('enforces a size limit', () => {
    writeFileSync(join(ws, 'big.csv'), 'x'.repeat(100));
    expect(
      refusal(() => readFileSafe(at('big.csv', 'instances-file'), { links: 'inside', maxBytes: 10 })),
    ).toMatch(/100 bytes, above the 10-byte limit/);
  });
});

describe('listing', () => {
  it('lists the files below a folder; a link where a wanted file could be is refused', () => {
    mkdirSync(join(ws, 'shards/s1'), { recursive: true });
    writeFileSync(join(ws, 'shards/s1/report.json'), '{}');
    writeFileSync(join(ws, 'shards/s1/report.md'), '');
    const json = { file: (f: string) => f.endsWith('.json'), dir: () => true };
    expect(listFilesSafe(at('shards', 'merge-reports'), json)).toEqual([join(ws, 'shards/s1/report.json')]);
    expect(listFilesSafe(at('none', 'merge-reports'), json)).toBeUndefined();
    symlinkSync(join(outside, 'target.json'), join(ws, 'shards/s1/evil.json'));
    expect(refusal(() => listFilesSafe(at('shards', 'merge-reports'), json))).toMatch(
      /shards\/s1\/evil\.json is a symbolic link/,
    );
    rmSync(join(ws, 'shards/s1/evil.json'));
    symlinkSync(outside, join(ws, 'shards/s2'));
    expect(refusal(() => listFilesSafe(at('shards', 'merge-reports'), json))).toMatch(
      /shards\/s2 is a symbolic link/,
    );
    expect(refusal(() => listFilesSafe(at('shards/s2', 'merge-reports'), json))).toMatch(
      /shards\/s2 is a symbolic link/,
    );
  });
});
