/**
 * Reports are rendered a slice of rows at a time (stream.ts) so a 100,000-instance fleet never sits in
 * memory as one string. The bytes must be exactly what rendering the whole template in one go gives:
 * checked here on a fleet whose long lists span several slices, against the unsplit template.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { writeHtml, writeMarkdownFile } from '../../src/publish/write.js';
import { renderHtml, tableDataText } from '../../src/report/html.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { SECTIONS } from '../../src/report/sections/index.js';
import { ROWS_PER_SLICE } from '../../src/report/stream.js';
import { type SafeString, STREAMED_LISTS, tableScript } from '../../src/report/templates.js';
import { buildView, type ReportView } from '../../src/report/view.js';
import { assessInventory, bigInventory, META } from './fixtures.js';

/** The view with its long lists made in full (RowList → array), as the unsplit template needs them. */
function materialized(view: ReportView): ReportView {
  let out = { ...view } as unknown as Record<string, Record<string, { slice(): unknown[] }>>;
  for (const path of STREAMED_LISTS) {
    const [top, key] = path.split('.');
    const rows = out[top]?.[key];
    if (rows) out = { ...out, [top]: { ...out[top], [key]: rows.slice() as never } };
  }
  return out as unknown as ReportView;
}

/** The long tables' data blocks, whole, as the unsplit template places them. */
function dataBlocks(view: ReportView, Safe: typeof SafeString): Record<string, unknown> {
  return Object.fromEntries(Object.entries(tableDataText(view)).map(([k, v]) => [k, new Safe(v)]));
}

describe('slice-by-slice rendering', () => {
  const view = buildView({ assessment: assessInventory(bigInventory(4_000)), meta: META });

  it('the fleet spans several slices', () => {
    expect(view.v1.rows.length).toBeGreaterThan(2 * ROWS_PER_SLICE);
  });

  /** report.html.hbs whole and its partials, compiled from their sources now with `options`. */
  function compiledNow(options: Parameters<typeof Handlebars.compile>[1]) {
    const plain = Handlebars.create();
    const read = (name: string) => readFileSync(new URL(`../../templates/${name}`, import.meta.url), 'utf8');
    plain.registerPartial('iacHtml', plain.compile(read('iac.html.hbs')));
    for (const { templates: s } of SECTIONS)
      plain.registerPartial(`${s.partial}Html`, plain.compile(read(s.html)));
    const script = tableScript();
    return plain.compile(
      read('report.html.hbs'),
      options,
    )({
      ...materialized(view),
      tables: dataBlocks(view, plain.SafeString),
      script: new plain.SafeString(script.text),
      scriptHash: script.hash,
    });
  }

  it('HTML: byte for byte the unsplit template compiled now, in memory and on disk', async () => {
    // The precompiled, split template (scripts/templates.ts) against the source compiled at run time
    // with the same options.
    const whole = compiledNow({ knownHelpersOnly: true });
    expect(renderHtml(view)).toBe(whole);
    const dir = mkdtempSync(join(tmpdir(), 'imds-stream-'));
    try {
      await writeHtml(join(dir, 'r.html'), view);
      expect(readFileSync(join(dir, 'r.html'), 'utf8')).toBe(whole);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('HTML: compiled with knownHelpersOnly, the same bytes as with Handlebars’ defaults', () => {
    expect(renderHtml(view)).toBe(compiledNow({}));
  });

  it('Markdown: every row while they fit its size, the same bytes on disk as in memory', async () => {
    const md = renderMarkdown(view, { medium: 'file' }).markdown;
    for (const r of view.v1.rows.slice()) expect(md).toContain(r.instanceId);
    const dir = mkdtempSync(join(tmpdir(), 'imds-stream-'));
    try {
      await writeMarkdownFile(join(dir, 'r.md'), view);
      expect(readFileSync(join(dir, 'r.md'), 'utf8')).toBe(md);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
