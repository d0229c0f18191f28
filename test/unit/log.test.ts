/**
 * No value from AWS or a repository may form a workflow command: the Action's logger (@actions/core)
 * and the CLI's logger pass every message through safeLogText, so a tag value with `\n::error …::` or a
 * file named `##[error]…` stays data, and control and Unicode format characters (ANSI, bidi,
 * zero-width, U+2060) never reach the log.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { consoleLog } from '../../src/log.js';
import { coreLog } from '../../src/main.js';
import { cleanText, safeLogText } from '../../src/model/text.js';

const HOSTILE =
  'Team=x\n::error title=pwned::owned\r::warning::y\n  ::add-mask::z \u001b[31mred\u202egnp.exe\u2060\u200b\u00ad! infra/##[error]Forged annotation.tf #\u200b#[add-mask]k ##[stop-commands]t';

function linesOf(written: string[]): string[] {
  return written.join('').split(/\r\n|\r|\n/);
}

afterEach(() => vi.restoreAllMocks());

describe('log lines from hostile values', () => {
  it('the Action logger: no line starts a workflow command; no control or format character', () => {
    const out: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
      out.push(String(s));
      return true;
    });
    coreLog.info(`Instance i-1 tag ${HOSTILE}`);
    coreLog.warning(`Exception not honoured: ${HOSTILE}`);
    coreLog.error(HOSTILE);
    const lines = linesOf(out);
    expect(lines.some((l) => l.includes('pwned'))).toBe(true);
    const commands = lines.filter((l) => /^\s*::/.test(l));
    // Only the logger's own ::warning:: / ::error:: commands, each with the value escaped inside.
    expect(commands.map((l) => l.slice(0, l.indexOf('::', 2) + 2))).toEqual(['::warning::', '::error::']);
    for (const l of lines) {
      expect(l).not.toMatch(/^\s*::(error title|add-mask|warning::y)/);
      expect(l).not.toContain('##[');
      // biome-ignore lint/suspicious/noControlCharactersInRegex: what must not be there
      expect(l).not.toMatch(/[\u0000-\u001f\u007f-\u009f\p{Cf}]/u);
    }
  });

  it('the CLI logger: the same', () => {
    const out: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((s) => {
      out.push(`${String(s)}\n`);
    });
    const log = consoleLog(true);
    log.info(HOSTILE);
    log.warning(HOSTILE);
    log.debug(HOSTILE);
    for (const l of linesOf(out)) {
      expect(l).not.toMatch(/^\s*::/);
      expect(l).not.toContain('##[');
      // biome-ignore lint/suspicious/noControlCharactersInRegex: what must not be there
      expect(l).not.toMatch(/[\u0000-\u001f\u007f-\u009f\p{Cf}]/u);
    }
  });

  it('cleanText returns printable ASCII as it is, and cleans everything else as the two replacements do', () => {
    const slow = (s: string) =>
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the reference cleaning
      s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/\p{Cf}/gu, '');
    const ascii = 'i-0123456789abcdef0 web-1 arn:aws:iam::111111111111:instance-profile/a_b ~!@#$%^&*()';
    expect(cleanText(ascii)).toBe(ascii);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 60 }),
          fc.string({
            unit: fc.integer({ min: 0, max: 0xff }).map((c) => String.fromCharCode(c)),
            maxLength: 60,
          }),
          fc.string({ unit: 'grapheme-ascii', maxLength: 60 }),
        ),
        (s) => {
          expect(cleanText(s)).toBe(slow(s));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('cleanText removes every format character and turns controls into spaces', () => {
    expect(cleanText('a\u2060b\u200bc\u202ed\u00ade\u{E0041}f')).toBe('abcdef');
    expect(cleanText('a\nb\u001b[31mc\u0085d')).toBe('a b [31mc d');
    expect(safeLogText('ok\n::error::x\n ::y')).toBe('ok\n: :error::x\n : :y');
  });

  it('the older ##[command] form is defused anywhere in a line, visibly and stably', () => {
    expect(safeLogText('infra/##[error]Forged annotation.tf')).toBe('infra/# #[error]Forged annotation.tf');
    expect(safeLogText('a ##[add-mask]b ###[c] #\u200b#[d]')).toBe('a # #[add-mask]b ## #[c] # #[d]');
    // Sanitized twice (cleanText strips format characters): still defused, unchanged.
    const once = safeLogText('x ##[error]y\n::warning::z');
    expect(safeLogText(once)).toBe(once);
    expect(cleanText(once)).not.toContain('##[');
  });
});

/** Workflow-command material, densely: the runner's prefixes, separators, whitespace, format characters. */
const PIECES = [
  '#',
  '##',
  '[',
  ']',
  ':',
  '::',
  ' ',
  '\t',
  '\n',
  '\r',
  '\u00a0',
  '\u200b',
  '\u200d',
  '\u2028',
  '\u0085',
  '\ufeff',
  'a',
  'error',
];

describe('safeLogText, for any string', () => {
  const inputs = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 80 }),
    fc.string({ unit: 'binary', maxLength: 80 }),
    fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((xs) => xs.join('')),
  );
  const unsafe = (text: string) =>
    text.split(/\r\n|\r|\n/).find((line) => /^\s*::/.test(line) || line.includes('##['));

  it('no line starts with :: (after any whitespace) and no ##[ remains anywhere', () => {
    fc.assert(
      fc.property(inputs, (s) => {
        expect(unsafe(safeLogText(s))).toBeUndefined();
      }),
      { numRuns: 2000 },
    );
  });

  it('stays so when sanitized again or cleaned into one line', () => {
    fc.assert(
      fc.property(inputs, (s) => {
        const once = safeLogText(s);
        expect(safeLogText(once)).toBe(once);
        expect(unsafe(cleanText(once))).toBeUndefined();
      }),
      { numRuns: 1000 },
    );
  });
});
