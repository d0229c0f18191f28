/**
 * The templates come precompiled (scripts/templates.ts → src/report/templates.compiled.ts): the
 * committed module must be what templates/ compiles to, and the split report templates must render what
 * their sources render whole (test/report/stream.test.ts checks report.html byte for byte at 4,000
 * instances; the golden reports check both formats).
 */
import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { COMPILED_MODULE, compiledModuleText, splitSource, templateList } from '../../scripts/templates.js';
import { SECTIONS } from '../../src/report/sections/index.js';
import { listMarker, renderPieces } from '../../src/report/stream.js';

describe('precompiled templates', () => {
  it('src/report/templates.compiled.ts is what templates/ compiles to (npm run templates)', () => {
    expect(readFileSync(COMPILED_MODULE, 'utf8')).toBe(compiledModuleText());
  });

  it('holds every template in templates/ and each section’s two', () => {
    const files = templateList().map((t) => t.file);
    for (const { templates: t } of SECTIONS)
      expect(files).toEqual(expect.arrayContaining([t.markdown, t.html]));
    expect(files).toEqual(expect.arrayContaining(['report.md.hbs', 'report.html.hbs', 'plan.md.hbs']));
    expect(new Set(files).size).toBe(files.length);
  });

  it('a split template renders, list by list, what its source renders whole', () => {
    const source = [
      '# {{title}}',
      '{{#each v1.rows}}',
      '- {{id}}{{#if @last}}.{{/if}}',
      '{{/each}}',
      'inline: {{#each hopLimit.rows}}[{{id}}]{{/each}} end',
      '{{#each usage.inUseRows}}{{id}},{{/each}}',
      'done',
    ].join('\n');
    const options = { noEscape: true };
    const { main, lists } = splitSource(source);
    expect(lists.map((l) => l.path)).toEqual(['v1.rows', 'usage.inUseRows', 'hopLimit.rows']);
    expect(main).not.toContain('{{#each');
    const data = {
      title: 'T',
      v1: { rows: [{ id: 'a' }, { id: 'b' }] },
      hopLimit: { rows: [{ id: 'h' }] },
      usage: { inUseRows: [{ id: 'u1' }, { id: 'u2' }, { id: 'u3' }] },
    };
    const hb = Handlebars.create();
    const marker = (n: number) => `<<test:${n}>>`;
    const compiledMain = hb.compile(main, options);
    const split = {
      main: (d: Record<string, unknown>) =>
        compiledMain(d, { data: Object.fromEntries(lists.map((_, n) => [listMarker(n), marker(n)])) }),
      lists: lists.map((l) => ({ path: l.path, rows: hb.compile(l.source, options) })),
      marker: /<<test:(\d+)>>/,
    };
    expect([...renderPieces(split, data)].join('')).toBe(hb.compile(source, options)(data));
  });
});
