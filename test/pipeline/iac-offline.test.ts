/**
 * A fork's pull request: the workflow names a role, but the job gets no OIDC token. With `iac` set the
 * IaC check still runs — offline, with no AWS call — instead of failing for lacking credentials.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanupWorkspaces, runInProcess } from '../support/inprocess.js';

afterEach(() => cleanupWorkspaces());

const FIXTURE = 'test/fixtures/iac-e2e/compliant/infra';

describe('IaC check on a fork pull request', () => {
  it('runs offline when role-to-assume is set but no OIDC token can be had', async () => {
    const r = await runInProcess({
      inputs: {
        'role-to-assume': 'arn:aws:iam::111111111111:role/IMDSGuardReadOnly',
        iac: 'infra/**/*.tf\ninfra/**/*.template.yaml',
        threshold: '100',
        comment: 'never',
      },
      // An endpoint nothing listens on: any AWS call would fail the run.
      env: { AWS_ENDPOINT_URL: 'http://127.0.0.1:9', AWS_REGION: 'us-east-1' },
      event: { name: 'pull_request', payload: { number: 3, pull_request: { number: 3 } } },
      workspaceFiles: {
        'infra/app/main.tf': readFileSync(`${FIXTURE}/app/main.tf`, 'utf8'),
        'infra/cfn/web.template.yaml': readFileSync(`${FIXTURE}/cfn/web.template.yaml`, 'utf8'),
      },
    });
    expect(r.error).toBeUndefined();
    expect(r.result?.passed).toBe(true);
    expect(r.lines.join('\n')).toMatch(/cannot get a GitHub OIDC token .* offline \(no AWS call/);
    expect(r.outputs['sarif-file']).toBeDefined();
  });
});
