/**
 * The Action's entry (src/index.ts) runs the audit in a worker thread. Every other e2e test goes
 * through it (exit codes, outputs, annotations); here, the run itself cannot start — the bundle's run
 * chunk is missing — and the Action must still fail with an error annotation, not exit 0 in silence.
 */
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runAction } from '../support/runner.js';

const dir = mkdtempSync(join(tmpdir(), 'imds-launcher-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('a run that cannot start fails the Action with an ::error:: naming why', async () => {
  // The entry and its package.json only: the chunks it imports in the worker are left behind.
  for (const f of ['index.js', 'package.json']) copyFileSync(join('dist', f), join(dir, f));
  expect(readdirSync('dist').some((f) => /^\d+\.index\.js$/.test(f))).toBe(true);
  const r = await runAction({ entry: join(dir, 'index.js'), inputs: { threshold: '0' } });
  expect(r.exitCode).toBe(1);
  const errors = r.annotations.filter((a) => a.level === 'error');
  expect(errors).toHaveLength(1);
  expect(errors[0].message).toMatch(/^IMDS Guard stopped: .*Cannot find module/s);
});
