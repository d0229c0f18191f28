/**
 * Golden files per template for a small fleet (UPDATE_GOLDEN=1 rewrites them), the hostile-tag fleet
 * in every format, and the size limits on a 20,000-instance fleet.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { marker } from '../../src/github/comment.js';
import { uriComponent } from '../../src/model/text.js';
import { escapeDeep, trusted } from '../../src/report/escape.js';
import { renderHtml } from '../../src/report/html.js';
import { consoleUrl } from '../../src/report/links.js';
import {
  LADDER,
  LIMITS,
  MIN_INSTANCE_ROW,
  renderMarkdown,
  renderMarkdownWith,
} from '../../src/report/markdown.js';
import { buildView } from '../../src/report/view.js';
import { type InstanceRow, RowList } from '../../src/report/view-types.js';
import {
  assessInventory,
  bigInventory,
  cells,
  dataRows,
  HOSTILE,
  hostileInventory,
  META,
  pastRuns,
  richView,
} from './fixtures.js';

const GOLDEN = new URL('./golden/', import.meta.url);

function golden(name: string, actual: string): void {
  const file = new URL(name, GOLDEN);
  if (process.env.UPDATE_GOLDEN === '1' || (!existsSync(file) && process.env.CI !== 'true')) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, actual);
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('golden files (small fleet)', () => {
  const view = richView();
  it('report.md', () => golden('small.report.md', renderMarkdown(view, { medium: 'file' }).markdown));
  it('PR comment', () => {
    const r = renderMarkdown(view, { medium: 'comment', marker: marker('imds-guard', view.digest) });
    // Compact by default: the log hears what it left out; the comment says where the rest is.
    expect(r.folded.join('\n')).toMatch(/per-region table \(2 rows\) left out/);
    expect(r.markdown).not.toContain('Shortened to fit');
    expect(r.markdown).toContain('The short form');
    expect(r.markdown.startsWith('<!-- imds-guard:sticky-comment id=imds-guard digest=')).toBe(true);
    golden('small.comment.md', r.markdown);
  });
  it('report.html', () => golden('small.report.html', renderHtml(view)));

  it('puts a regression right after the headline, before the charts', () => {
    const md = renderMarkdown(view, { medium: 'summary' }).markdown;
    const reg = md.indexOf('newly allow IMDSv1 since the baseline');
    expect(reg).toBeGreaterThan(0);
    expect(reg).toBeLessThan(md.indexOf('### Split'));
    const html = renderHtml(view);
    expect(html.indexOf('id="h-regressions"')).toBeLessThan(html.indexOf('id="h-split"'));
  });
});

/** Every table row has as many cells as its header; nothing but our own tags appears raw. */
function assertMarkdownContained(md: string): void {
  const lines = md.split('\n');
  let width = 0;
  let inFence = false;
  for (const line of lines) {
    if (line.startsWith('```')) inFence = !inFence;
    if (inFence) continue;
    if (line.startsWith('|')) {
      const n = cells(line).length;
      if (!width) width = n;
      expect(n, line).toBe(width);
    } else width = 0;
    const stripped = line
      .replace(/<\/?(details|summary|sub)( open)?>/g, '')
      .replace(/^<!-- imds-guard:sticky-comment [^>]*-->$/, '');
    expect(stripped, line).not.toMatch(/<[A-Za-z!/]/);
    expect(line, line).not.toMatch(/(?<![\w&])@[A-Za-z]/);
  }
  expect(inFence).toBe(false);
}

describe('hostile tag values', () => {
  const view = buildView({
    assessment: assessInventory(hostileInventory()),
    meta: META,
    history: pastRuns(3),
  });

  it('stay inside their cell in Markdown (file, summary, comment)', () => {
    for (const medium of ['file', 'summary', 'comment'] as const) {
      const md = renderMarkdown(view, {
        medium,
        marker: medium === 'comment' ? marker('imds-guard', view.digest) : undefined,
      }).markdown;
      assertMarkdownContained(md);
      expect(md.match(/<!-- imds-guard:sticky-comment/g)?.length ?? 0).toBe(medium === 'comment' ? 1 : 0);
      // Mermaid blocks hold only our labels and numbers.
      for (const block of md.match(/```mermaid[\s\S]*?```/g) ?? [])
        expect(block).not.toMatch(/evil|script|theme/);
    }
  });

  it('are escaped in HTML: no tag, attribute or script of theirs survives', () => {
    const html = renderHtml(view);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>bold');
    expect(html).not.toContain('</details><');
    expect(html.match(/<script>/g)).toHaveLength(1);
    // The instance rows are JSON data blocks: nothing in them can close the script element or open
    // markup, and they read back as the hostile values themselves.
    const blocks =
      html.match(/<script type="application\/json" id="[a-z0-9]+-data">[\s\S]*?<\/script>/g) ?? [];
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) {
      const body = block.slice(block.indexOf('>') + 1, -'</script>'.length);
      expect(body).not.toMatch(/[<>&\u2028\u2029]/);
    }
    const rows = dataRows(html, 'v1');
    expect(rows).toHaveLength(HOSTILE.length);
    expect(rows.map((r) => r.name)).toEqual(view.v1.rows.slice().map((r) => r.name));
  });
});

describe('a lone surrogate in a value AWS returned', () => {
  it('renders every format (a URI made of it gets U+FFFD, never a URIError)', () => {
    const inv = hostileInventory();
    // An XML character reference (&#xD83D;) in a hostile answer decodes to half a surrogate pair.
    inv.instances[0] = { ...inv.instances[0], instanceId: 'i-0123456789abcdef0\uD83D' };
    inv.instances[1] = { ...inv.instances[1], name: '\uDC00 half', tags: { Name: '\uDC00 half' } };
    const view = buildView({ assessment: assessInventory(inv), meta: META });
    expect(() => renderMarkdown(view, { medium: 'file' })).not.toThrow();
    expect(() => renderHtml(view)).not.toThrow();
    const row = view.v1.rows.slice().find((r) => String(r.instanceId).endsWith('\uD83D'));
    expect(row?.url).toMatch(/InstanceDetails:instanceId=i-0123456789abcdef0%EF%BF%BD$/);
    expect(consoleUrl('instance', 'us-east-1', '\uD83D')).toMatch(/instanceId=%EF%BF%BD$/);
    expect(uriComponent('a\uD83D\uDE80\uDC00')).toBe('a%F0%9F%9A%80%EF%BF%BD');
  });

  it('encodes every value as encodeURIComponent does once lone surrogates are replaced', () => {
    const encoded = (s: string) => encodeURIComponent(s.replace(/[\uD800-\uDFFF]/gu, '\uFFFD'));
    const unreserved = fc.stringMatching(/^[A-Za-z0-9\-_.!~*'()]*$/);
    // Characters it keeps, characters it encodes, halves of a surrogate pair and NUL.
    const mixed = fc.string({ unit: fc.constantFrom(..."aZ9-.~'/ %?#&=+é", '\uD83D', '\uDE80', '\u0000') });
    fc.assert(
      fc.property(
        fc.oneof(unreserved, mixed, fc.string({ unit: 'binary' })),
        (s) => uriComponent(s) === encoded(s),
      ),
    );
    expect(uriComponent('i-0123456789abcdef0')).toBe('i-0123456789abcdef0');
    expect(uriComponent('web (prod)/a b')).toBe('web%20(prod)%2Fa%20b');
  });
});

describe('size limits on a 20,000-instance fleet', () => {
  const view = buildView({
    assessment: assessInventory(bigInventory(20_000)),
    meta: META,
    history: pastRuns(30),
  });

  it('keeps the PR comment compact: the headline, the top 10 risks and a link to the full report', () => {
    const r = renderMarkdown(view, { medium: 'comment', marker: marker('imds-guard', view.digest) });
    expect(r.markdown.length).toBeLessThan(10_000);
    expect(r.markdown).not.toContain('Shortened to fit');
    expect(r.markdown).toContain('The short form');
    expect(r.markdown).toContain('[run summary](https://github.com/octo/infra/actions/runs/42)');
    expect(r.markdown).toContain('…and 13,990 lower-risk instance(s) in the full report.');
    expect(r.markdown).not.toContain('### Regions');
    assertMarkdownContained(r.markdown);
  });

  it('keeps a full PR comment under 65,536 characters and says what was folded', () => {
    const r = renderMarkdown(view, {
      medium: 'comment',
      full: true,
      marker: marker('imds-guard', view.digest),
    });
    expect(r.markdown.length).toBeLessThan(65_536);
    expect([...r.markdown].length).toBeLessThan(65_536);
    expect(r.folded.length).toBeGreaterThan(0);
    expect(r.markdown).toContain('Shortened to fit');
    expect(r.markdown).toMatch(
      /IMDSv1-allowed instance list (shows the [\d,]+ highest-risk of 14,000|\(14,000 rows\) left out)/,
    );
    expect(r.markdown).toContain('[Run summary](https://github.com/octo/infra/actions/runs/42)');
    assertMarkdownContained(r.markdown);
  });

  it('keeps the job summary under 1 MiB and says what was folded', () => {
    const r = renderMarkdown(view, { medium: 'summary' });
    expect(Buffer.byteLength(r.markdown)).toBeLessThan(1024 * 1024);
    expect(r.size).toBeLessThanOrEqual(LIMITS.summary.max);
    expect(r.folded.length).toBeGreaterThan(0);
    expect(r.markdown).toContain('Shortened to fit');
    expect(r.markdown).toContain('imds-guard-report/report.html');
    assertMarkdownContained(r.markdown);
  });

  it('keeps report.md summary-sized, linking to report.html, which holds every row', () => {
    const md = renderMarkdown(view, { medium: 'file' });
    expect(Buffer.byteLength(md.markdown)).toBeLessThan(1024 * 1024);
    expect(md.folded.join(' ')).toMatch(/IMDSv1-allowed instance list/);
    expect(md.markdown).toContain('A summary: the long lists are shortened.');
    expect(md.markdown).toContain('[instances that allow IMDSv1](report.html#h-v1) (14,000)');
    assertMarkdownContained(md.markdown);
    const html = renderHtml(view);
    const rows = dataRows(html, 'v1');
    expect(rows.map((r) => r.instanceId)).toEqual(view.v1.rows.slice().map((r) => r.instanceId));
    expect(html.length).toBeLessThan(15_000_000);
  });

  it('skips a rung whose instance rows cannot fit, and keeps the rung a full trial would', () => {
    // The first rung whose whole rendering fits, every rung tried in order (what the skip must keep).
    const tried = (max: number, medium: 'file' | 'summary') => {
      for (const fold of LADDER) {
        const r = renderMarkdownWith(view, fold, { medium });
        if (r.size <= max) return r.markdown;
      }
      return renderMarkdownWith(view, LADDER[LADDER.length - 1], { medium }).markdown;
    };
    // 14,000 instance rows × MIN_INSTANCE_ROW is more than 300,000: the full rung is skipped.
    for (const max of [300_000, 120_000, 1_048_576 - 16_384])
      for (const medium of ['file', 'summary'] as const)
        expect(renderMarkdown(view, { medium, max }).markdown).toBe(tried(max, medium));
  });

  it('an instance row of report.md takes at least MIN_INSTANCE_ROW bytes, whatever its values', () => {
    const empty = (): InstanceRow =>
      escapeDeep({
        risk: 'no-role',
        riskLabel: '',
        riskRank: 3,
        worst: false,
        name: '',
        instanceId: '',
        accountId: '',
        region: '',
        state: '',
        role: '',
        publicIp: '',
        hopLimit: '',
        hopWide: false,
        runningFor: '',
        runningForSeconds: -1,
        note: '',
        url: '',
        link: trusted(''),
        willBreak: false,
        v1CallsValue: -1,
        usage: '',
        v1CallsText: '',
      }) as unknown as InstanceRow;
    const full = LADDER[0];
    const sized = (n: number) => {
      const rows = Array.from({ length: n }, empty);
      const v = { ...view, v1: { ...view.v1, rows: RowList.of(rows, (r) => r) } };
      return renderMarkdownWith(v, full, { medium: 'file' }).size;
    };
    expect((sized(200) - sized(100)) / 100).toBeGreaterThanOrEqual(MIN_INSTANCE_ROW);
  });

  it('degrades to a headline when even sections do not fit', () => {
    const r = renderMarkdown(view, { medium: 'comment', full: true, max: 3000 });
    expect(r.markdown).toContain('IMDS Guard:');
    expect(r.folded.join(' ')).toContain('left out');
  });
});
