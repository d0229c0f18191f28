/**
 * Report files are written through one reused buffer (src/publish/write.ts `writePieces`): the bytes
 * must be exactly those of the pieces joined and encoded at once, whatever the pieces' sizes and
 * wherever a multi-byte character or a surrogate pair falls.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { writePieces } from '../../src/publish/write.js';

const dir = mkdtempSync(join(tmpdir(), 'imds-write-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function written(pieces: string[]): Promise<Buffer> {
  const path = join(dir, 'out.txt');
  await writePieces(path, pieces, { root: dir, input: 'test' });
  return readFileSync(path);
}

describe('writePieces', () => {
  it('writes the bytes of the joined pieces: large, empty, multi-byte and huge pieces', async () => {
    const pieces = [
      '',
      'a'.repeat(100_000),
      'é€😀'.repeat(30_000),
      '',
      'x',
      '<tr>'.repeat(70_000),
      '\u2028\u0000',
    ];
    expect((await written(pieces)).equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true);
    expect((await written([])).length).toBe(0);
  });

  it('a surrogate pair split across two pieces is one character, a lone half is U+FFFD as when joined', async () => {
    const pair = '😀';
    const split = [`a${pair[0]}`, `${pair[1]}b`, pair[0], 'c', pair[1], pair[0]];
    const out = await written(split);
    expect(out.equals(Buffer.from(split.join(''), 'utf8'))).toBe(true);
    expect(out.toString('utf8').startsWith(`a${pair}b`)).toBe(true);
  });

  it('a piece longer than the buffer goes through it in parts, never cutting a surrogate pair', async () => {
    // The buffer holds 87,381 code units' worth (262,144 bytes / 3): pairs and lone halves on that edge.
    const edge = 87_381;
    for (const shift of [-2, -1, 0, 1]) {
      const pieces = [
        `${'a'.repeat(edge + shift)}😀${'b'.repeat(edge)}😀😀`,
        `${'c'.repeat(edge - 1)}\ud83d${'d'.repeat(edge)}\ude00`,
      ];
      expect((await written(pieces)).equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true);
    }
  });

  it('pieces that fail part-way: the error comes through, what was written is a prefix, the file is closed', async () => {
    const path = join(dir, 'failed.txt');
    const open = readdirSync('/proc/self/fd').length;
    const chunk = 'z'.repeat(100_000);
    function* failing() {
      for (let n = 0; n < 12; n++) yield `${n}${chunk}`;
      throw new Error('renderer failed');
    }
    await expect(writePieces(path, failing(), { root: dir, input: 'test' })).rejects.toThrow(
      'renderer failed',
    );
    expect(readdirSync('/proc/self/fd').length).toBe(open);
    const text = readFileSync(path, 'utf8');
    expect(text.length).toBeGreaterThan(0);
    expect(
      Array.from({ length: 12 }, (_, n) => `${n}${chunk}`)
        .join('')
        .startsWith(text),
    ).toBe(true);
  });

  it('any pieces: the same bytes as joining them', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(
            fc.string({ unit: 'binary', maxLength: 40 }),
            fc.string({ unit: 'grapheme', maxLength: 5_000 }),
            fc.string({ unit: fc.constantFrom('\ud83d', '\ude00', 'a', 'é'), maxLength: 200 }),
          ),
          { maxLength: 60 },
        ),
        async (pieces) => {
          expect((await written(pieces)).equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});
