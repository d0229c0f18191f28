/**
 * The HTML report in headless Chromium (Debian `chromium` + playwright-core): every instance present,
 * sorting and filtering work, hostile values render as text in their own cell, no console errors, no
 * network requests. Screenshots go to test-output/ for a person to look at.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/report/html.js';
import { buildView } from '../../src/report/view.js';
import { assessInventory, bigInventory, HOSTILE, hostileInventory, META, richView } from './fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && process.env.CI === 'true') {
  throw new Error(
    `${CHROMIUM} is missing: .ci/run installs Debian's chromium; the HTML report test must run in CI.`,
  );
}
if (!available)
  console.warn(`Skipping the HTML browser test: ${CHROMIUM} not found (apt-get install chromium).`);

const OUT = join(process.cwd(), 'test-output', 'report');

describe.skipIf(!available)('HTML report in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 60_000);
  afterAll(async () => browser?.close());

  async function open(html: string, name: string, colorScheme: 'light' | 'dark' = 'light') {
    const file = join(OUT, `${name}.html`);
    writeFileSync(file, html);
    const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('request', (r) => {
      if (r.url() !== `file://${file}`) requests.push(r.url());
    });
    await page.goto(`file://${file}`);
    await page.waitForLoadState('load');
    return { page, problems, requests, close: () => context.close() };
  }

  const ids = (page: Page) =>
    page.$$eval('#v1 tbody tr:not([hidden])', (rows) => rows.map((r) => r.getAttribute('data-id')));

  it('shows every IMDSv1 instance, sorts and filters, with no errors and no network', async () => {
    const view = richView();
    const { page, problems, requests, close } = await open(renderHtml(view), 'small');
    expect(await page.textContent('[data-testid=percent]')).toBe('58.3%');
    expect(await ids(page)).toEqual(view.v1.rows.slice().map((r) => r.instanceId));

    // Sort by hop limit (ascending, then descending).
    const hop = page.locator('#v1 thead th', { hasText: 'Hop limit' }).locator('button');
    await hop.click();
    let hops = await page.$$eval('#v1 tbody tr td:nth-child(9)', (c) => c.map((x) => Number(x.textContent)));
    expect(hops).toEqual([...hops].sort((a, b) => a - b));
    await hop.click();
    hops = await page.$$eval('#v1 tbody tr td:nth-child(9)', (c) => c.map((x) => Number(x.textContent)));
    expect(hops[0]).toBe(2);
    expect(await page.getAttribute('#v1 thead th:nth-child(9)', 'aria-sort')).toBe('descending');

    // Sort by name (text).
    await page.locator('#v1 thead th', { hasText: 'Name' }).locator('button').click();
    const names = await page.$$eval('#v1 tbody tr td:nth-child(2)', (c) => c.map((x) => x.textContent ?? ''));
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));

    // Filter.
    expect(await page.isVisible('#v1-filter')).toBe(true);
    await page.fill('#v1-filter', 'eu-west-1');
    expect((await ids(page)).sort()).toEqual(
      view.v1.rows
        .slice()
        .filter((r) => r.region === 'eu-west-1')
        .map((r) => r.instanceId)
        .sort(),
    );
    expect(await page.textContent('#v1-status')).toBe(`Showing 2 of ${view.v1.rows.length}`);
    await page.fill('#v1-filter', '');
    expect(await ids(page)).toHaveLength(view.v1.rows.length);

    expect(await page.locator('svg[role=img]').count()).toBe(2);
    await page.screenshot({ path: join(OUT, 'report-light.png'), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    await page.pdf?.({ path: join(OUT, 'report-print.pdf') }).catch(() => undefined);
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    await close();

    const dark = await open(renderHtml(view), 'small-dark', 'dark');
    const bg = await dark.page.evaluate('getComputedStyle(document.body).backgroundColor');
    expect(bg).toBe('rgb(13, 17, 23)');
    await dark.page.screenshot({ path: join(OUT, 'report-dark.png'), fullPage: true });
    expect(dark.problems).toEqual([]);
    await dark.close();
  }, 60_000);

  for (const width of [1400, 800]) {
    it(`at ${width} px: the new sections, ids and names on one line, headers sort, owner and usage filter`, async () => {
      const view = richView();
      const file = join(OUT, `sections-${width}.html`);
      writeFileSync(file, renderHtml(view));
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(m.text());
      });
      await page.goto(`file://${file}`);
      for (const h of ['#h-usage', '#h-by-tag', '#h-asg', '#h-hop'])
        expect(await page.isVisible(h)).toBe(true);
      expect(await page.textContent('[data-testid=makeup]')).toContain(
        '7 compliant = 5 IMDSv2 required + 1 pending → required + 1 exempted',
      );
      expect(await page.textContent('[data-testid=usage-in-use]')).toBe('2');

      // Ids (links included) and regions never wrap: each renders as one line box.
      const wrapped = await page.$$eval('td.id, td.nowrap, td.name', (cells) =>
        cells
          .filter((c) => c.getBoundingClientRect().height > 0)
          .filter((c) => {
            const r = c.ownerDocument.createRange();
            r.selectNodeContents(c);
            const tops = new Set([...r.getClientRects()].map((x) => Math.round(x.top)));
            return tops.size > 1;
          })
          .map((c) => c.textContent),
      );
      expect(wrapped).toEqual([]);
      // Console links: region-aware, on every instance id.
      const href = await page.getAttribute('#v1 tbody tr[data-id="i-0000000000000000b"] td.id a', 'href');
      expect(href).toBe(
        'https://eu-west-1.console.aws.amazon.com/ec2/home?region=eu-west-1#InstanceDetails:instanceId=i-0000000000000000b',
      );

      // Clicking a column header sorts (the owner table by IMDSv1 allowed, descending on the 2nd click).
      const v1Header = page.locator('#by-tag thead th', { hasText: 'IMDSv1 allowed' }).locator('button');
      await v1Header.click();
      await v1Header.click();
      const v1 = await page.$$eval('#by-tag tbody tr td:nth-child(5)', (c) =>
        c.map((x) => Number(x.textContent)),
      );
      expect(v1).toEqual([...v1].sort((a, b) => b - a));
      expect(await page.getAttribute('#by-tag thead th:nth-child(5)', 'aria-sort')).toBe('descending');

      // Owner filter on the instance list, then the usage filter on top of it.
      await page.selectOption('#v1-tag', 'payments');
      expect(await ids(page)).toEqual(['i-00000000000000004']);
      await page.selectOption('#v1-tag', '*');
      await page.selectOption('#v1-usage', 'in-use');
      expect((await ids(page)).sort()).toEqual(['i-00000000000000004', 'i-0000000000000000b']);
      await page.selectOption('#v1-usage', '*');

      // The next step follows the headline; a table of contents stays on screen while reading.
      const top = (sel: string) => page.$eval(sel, (e) => e.getBoundingClientRect().top + window.scrollY);
      expect(await top('#h-next')).toBeLessThan(await top('#h-v1'));
      expect(await top('#h-next')).toBeLessThan(await top('#h-usage'));
      const toc = await page.$$eval('nav.toc a', (as) => as.map((a) => a.getAttribute('href')));
      expect(toc[0]).toBe('#h-next');
      expect(toc).toContain('#h-usage');
      expect(toc).toContain('#h-v1');
      await page.locator('#h-posture').scrollIntoViewIfNeeded();
      const nav = await page.$eval('nav.toc', (n) => n.getBoundingClientRect().top);
      expect(nav).toBe(0);
      await page.click('nav.toc a[href="#h-v1"]');
      expect(await page.$eval('#h-v1', (h) => h.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
      // The instance table fits: at 800 px the columns that matter, the rest one button away.
      const visible = () =>
        page.$$eval('#v1 thead th', (ths) =>
          ths.filter((th) => th.getBoundingClientRect().width > 0).map((th) => th.textContent?.trim()),
        );
      const fits = () => page.$eval('#v1', (t) => t.scrollWidth <= (t.parentElement?.clientWidth ?? 0) + 1);
      if (width === 800) {
        expect(await visible()).not.toContain('Account');
        expect(await visible()).toEqual(
          expect.arrayContaining(['Risk', 'Name', 'Instance', 'Region', 'Public IP']),
        );
        expect(await fits()).toBe(true);
        await page.click('button.cols');
        expect(await visible()).toContain('Account');
        await page.click('button.cols');
      } else {
        expect(await visible()).toContain('Account');
        expect(await page.isVisible('button.cols')).toBe(false);
      }

      await page.screenshot({ path: join(OUT, `report-${width}.png`), fullPage: true });
      await page.locator('#h-usage').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(OUT, `report-${width}-sections.png`) });
      for (const id of ['h-by-tag', 'h-asg', 'h-hop', 'h-v1'])
        await page
          .locator(`section[aria-labelledby=${id}]`)
          .screenshot({ path: join(OUT, `report-${width}-${id}.png`) });
      expect(problems).toEqual([]);
      await context.close();
    }, 60_000);
  }

  it('pages a long instance list drawn from its data block: 100 rows a page, sort and filter over every row', async () => {
    const view = buildView({ assessment: assessInventory(bigInventory(600)), meta: META });
    const all = view.v1.rows.slice();
    expect(all.length).toBeGreaterThan(200);
    const { page, problems, requests, close } = await open(renderHtml(view), 'paged');
    expect(await ids(page)).toEqual(all.slice(0, 100).map((r) => r.instanceId));
    expect(await page.textContent('.table-wrap:has(#v1) + .pager')).toContain(`Rows 1–100 of ${all.length}`);
    await page.locator('.table-wrap:has(#v1) + .pager button', { hasText: 'Next' }).click();
    expect(await ids(page)).toEqual(all.slice(100, 200).map((r) => r.instanceId));
    // Sorting orders every row, not just the page shown, and goes back to the first page.
    await page.locator('#v1 thead th:nth-child(3) button').click();
    const sorted = all
      .map((r) => r.instanceId)
      .sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
    expect(await ids(page)).toEqual(sorted.slice(0, 100));
    // A filter counts its matches over every row.
    const region = all[all.length - 1].region;
    await page.fill('#v1-filter', region);
    const matching = all.filter((r) => r.region === region).length;
    expect(await page.textContent('#v1-status')).toBe(`Showing ${matching} of ${all.length}`);
    expect((await ids(page)).length).toBe(Math.min(100, matching));
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    await close();
  }, 60_000);

  it('renders hostile tag values as plain text inside their own cell', async () => {
    const view = buildView({ assessment: assessInventory(hostileInventory()), meta: META });
    const { page, problems, requests, close } = await open(renderHtml(view), 'hostile');
    expect(
      await page.$$eval('#v1 tbody tr', (rows) => rows.map((r) => (r as HTMLTableRowElement).cells.length)),
    ).toEqual(HOSTILE.map(() => 11));
    const shown = await page.$$eval('#v1 tbody tr td:nth-child(2)', (c) => c.map((x) => x.textContent ?? ''));
    const expected = view.v1.rows.slice().map((r) => r.name);
    expect(shown).toEqual(expected);
    expect(await page.$$eval('body img, body iframe, body b', (e) => e.length)).toBe(0);
    // One script runs; the others are the tables' JSON data blocks.
    expect(await page.$$eval('script:not([type="application/json"])', (s) => s.length)).toBe(1);
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    await page.screenshot({ path: join(OUT, 'report-hostile.png'), fullPage: true });
    await close();
  }, 60_000);
});
