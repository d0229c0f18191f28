// Checks the readers and the judging against real third-party files in ../shared/iac-fixtures (not
// copied into this repository). The expected verdicts are the manifest's hand-read "v1?" column,
// judged offline (no account default / AMI known): unset→depends and "(plan) unknown" → 'depends',
// yes → 'allows-v1', no / var→no → 'no-v1'.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assessIac } from '../../src/assess/iac.js';
import { readIacFiles } from '../../src/iac/index.js';
import { loadTree } from './support.js';

const ROOT = new URL('../../../shared/iac-fixtures/', import.meta.url).pathname;
// Absent outside this workplace (the files are not in the repository): one line says why these are skipped.
if (!existsSync(ROOT))
  console.log(`shared-fixtures: skipped, no ${ROOT} (the third-party IaC files live outside the repository)`);

// [file, address, verdict, attributed]
const MANIFEST: [string, string, string, boolean?][] = [
  ['plan/checkov__plan_provisioners__tfplan.json', 'aws_instance.web', 'depends'],
  ['plan/trivy-checks__terraform-plan__tfplan.json', 'aws_launch_template.this', 'depends'],
  ['plan/trivy-checks__terraform-plan__tfplan.json', 'aws_autoscaling_group.this', 'depends'],
  ['plan/terraform-compliance__actions_regular__plan.out.json', 'aws_instance.changed', 'allows-v1'],
  ['plan/terraform-compliance__actions_regular__plan.out.json', 'aws_instance.unchanged', 'allows-v1', false],
  ['plan/nyaras-demo-devsecops__tfplan.json', 'aws_instance.main', 'depends'],
  ['hcl/checkov__example_IMDSv1Disabled/main.tf', 'aws_instance.defaults', 'depends'],
  ['hcl/checkov__example_IMDSv1Disabled/main.tf', 'aws_instance.optional_token', 'allows-v1'],
  ['hcl/checkov__example_IMDSv1Disabled/main.tf', 'aws_instance.disabled', 'no-v1'],
  ['hcl/checkov__example_IMDSv1Disabled/main.tf', 'aws_instance.required', 'no-v1'],
  ['hcl/checkov__example_IMDSv1Disabled/main.tf', 'aws_launch_configuration.required_lc', 'no-v1'],
  ['hcl/checkov__example_IMDSv1Disabled/main.tf', 'aws_launch_configuration.optional_lc', 'allows-v1'],
  ['hcl/checkov__example_IMDSv1Disabled/main.tf', 'aws_launch_template.optional_lt', 'allows-v1'],
  ['hcl/checkov__example_IMDSv1Disabled/main.tf', 'aws_launch_template.default_lt', 'depends'],
  ['hcl/checkov__example_LaunchTemplateMetadataHop/main.tf', 'aws_launch_configuration.pass', 'depends'],
  ['hcl/checkov__example_LaunchTemplateMetadataHop/main.tf', 'aws_launch_configuration.pass2', 'depends'],
  ['hcl/checkov__example_LaunchTemplateMetadataHop/main.tf', 'aws_launch_configuration.fail', 'depends'],
  ['hcl/checkov__example_LaunchTemplateMetadataHop/main.tf', 'aws_launch_template.pass', 'no-v1'],
  ['hcl/checkov__example_LaunchTemplateMetadataHop/main.tf', 'aws_launch_template.pass2', 'no-v1'],
  ['hcl/checkov__example_LaunchTemplateMetadataHop/main.tf', 'aws_launch_template.fail', 'no-v1'],
  ['hcl/snyk-iac-goof__aws_ec2_imds_v2_denied/aws_ec2_imds_v2_denied.tf', 'aws_instance.denied', 'depends'],
  ['hcl/snyk-iac-goof__aws_ec2_imds_v2_denied/aws_ec2_imds_v2_denied.tf', 'aws_instance.denied_2', 'depends'],
  [
    'hcl/snyk-iac-goof__aws_ec2_imds_v2_denied/aws_ec2_imds_v2_denied.tf',
    'aws_instance.denied_3',
    'allows-v1',
  ],
  ['hcl/tam-ec2-instance__HEAD/main.tf', 'aws_instance.this', 'no-v1'],
  ['hcl/tam-ec2-instance__HEAD/main.tf', 'aws_instance.ignore_ami', 'no-v1'],
  ['hcl/tam-ec2-instance__HEAD/main.tf', 'aws_spot_instance_request.this', 'no-v1'],
  ['hcl/tam-eks__eks-managed-node-group/main.tf', 'aws_launch_template.this', 'no-v1'],
  ['cfn/checkov__example_IMDSv1Disabled__FAILED.yml', 'MetadataOptionsNone', 'depends'],
  ['cfn/checkov__example_IMDSv1Disabled__FAILED.yml', 'IMDSv1Enabled', 'depends'],
  ['cfn/checkov__example_IMDSv1Disabled__FAILED.yml', 'IMDSv2Optional', 'allows-v1'],
  ['cfn/checkov__example_IMDSv1Disabled__PASSED.yml', 'IMDSv1Disabled', 'no-v1'],
  ['cfn/checkov__example_IMDSv1Disabled__PASSED.yml', 'IMDSv2Enabled', 'no-v1'],
  ['cfn/checkov__ec2_with_waitcondition_template.json', 'KWOSInstance', 'depends'],
  ['cfn/amazon-eks-ami__amazon-eks-nodegroup__8c61db5.yaml', 'NodeLaunchConfig', 'depends'],
  ['cfn/amazon-eks-ami__amazon-eks-nodegroup__8c61db5.yaml', 'NodeGroup', 'depends'],
];

describe.skipIf(!existsSync(ROOT))('real third-party IaC files (shared/iac-fixtures)', async () => {
  const files = existsSync(ROOT) ? loadTree(ROOT, (n) => n.endsWith('.md')) : [];
  const { resources, errors } = await readIacFiles(files);
  const { verdicts } = assessIac(resources, {});

  it('reads every file without errors', () => {
    expect(errors).toEqual([]);
    expect(files.length).toBe(15);
  });

  it.each(MANIFEST)('%s %s → %s', (file, address, expected, attributed = true) => {
    const v = verdicts.find(
      (x) => x.file.startsWith(file.split('/').slice(0, -1).join('/')) && x.address === address,
    );
    expect(v, `${address} not found`).toBeDefined();
    expect(v?.verdict.status).toBe(expected);
    expect(v?.attributed).toBe(attributed);
    expect(v?.line).toBeGreaterThan(0);
  });

  it('resolves the terraform-aws-modules dynamic block to required through the variable default', () => {
    const v = verdicts.find((x) => x.file.startsWith('hcl/tam-ec2') && x.address === 'aws_instance.this');
    expect(v?.verdict.why).toMatch(/^HttpTokens required/);
  });
});
