import Handlebars from 'handlebars';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderHtml } from '../../src/report/html.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { warmReportTemplates } from '../../src/report/templates.js';
import { richView } from './fixtures.js';

/** Handlebars compiles a template at its first render: every compilation passes through here. */
const compiler = (
  Handlebars as unknown as { Compiler: { prototype: { compile(...args: unknown[]): unknown } } }
).Compiler.prototype;
const compilations = () => vi.spyOn(compiler, 'compile');

describe('warmReportTemplates', () => {
  afterEach(() => vi.restoreAllMocks());

  it('compiles every template the reports render, which then render the same bytes with no compiling', async () => {
    // The same reports from a fresh copy of the modules, never warmed: what they render is the reference.
    vi.resetModules();
    const fresh = {
      html: (await import('../../src/report/html.js')).renderHtml,
      markdown: (await import('../../src/report/markdown.js')).renderMarkdown,
      view: (await import('./fixtures.js')).richView(),
    };
    const expected = {
      html: fresh.html(fresh.view),
      file: fresh.markdown(fresh.view, { medium: 'file' }).markdown,
      summary: fresh.markdown(fresh.view, { medium: 'summary' }).markdown,
    };
    const view = richView();

    const compiled = compilations();
    warmReportTemplates();
    expect(compiled.mock.calls.length).toBeGreaterThan(10);
    compiled.mockClear();
    expect(renderHtml(view)).toBe(expected.html);
    expect(renderMarkdown(view, { medium: 'file' }).markdown).toBe(expected.file);
    expect(renderMarkdown(view, { medium: 'summary' }).markdown).toBe(expected.summary);
    expect(compiled).not.toHaveBeenCalled();
  });

  it('never throws: a template that cannot be read is left for the report to fail on', async () => {
    vi.resetModules();
    vi.doMock('node:fs', async (original) => ({
      ...(await original<typeof import('node:fs')>()),
      readFileSync: () => {
        throw new Error('ENOENT: templates/report.md.hbs');
      },
    }));
    const fresh = await import('../../src/report/templates.js');
    expect(() => fresh.warmReportTemplates()).not.toThrow();
    expect(() => fresh.markdownSplitTemplate()).toThrow(/ENOENT/);
    vi.doUnmock('node:fs');
  });

  it('is harmless twice', () => {
    warmReportTemplates();
    const compiled = compilations();
    warmReportTemplates();
    expect(compiled).not.toHaveBeenCalled();
  });
});
