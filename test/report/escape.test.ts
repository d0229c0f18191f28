import { describe, expect, it } from 'vitest';
import {
  escapeDeep,
  escapeMarkdown,
  escapeMarkdownFully,
  markdownUrl,
  mermaidLabel,
  Trusted,
  truncate,
  trusted,
} from '../../src/report/escape.js';
import { renderHtml, scriptJson } from '../../src/report/html.js';
import { buildView } from '../../src/report/view.js';
import { assessInventory, cells, dataRows, HOSTILE, hostileInventory, META } from './fixtures.js';

describe('escapeMarkdown', () => {
  it.each(HOSTILE.map((v) => [v]))('keeps %j inside one table cell, on one line, inert', (value) => {
    const out = escapeMarkdown(value);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: asserting none survive
    expect(out).not.toMatch(/[\r\n\t\u0000-\u001f]/);
    expect(cells(`| ${out} |`)).toHaveLength(1);
    expect(out).not.toMatch(/<(?!\/?sub>)/); // no raw tag or comment opener
    expect(out).not.toContain('<!--');
    expect(out).not.toMatch(/(?<!\\)`/); // every backtick escaped
    expect(out).not.toMatch(/(?<!\\)[[\]]/); // no link brackets
    expect(out).not.toMatch(/@[A-Za-z0-9]/); // no mention
    expect(out).not.toMatch(/https?:\/\//); // no autolink
    expect(out).not.toMatch(/(?<!&)#\d/); // no issue reference
  });

  it('its shortcut for plain text gives what the full escaper gives, on every string it takes', () => {
    // Random strings over an alphabet that mixes the shortcut's characters with every special one.
    const alphabet = [
      'a',
      'Z',
      '0',
      '7',
      ' ',
      ',',
      '/',
      '=',
      '%',
      '+',
      '.',
      '-',
      'w',
      'W',
      ...'#&<>|\\`*_~[]()!$@:\n\u202E',
    ];
    let seed = 12345;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    let shortcut = 0;
    for (let n = 0; n < 20_000; n++) {
      const len = next() % 12;
      let text = '';
      for (let k = 0; k < len; k++) text += alphabet[next() % alphabet.length];
      if (n % 7 === 0) text = `www.${text}`;
      if (/^(?!\d+[.)](?:\s|$))[A-Za-z0-9][A-Za-z0-9 ,/=%+.-]*$/.test(text)) shortcut++;
      expect(escapeMarkdown(text, 8), JSON.stringify(text)).toBe(escapeMarkdownFully(text, 8));
    }
    // Enough strings took the shortcut for the comparison to mean something.
    expect(shortcut).toBeGreaterThan(500);
    for (const text of [
      '12. x',
      '3) y',
      '12.',
      '3)',
      '2.7 y',
      '1.x',
      '10)b',
      '-x',
      '+ y',
      '=',
      'WWW.example.com',
      'ok www.x',
      'a:/b',
      '',
    ])
      expect(escapeMarkdown(text)).toBe(escapeMarkdownFully(text));
  });

  it('escapes the characters that matter and leaves ordinary text readable', () => {
    expect(escapeMarkdown('web-1 (prod)')).toBe('web-1 \\(prod\\)');
    expect(escapeMarkdown('a|b')).toBe('a&#124;b');
    expect(escapeMarkdown('x & <y>')).toBe('x &amp; &lt;y&gt;');
    expect(escapeMarkdown('ping @octocat')).toBe('ping @&#8203;octocat');
    expect(escapeMarkdown('# title')).toBe('\\# title');
    expect(escapeMarkdown('1. item')).toBe('1\\. item');
    expect(escapeMarkdown('54.5%')).toBe('54.5%');
    expect(escapeMarkdown('---')).toBe('\\---');
    expect(escapeMarkdown('line\nbreak')).toBe('line break');
    expect(escapeMarkdown('bi\u202Edi')).toBe('bidi');
    expect(escapeMarkdown('issue #12')).toBe('issue #&#8203;12');
  });

  it('shortens by code point, never splitting a character', () => {
    const s = '🚀'.repeat(10);
    expect(truncate(s, 4)).toBe('🚀🚀🚀…');
    expect(escapeMarkdown('🚀'.repeat(300), 5)).toBe('🚀🚀🚀🚀…');
    expect(truncate('short', 10)).toBe('short');
  });
});

describe('markdownUrl', () => {
  it('accepts http(s) only and percent-encodes what could end a link', () => {
    expect(markdownUrl('https://github.com/o/r/actions/runs/1')).toBe(
      'https://github.com/o/r/actions/runs/1',
    );
    expect(markdownUrl('https://x.example/a)b c')).toBe('https://x.example/a%29b%20c');
    expect(markdownUrl('javascript:alert(1)')).toBeUndefined();
    expect(markdownUrl('not a url')).toBeUndefined();
    expect(markdownUrl(undefined)).toBeUndefined();
  });
});

describe('mermaidLabel', () => {
  it('keeps letters, digits and harmless punctuation only', () => {
    expect(mermaidLabel('IMDSv2 required')).toBe('IMDSv2 required');
    expect(mermaidLabel('a"b\n%%{init}%%;c')).toBe('a b %% init %% c');
    expect(mermaidLabel('05-04')).toBe('05-04');
  });
});

describe('escapeDeep', () => {
  it('escapes every string deeply and leaves Trusted values and numbers alone', () => {
    const out = escapeDeep({ a: '<b>', n: 3, t: trusted('**ok**'), list: [{ x: '|' }], ok: true });
    expect(out).toEqual({ a: '&lt;b&gt;', n: 3, t: '**ok**', list: [{ x: '&#124;' }], ok: true });
    expect(new Trusted('x').toString()).toBe('x');
  });
});

describe('scriptJson (report.html data blocks)', () => {
  it.each(HOSTILE.map((v) => [v]))('keeps %j inert inside <script> and reads it back', (value) => {
    const hostile = [value, `</script><script>alert(1)</script>`, '<!--', '\u2028\u2029', 'a&amp;b>'];
    const out = scriptJson(JSON.stringify({ v: hostile }));
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(out.toLowerCase()).not.toContain('</script');
    expect(JSON.parse(out)).toEqual({ v: hostile });
  });

  it('is what report.html embeds: hostile names decode to themselves', () => {
    const view = buildView({ assessment: assessInventory(hostileInventory()), meta: META });
    const html = renderHtml(view);
    expect(dataRows(html, 'v1').map((r) => r.name)).toEqual(view.v1.rows.slice().map((r) => r.name));
    expect(html.match(/<script\b/g)?.length).toBe(
      1 + (html.match(/<script type="application\/json"/g)?.length ?? 0),
    );
  });
});
