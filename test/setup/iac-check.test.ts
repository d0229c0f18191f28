/**
 * IMDS Guard's own IaC check on the set-up templates: they create IAM only (no instance, launch template or
 * account default), so the check reads every file without error and finds nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessIac } from '../../src/assess/iac.js';
import { readIacFiles } from '../../src/iac/index.js';

function files(dir: string): Array<{ file: string; text: string }> {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ya?ml|tf|json)$/.test(e.name))
    .map((e) => {
      const file = join(e.parentPath, e.name);
      return { file, text: readFileSync(file, 'utf8') };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}

describe('the IaC check on setup/', () => {
  it('reads the CloudFormation templates and the Terraform modules without error, and finds nothing', async () => {
    const all = files('setup');
    expect(all.map((f) => f.file)).toEqual(
      expect.arrayContaining([
        'setup/cloudformation/imds-guard.yaml',
        'setup/cloudformation/member-role-stackset.yaml',
        'setup/terraform/main.tf',
        'setup/terraform/member-role/main.tf',
      ]),
    );
    const read = await readIacFiles(all.filter((f) => !f.file.endsWith('policies.json')));
    expect(read.errors).toEqual([]);
    const { findings, verdicts } = assessIac(read.resources, {});
    expect(findings).toEqual([]);
    // Nothing it judges: IAM resources carry no instance metadata options.
    expect(verdicts.filter((v) => v.verdict.status !== 'not-applicable')).toEqual([]);
  });
});
