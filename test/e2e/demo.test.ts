/**
 * The README's first command (`npm run demo`) keeps working: the demo script runs the bundle end to end
 * (nightly audit, two pull-request checks judged against their base, plan → apply → plan-rollback →
 * rollback with provenance checked) and says what each step did.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (): Promise<{ code: number; out: string }> =>
  new Promise((done) => {
    execFile(
      process.execPath,
      [join('node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/demo.ts'],
      { env: { ...process.env, IMDS_GUARD_DEMO_OUT: 'test-output/demo' }, maxBuffer: 16 * 1024 * 1024 },
      (err, stdout, stderr) => done({ code: err ? Number(err.code ?? 1) : 0, out: stdout + stderr }),
    );
  });

describe('npm run demo', () => {
  it('runs every use of the Action and reports each outcome', async () => {
    const r = await run();
    expect(r.code, r.out).toBe(0);
    expect(r.out).toMatch(/nightly: exit 1; \d+ of \d+ compliant/);
    expect(r.out).toMatch(/pull-request: exit 0/);
    expect(r.out).toMatch(/pull-request-v1: exit 1/);
    expect(r.out).toMatch(
      /remediation: plan exit 0, apply exit 0 \(\d+ applied, 0 failed\), rollback plan exit 0, rollback exit 0/,
    );
    expect(r.out).not.toMatch(/warning|Error/i);
    const comment = readFileSync('test-output/demo/pull-request/comment.md', 'utf8');
    expect(comment).toContain('already on the base branch');
    expect(readFileSync('test-output/demo/remediation/rollback-plan-summary.md', 'utf8')).toContain(
      'Provenance: checked',
    );
  }, 240_000);
});
