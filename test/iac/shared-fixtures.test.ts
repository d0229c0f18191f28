// Checks the readers and the judging against real third-party files in ../shared/iac-fixtures (not
// copied into this repository). The expected verdicts are the manifests' hand-read columns, judged
// offline (no account default / AMI known). First set (MANIFEST.md): unset→depends and
// "(plan) unknown" → 'depends', yes → 'allows-v1', no / var→no → 'no-v1'. Second set
// (more/truth.json, Terraform source and plan rows): v1 → 'allows-v1' with an error at its line,
// v1* → no attributed error, no-v1 → no error or warning (a resource not created counts as none),
// depends → 'depends', n/a → 'not-applicable'. CloudFormation rows are checked elsewhere.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assessIac, judgeIacResource } from '../../src/assess/iac.js';
import { readIacFiles } from '../../src/iac/index.js';
import { configAddress } from '../../src/iac/plan.js';
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

if (!existsSync(ROOT))
  console.log(
    'shared-fixtures: skipped: ../shared/iac-fixtures is not present (third-party files are not in this repository)',
  );

describe.skipIf(!existsSync(ROOT))('real third-party IaC files (shared/iac-fixtures)', async () => {
  const files = existsSync(ROOT)
    ? loadTree(ROOT, (n) => n.endsWith('.md') || n === 'truth.json').filter(
        (f) => !f.file.startsWith('more/'),
      )
    : [];
  const { resources, errors } = await readIacFiles(files);
  const { verdicts } = assessIac(resources, {});

  it('reads every file without errors', () => {
    expect(errors).toEqual([]);
    expect(files.length).toBe(15);
  });

  it.each(MANIFEST)('%s %s → %s', (file, address, expected, attributed = true) => {
    const folder = file.split('/').slice(0, -1).join('/');
    const vs = verdicts.filter((x) => x.file.startsWith(folder) && configAddress(x.address) === address);
    expect(vs.length, `${address} not found`).toBeGreaterThan(0);
    for (const v of vs) {
      // A resource these inputs do not create (count = 0) is listed, not judged: no error, as no-v1.
      const notCreated = v.verdict.status === 'not-applicable' && v.verdict.why.startsWith('not created');
      expect(notCreated && expected === 'no-v1' ? 'no-v1' : v.verdict.status).toBe(expected);
      expect(v.attributed).toBe(attributed);
      expect(v.line).toBeGreaterThan(0);
    }
  });

  it('resolves the terraform-aws-modules dynamic block to required through the variable default', () => {
    const v = verdicts.find(
      (x) => x.file.startsWith('hcl/tam-ec2') && configAddress(x.address) === 'aws_instance.this',
    );
    expect(v?.verdict.why).toMatch(/^HttpTokens required/);
  });
});

const MORE = `${ROOT}more/`;
type TruthRow = [string, string, number, string, string];

function truthRows(): [string, string, string, number, string][] {
  if (!existsSync(`${MORE}truth.json`)) return [];
  const truth = JSON.parse(readFileSync(`${MORE}truth.json`, 'utf8')) as Record<string, TruthRow[]>;
  const out: [string, string, string, number, string][] = [];
  for (const [key, rows] of Object.entries(truth)) {
    for (const [file, resource, line, verdict] of rows) {
      let path: string | undefined;
      if (key.startsWith('T')) {
        const dir = readdirSync(`${MORE}hcl`).find((d) => d.startsWith(key));
        path = dir && `hcl/${dir}/${file}`;
      } else if (key.startsWith('P')) {
        const f = readdirSync(`${MORE}plan`).find((d) => d.startsWith(key));
        path = f && `plan/${f}`;
      }
      if (path) out.push([key, path, resource, line, verdict]);
    }
  }
  return out;
}

describe.skipIf(!existsSync(`${MORE}truth.json`))(
  'real third-party IaC files, second set (more/truth.json)',
  async () => {
    const files = existsSync(MORE)
      ? loadTree(MORE, (n) => n.endsWith('.md') || n === 'truth.json').filter(
          (f) => !f.file.startsWith('cfn/'),
        )
      : [];
    const { resources, errors } = await readIacFiles(files);
    const { verdicts, findings } = assessIac(resources, {});
    const rows = truthRows();

    it('reads every Terraform file and plan without errors, and has rows to check', () => {
      expect(errors).toEqual([]);
      expect(rows.length).toBeGreaterThanOrEqual(26);
    });

    it.each(rows)('%s %s %s (line %i) → %s', (_case, file, resource, line, verdict) => {
      const mine = resources.filter(
        (r) => r.file === file && (r.address === resource || configAddress(r.address) === resource),
      );
      expect(mine.length, `${resource} not found in ${file}`).toBeGreaterThan(0);
      for (const r of mine) {
        expect(r.line).toBe(line);
        const v = verdicts.find((x) => x.file === r.file && x.address === r.address);
        const own = findings.filter((f) => f.file === r.file && f.address === r.address);
        if (verdict === 'v1') {
          expect(v?.verdict.status).toBe('allows-v1');
          expect(own.some((f) => f.level === 'error' && f.attributed && f.line === line)).toBe(true);
        } else if (verdict === 'v1*') {
          expect(own.filter((f) => f.attributed && f.level === 'error')).toEqual([]);
        } else if (verdict === 'no-v1') {
          if (!r.notCreated)
            expect(own.filter((f) => f.level === 'error' || f.level === 'warning')).toEqual([]);
        } else if (verdict === 'depends') {
          expect(v?.verdict.status).toBe('depends');
          // With live access the outcome is resolved: the region's account default decides.
          const live = (tokens: 'required' | 'optional') => {
            const region = r.region ?? 'us-east-1';
            return judgeIacResource(r, resources, {
              defaultRegion: 'us-east-1',
              accountDefaults: { [region]: tokens },
            }).status;
          };
          expect([live('required'), live('optional')]).toEqual(['no-v1', 'allows-v1']);
        } else if (verdict === 'n/a') {
          expect(v?.verdict.status).toBe('not-applicable');
        } else throw new Error(`unknown verdict ${verdict}`);
      }
    });
  },
);
