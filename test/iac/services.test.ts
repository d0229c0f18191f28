// SageMaker notebook instances, Elastic Beanstalk environments and Lightsail instances in the IaC check:
// each judged under its own rule, through the same evaluators as EC2's settings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessIac, IAC_RULES, type IacFinding } from '../../src/assess/iac.js';
import { compareWithBase } from '../../src/assess/iac-baseline.js';
import { readIacFiles } from '../../src/iac/index.js';
import type { IacResource } from '../../src/model/iac.js';
import { findingsToSarif } from '../../src/report/sarif.js';
import { sarifProblems } from '../support/sarif-schema.js';
import { loadFixtures } from './support.js';

type Row = [address: string, status: string, ruleId: string | undefined, level: string | undefined];

async function judged(set: string, unresolved?: 'warn' | 'fail') {
  const read = await readIacFiles(loadFixtures(set));
  expect(read.errors).toEqual([]);
  const a = assessIac(read.resources, {}, { unresolved });
  const level = (address: string) => a.findings.find((f) => f.address === address)?.level;
  const rows: Row[] = a.verdicts.map((v) => [
    v.address,
    v.verdict.status,
    v.verdict.ruleId,
    level(v.address),
  ]);
  return { read, a, rows };
}

const finding = (findings: IacFinding[], address: string) => findings.find((f) => f.address === address);

describe('Terraform: the other services each under their own rule', () => {
  it('judges allowed, required, unset, via a variable and unresolvable settings', async () => {
    const { rows } = await judged('tf-services');
    expect(rows).toEqual<Row[]>([
      ['aws_elastic_beanstalk_configuration_template.hardened', 'no-v1', undefined, undefined],
      ['aws_elastic_beanstalk_environment.allowed', 'allows-v1', 'IMDSG010', 'error'],
      ['aws_elastic_beanstalk_environment.dynamic', 'allows-v1', 'IMDSG010', 'error'],
      ['aws_elastic_beanstalk_environment.from_template', 'no-v1', undefined, undefined],
      ['aws_elastic_beanstalk_environment.required', 'no-v1', undefined, undefined],
      ['aws_elastic_beanstalk_environment.unresolvable', 'unknown', 'IMDSG010', 'warning'],
      ['aws_elastic_beanstalk_environment.unset', 'allows-v1', 'IMDSG010', 'error'],
      ['aws_elastic_beanstalk_environment.unset_al2023', 'unknown', 'IMDSG010', 'warning'],
      ['aws_elastic_beanstalk_environment.via_variable', 'no-v1', undefined, undefined],
      ['aws_lightsail_instance.box', 'allows-v1', 'IMDSG011', 'error'],
      ['aws_sagemaker_notebook_instance.allowed', 'allows-v1', 'IMDSG009', 'error'],
      ['aws_sagemaker_notebook_instance.required', 'no-v1', undefined, undefined],
      ['aws_sagemaker_notebook_instance.unresolvable', 'unknown', 'IMDSG009', 'warning'],
      ['aws_sagemaker_notebook_instance.unset', 'allows-v1', 'IMDSG009', 'error'],
      ['aws_sagemaker_notebook_instance.via_variable', 'allows-v1', 'IMDSG009', 'error'],
    ]);
  });

  it('points the fix at the variable or local that decides the value, and names the exact setting', async () => {
    const { a } = await judged('tf-services');
    expect(finding(a.findings, 'aws_sagemaker_notebook_instance.via_variable')?.fix).toBe(
      'instance_metadata_service_configuration { minimum_instance_metadata_service_version = "2" } — the value comes from variable "notebook_imds" default (tf-services/main.tf:3): change it there',
    );
    expect(finding(a.findings, 'aws_sagemaker_notebook_instance.allowed')?.fix).toBe(
      'instance_metadata_service_configuration { minimum_instance_metadata_service_version = "2" }',
    );
    expect(finding(a.findings, 'aws_elastic_beanstalk_environment.dynamic')?.fix).toContain(
      'the value comes from local.beanstalk_settings (tf-services/main.tf:20)',
    );
    expect(finding(a.findings, 'aws_elastic_beanstalk_environment.allowed')?.fix).toBe(
      'setting { namespace = "aws:autoscaling:launchconfiguration", name = "DisableIMDSv1", value = "true" }',
    );
    expect(finding(a.findings, 'aws_lightsail_instance.box')?.fix).toContain(
      'aws lightsail update-instance-metadata-options',
    );
  });

  it('locates the DisableIMDSv1 value line, not another setting block’s', async () => {
    const { read } = await judged('tf-services');
    const env = read.resources.find((r) => r.address === 'aws_elastic_beanstalk_environment.allowed');
    expect(env?.service?.setting).toMatchObject({
      state: 'known',
      value: 'false',
      origin: { file: 'tf-services/main.tf', line: 79, place: 'attribute' },
    });
  });

  it('with fail-unresolved, a value the check cannot decide is an error under the service rule', async () => {
    const { rows } = await judged('tf-services', 'fail');
    expect(rows.find((r) => r[0] === 'aws_sagemaker_notebook_instance.unresolvable')?.[3]).toBe('error');
    expect(rows.find((r) => r[0] === 'aws_elastic_beanstalk_environment.unset_al2023')?.[3]).toBe('error');
  });

  it('a configuration template that is not in the scanned code leaves an unset environment unknown', async () => {
    const files = [
      {
        file: 'eb/main.tf',
        text: `resource "aws_elastic_beanstalk_environment" "e" {
  name          = "e"
  application   = "app"
  template_name = "shared-template"
}
`,
      },
    ];
    const { resources } = await readIacFiles(files);
    const v = assessIac(resources).verdicts[0].verdict;
    expect(v).toMatchObject({ status: 'unknown', ruleId: 'IMDSG010' });
    expect(v.why).toContain('configuration template shared-template, which is not in the scanned code');
  });
});

describe('CloudFormation: the other services each under their own rule', () => {
  it('judges allowed, required, unset, via a parameter and unresolvable settings', async () => {
    const { rows } = await judged('cfn-services');
    expect(rows).toEqual<Row[]>([
      ['NotebookAllowed', 'allows-v1', 'IMDSG009', 'error'],
      ['NotebookRequired', 'no-v1', undefined, undefined],
      ['NotebookUnset', 'allows-v1', 'IMDSG009', 'error'],
      ['NotebookViaParameter', 'allows-v1', 'IMDSG009', 'error'],
      ['NotebookUnresolvable', 'unknown', 'IMDSG009', 'warning'],
      ['EnvAllowed', 'allows-v1', 'IMDSG010', 'error'],
      ['EnvRequired', 'no-v1', undefined, undefined],
      ['EnvUnset', 'allows-v1', 'IMDSG010', 'error'],
      ['EnvUnsetAl2023', 'unknown', 'IMDSG010', 'warning'],
      ['EnvViaParameter', 'no-v1', undefined, undefined],
      ['EnvUnresolvable', 'unknown', 'IMDSG010', 'warning'],
      ['HardenedTemplate', 'no-v1', undefined, undefined],
      ['EnvFromTemplate', 'no-v1', undefined, undefined],
      ['Box', 'allows-v1', 'IMDSG011', 'error'],
    ]);
  });

  it('names the parameter that decides a value, and a parameters file changes the verdict', async () => {
    const { a } = await judged('cfn-services');
    expect(finding(a.findings, 'NotebookViaParameter')?.fix).toContain(
      'the value comes from parameter NotebookImds default "1" (cfn-services/services.yaml:5)',
    );
    const params = '[{"ParameterKey":"NotebookImds","ParameterValue":"2"}]';
    const read = await readIacFiles(loadFixtures('cfn-services'), {
      cfnParameters: [{ template: 'cfn-services/services.yaml', file: 'p.json' }],
      source: {
        listFolder: async () => [],
        readFile: async (f) => (f === 'p.json' ? params : undefined),
      },
    });
    expect(read.errors).toEqual([]);
    const after = assessIac(read.resources).verdicts.find((v) => v.address === 'NotebookViaParameter');
    expect(after?.verdict.status).toBe('no-v1');
  });
});

describe('a Terraform plan', () => {
  it('reads the notebook and environment settings from the planned values', async () => {
    const plan = {
      format_version: '1.2',
      resource_changes: [
        {
          address: 'aws_sagemaker_notebook_instance.nb',
          mode: 'managed',
          type: 'aws_sagemaker_notebook_instance',
          change: {
            actions: ['create'],
            after: {
              instance_metadata_service_configuration: [{ minimum_instance_metadata_service_version: '2' }],
            },
            after_unknown: {},
          },
        },
        {
          address: 'aws_elastic_beanstalk_environment.env',
          mode: 'managed',
          type: 'aws_elastic_beanstalk_environment',
          change: {
            actions: ['create'],
            after: {
              solution_stack_name: '64bit Amazon Linux 2 v3.5.0 running Python 3.8',
              setting: [
                { namespace: 'aws:autoscaling:launchconfiguration', name: 'DisableIMDSv1', value: 'false' },
              ],
            },
            after_unknown: {},
          },
        },
      ],
    };
    const { resources } = await readIacFiles([{ file: 'plan.json', text: JSON.stringify(plan) }]);
    const v = assessIac(resources).verdicts.map((x) => [x.address, x.verdict.status, x.verdict.ruleId]);
    expect(v).toEqual([
      ['aws_sagemaker_notebook_instance.nb', 'no-v1', undefined],
      ['aws_elastic_beanstalk_environment.env', 'allows-v1', 'IMDSG010'],
    ]);
  });

  it('a DisableIMDSv1 value known only after apply is unknown, not unset', async () => {
    const plan = {
      format_version: '1.2',
      resource_changes: [
        {
          address: 'aws_elastic_beanstalk_environment.env',
          mode: 'managed',
          type: 'aws_elastic_beanstalk_environment',
          change: {
            actions: ['create'],
            after: {
              solution_stack_name: '64bit Amazon Linux 2 v3.5.0 running Python 3.8',
              setting: [{ namespace: 'aws:autoscaling:launchconfiguration', name: 'DisableIMDSv1' }],
            },
            after_unknown: { setting: [{ value: true }] },
          },
        },
      ],
    };
    const { resources } = await readIacFiles([{ file: 'plan.json', text: JSON.stringify(plan) }]);
    expect(assessIac(resources).verdicts[0].verdict).toMatchObject({ status: 'unknown', ruleId: 'IMDSG010' });
  });
});

describe('against the base revision', () => {
  const notebook = (version: string) => `resource "aws_sagemaker_notebook_instance" "old" {
  name          = "old"
  role_arn      = "arn:aws:iam::111122223333:role/nb"
  instance_type = "ml.t3.medium"
  instance_metadata_service_configuration {
    minimum_instance_metadata_service_version = "${version}"
  }
}
`;
  const read = async (text: string): Promise<IacResource[]> =>
    (await readIacFiles([{ file: 'infra/main.tf', text }])).resources;

  it('an IMDSv1 notebook already on the base does not gate; a new one does; weakening one does', async () => {
    const base = await read(notebook('1'));
    const headText = `${notebook('1')}
resource "aws_sagemaker_notebook_instance" "new" {
  name          = "new"
  role_arn      = "arn:aws:iam::111122223333:role/nb"
  instance_type = "ml.t3.medium"
}
`;
    const head = await read(headText);
    const states = compareWithBase(head, base, {});
    const { findings } = assessIac(head, {}, { baseline: (_, i) => states[i] });
    expect(findings.map((f) => [f.address, f.ruleId, f.baseline, f.attributed])).toEqual([
      ['aws_sagemaker_notebook_instance.new', 'IMDSG009', 'new', true],
      ['aws_sagemaker_notebook_instance.old', 'IMDSG009', 'unchanged', false],
    ]);
    // The same notebook weakened from "2" to "1" is the change's own.
    const hardenedBase = await read(notebook('2'));
    const weakened = await read(notebook('1'));
    const s2 = compareWithBase(weakened, hardenedBase, {});
    const f2 = assessIac(weakened, {}, { baseline: (_, i) => s2[i] }).findings;
    expect(f2.map((f) => [f.baseline, f.attributed])).toEqual([['updated', true]]);
  });
});

describe('SARIF', () => {
  it('carries each service rule with its help, the live rule it matches, and validates', async () => {
    const { a } = await judged('tf-services');
    const log = findingsToSarif(a.findings, { version: '0.1.0' });
    expect(sarifProblems(log)).toEqual([]);
    const rules = log.runs[0].tool.driver.rules ?? [];
    for (const [id, live, tag] of [
      ['IMDSG009', 'sagemaker-notebook-imdsv2', 'sagemaker'],
      ['IMDSG010', 'beanstalk-imdsv1-disabled', 'elasticbeanstalk'],
      ['IMDSG011', 'lightsail-imdsv2', 'lightsail'],
    ]) {
      const rule = rules.find((r) => r.id === id);
      expect(rule?.properties?.['imdsGuard/liveRule'], id).toBe(live);
      expect(rule?.properties?.tags, id).toContain(tag);
      expect(rule?.properties?.tags, id).not.toContain('ec2');
      expect(rule?.help?.text, id).toBe(IAC_RULES.find((r) => r.id === id)?.help);
    }
    expect(rules.find((r) => r.id === 'IMDSG009')?.help?.text).toContain(
      'minimum_instance_metadata_service_version = "2"',
    );
    expect(rules.find((r) => r.id === 'IMDSG010')?.help?.text).toContain('DisableIMDSv1');
    const result = log.runs[0].results?.find((r) => r.ruleId === 'IMDSG011');
    expect(result).toMatchObject({ level: 'error', baselineState: 'new' });
  });
});

describe('the fix names the place that decides a value only when it is not the resource’s own attribute', () => {
  it('a literal inside a module’s resource block is the resource’s own: the fix is the attribute itself', async () => {
    const { resources } = await readIacFiles([
      { file: 'infra/main.tf', text: 'module "web" {\n  source = "./web"\n}\n' },
      {
        file: 'infra/web/main.tf',
        text: 'resource "aws_instance" "this" {\n  ami = "ami-0123"\n  metadata_options {\n    http_tokens = "optional"\n  }\n}\n',
      },
    ]);
    const f = assessIac(resources).findings.find((x) => x.address === 'module.web.aws_instance.this');
    expect(f?.ruleId).toBe('IMDSG001');
    expect(f?.fix).toBe('metadata_options { http_tokens = "required" }');
  });

  it('a value from a module argument names the argument', async () => {
    const { resources } = await readIacFiles([
      { file: 'infra/main.tf', text: 'module "web" {\n  source = "./web"\n  tokens = "optional"\n}\n' },
      {
        file: 'infra/web/main.tf',
        text: 'variable "tokens" {}\nresource "aws_instance" "this" {\n  ami = "ami-0123"\n  metadata_options {\n    http_tokens = var.tokens\n  }\n}\n',
      },
    ]);
    const f = assessIac(resources).findings.find((x) => x.address === 'module.web.aws_instance.this');
    expect(f?.fix).toMatch(
      /the value comes from module "web" argument tokens \(infra\/main\.tf:3\): change it there$/,
    );
  });
});

describe('Lightsail', () => {
  it('a new instance fails until it is marked with how it is hardened after creation; the mark is kept with its reason', async () => {
    const text = (mark: string) => `${mark}resource "aws_lightsail_instance" "box" {
  name              = "box"
  availability_zone = "us-east-1a"
  blueprint_id      = "amazon_linux_2023"
  bundle_id         = "nano_3_0"
}
`;
    const plain = assessIac((await readIacFiles([{ file: 'ls.tf', text: text('') }])).resources).findings;
    expect(plain.map((f) => [f.ruleId, f.level, f.suppression])).toEqual([['IMDSG011', 'error', undefined]]);
    const marked = assessIac(
      (
        await readIacFiles([
          {
            file: 'ls.tf',
            text: text('# imds-guard:ignore http-tokens required by the deploy job after create\n'),
          },
        ])
      ).resources,
    ).findings;
    expect(marked[0].suppression).toEqual({
      tool: 'imds-guard',
      reason: 'http-tokens required by the deploy job after create',
    });
  });
});

describe('hostile values', () => {
  const resource = (kind: IacResource['kind'], setting: string, platform?: string): IacResource => ({
    kind,
    address: 'x',
    resourceType:
      kind === 'sagemaker-notebook' ? 'aws_sagemaker_notebook_instance' : 'aws_elastic_beanstalk_environment',
    file: 'main.tf',
    format: 'terraform',
    suppressions: [],
    service: {
      setting: { state: 'known', value: setting },
      ...(platform !== undefined ? { platform: { state: 'known', value: platform } } : {}),
    },
  });

  it('only "2" / "true" pass; any other value allows IMDSv1 or is unknown, and no text escapes the cleaner', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.string({ unit: 'binary', maxLength: 300 }),
        (value, platform) => {
          for (const kind of ['sagemaker-notebook', 'beanstalk-environment'] as const) {
            const { verdicts, findings } = assessIac([resource(kind, value, platform)]);
            const v = verdicts[0].verdict;
            const passes = kind === 'sagemaker-notebook' ? value === '2' : /^true$/i.test(value);
            expect(v.status === 'no-v1').toBe(passes);
            if (!passes) expect(['allows-v1', 'unknown']).toContain(v.status);
            for (const f of findings)
              expect([...f.message].some((c) => c.charCodeAt(0) < 32 || c === '\u202e')).toBe(false);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
