/**
 * The required check cannot be fooled: each case is a way a pull request once added IMDSv1 and still
 * got "allows no IMDSv1", run through the bundle as a pull_request check, offline (no role, no
 * credentials). Every case must fail the check on the resource that allows IMDSv1, or show what it could
 * not evaluate.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Log as SarifLog } from 'sarif';
import { afterAll, describe, expect, it } from 'vitest';
import { runAction } from '../support/runner.js';

const ENTRY = process.env.IMDS_GUARD_ENTRY ?? 'dist/index.js';
const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

const EVENT = {
  name: 'pull_request',
  payload: {
    number: 3,
    pull_request: {
      number: 3,
      head: { repo: { full_name: 'octo/infra' } },
      base: { repo: { full_name: 'octo/infra' } },
    },
  },
};

function check(
  files: Record<string, string>,
  inputs: Record<string, string> = {},
  env: Record<string, string> = {},
) {
  return runAction({
    entry: ENTRY,
    inputs: { iac: 'infra/**', 'aws-region': 'us-east-1', comment: 'never', ...inputs },
    env,
    event: EVENT,
    workspaceFiles: files,
  });
}

type Run = Awaited<ReturnType<typeof check>>;
const results = (r: Run) =>
  ((JSON.parse(readFileSync(r.outputs['sarif-file'], 'utf8')) as SarifLog).runs[0].results ?? []).map(
    (x) => ({
      rule: x.ruleId,
      level: x.level,
      file: x.locations?.[0].physicalLocation?.artifactLocation?.uri,
      line: x.locations?.[0].physicalLocation?.region?.startLine,
      resource: x.locations?.[0].logicalLocations?.[0].name,
      suppressed: (x.suppressions?.length ?? 0) > 0,
    }),
  );
const errorsOn = (r: Run) =>
  results(r)
    .filter((x) => x.level === 'error' && !x.suppressed)
    .map((x) => `${x.resource} ${x.file}:${x.line}`);

const instance = (name: string, tokens: string) =>
  `resource "aws_instance" "${name}" {\n  ami           = "ami-0123456789abcdef0"\n  instance_type = "t3.micro"\n  metadata_options {\n    http_tokens = ${tokens}\n  }\n}\n`;

describe('a committed plan never hides the source it covers', () => {
  for (const action of ['no-op', 'create'] as const) {
    it(`a .tf with http_tokens = "optional" and a plan saying required (${action}) fails on the .tf`, async () => {
      const plan = {
        format_version: '1.2',
        resource_changes: [
          {
            address: 'aws_instance.web',
            mode: 'managed',
            type: 'aws_instance',
            name: 'web',
            change: {
              actions: [action],
              before: action === 'no-op' ? { metadata_options: [{ http_tokens: 'required' }] } : null,
              after: { metadata_options: [{ http_tokens: 'required' }] },
            },
          },
        ],
      };
      const r = await check({
        'infra/main.tf': instance('web', '"optional"'),
        'infra/web.tfplan.json': JSON.stringify(plan),
      });
      expect(r.exitCode).toBe(1);
      expect(errorsOn(r)).toEqual(['aws_instance.web infra/main.tf:1']);
      expect(r.stdout).toMatch(/the plan is stale or was edited; the stricter verdict stands/);
      r.cleanup();
    }, 60_000);
  }
});

describe('CloudFormation is recognised and evaluated as it deploys', () => {
  it('YAML with quoted keys and no AWSTemplateFormatVersion', async () => {
    const r = await check({
      'infra/web.yaml': [
        '"Resources":',
        '  "Web":',
        '    "Type": "AWS::EC2::Instance"',
        '    "Properties":',
        '      "ImageId": "ami-0123456789abcdef0"',
        '      "MetadataOptions":',
        '        "HttpTokens": "optional"',
        '',
      ].join('\n'),
    });
    expect(r.exitCode).toBe(1);
    expect(errorsOn(r)).toEqual(['Web infra/web.yaml:2']);
    r.cleanup();
  }, 60_000);

  it('Fn::ForEach (AWS::LanguageExtensions) resources', async () => {
    const r = await check({
      'infra/fleet.yaml': [
        'Transform: AWS::LanguageExtensions',
        'Resources:',
        '  Fn::ForEach::Workers:',
        '    - Name',
        '    - [Alpha, Beta]',
        '    - Worker${Name}:',
        '        Type: AWS::EC2::Instance',
        '        Properties:',
        '          ImageId: ami-0123456789abcdef0',
        '          MetadataOptions:',
        '            HttpTokens: optional',
        '',
      ].join('\n'),
    });
    expect(r.exitCode).toBe(1);
    expect(
      results(r)
        .filter((x) => x.level === 'error')
        .map((x) => x.resource),
    ).toEqual(['WorkerAlpha', 'WorkerBeta']);
    r.cleanup();
  }, 60_000);

  it('!If on a condition that is false under the parameter default', async () => {
    const r = await check({
      'infra/web.yaml': [
        'Parameters:',
        '  Hardened:',
        '    Type: String',
        '    Default: "false"',
        'Conditions:',
        '  IsHardened: !Equals [!Ref Hardened, "true"]',
        'Resources:',
        '  Web:',
        '    Type: AWS::EC2::Instance',
        '    Properties:',
        '      ImageId: ami-0123456789abcdef0',
        '      MetadataOptions:',
        '        HttpTokens: !If [IsHardened, required, optional]',
        '',
      ].join('\n'),
    });
    expect(r.exitCode).toBe(1);
    expect(errorsOn(r)).toEqual(['Web infra/web.yaml:8']);
    r.cleanup();
  }, 60_000);
});

describe('Terraform is evaluated as it deploys', () => {
  it('a module argument overrides the child module default', async () => {
    const r = await check({
      'infra/main.tf': 'module "web" {\n  source      = "../modules/ec2"\n  http_tokens = "optional"\n}\n',
      'modules/ec2/main.tf': `variable "http_tokens" {\n  type    = string\n  default = "required"\n}\n\n${instance('this', 'var.http_tokens')}`,
    });
    expect(r.exitCode).toBe(1);
    expect(errorsOn(r)).toEqual(['module.web.aws_instance.this modules/ec2/main.tf:6']);
    r.cleanup();
  }, 60_000);

  it('a -var-file style .tfvars beats *.auto.tfvars', async () => {
    const r = await check({
      'infra/main.tf': `variable "tokens" {\n  type = string\n}\n\n${instance('web', 'var.tokens')}`,
      'infra/defaults.auto.tfvars': 'tokens = "required"\n',
      'infra/prod.tfvars': 'tokens = "optional"\n',
    });
    expect(r.exitCode).toBe(1);
    expect(errorsOn(r)).toEqual(['aws_instance.web infra/main.tf:5']);
    r.cleanup();
  }, 60_000);

  it('a ternary through a local over a bool variable default', async () => {
    const r = await check({
      'infra/main.tf': `variable "hardened" {\n  type    = bool\n  default = false\n}\n\nlocals {\n  tokens = var.hardened ? "required" : "optional"\n}\n\n${instance('web', 'local.tokens')}`,
    });
    expect(r.exitCode).toBe(1);
    expect(errorsOn(r)).toEqual(['aws_instance.web infra/main.tf:10']);
    r.cleanup();
  }, 60_000);

  it('a folder of only module calls says which modules it could not evaluate', async () => {
    const r = await check({
      'infra/main.tf':
        'module "eks" {\n  source  = "terraform-aws-modules/eks/aws"\n  version = "~> 21.0"\n}\n',
    });
    expect(r.summary).toMatch(/terraform-aws-modules\/eks\/aws/);
    expect(r.summary).toMatch(/not evaluated/);
    r.cleanup();
  }, 60_000);
});

describe('a suppression applies to exactly one block', () => {
  it('an indented next block does not pass its marker to the resource before it', async () => {
    const r = await check({
      'infra/main.tf': `${instance('open', '"optional"')}\n  # imds-guard:ignore vendor appliance until its 2026 firmware\n  ${instance('vendor', '"optional"').replace(/\n/g, '\n  ')}`,
    });
    expect(r.exitCode).toBe(1);
    expect(errorsOn(r)).toEqual(['aws_instance.open infra/main.tf:1']);
    r.cleanup();
  }, 60_000);

  it('a marker inside a YAML string value is not a comment', async () => {
    const r = await check({
      'infra/web.yaml': [
        'Resources:',
        '  Web:',
        '    Type: AWS::EC2::Instance',
        '    Properties:',
        '      ImageId: ami-0123456789abcdef0',
        '      Tags:',
        '        - Key: note',
        '          Value: "# imds-guard:ignore because I say so"',
        '      MetadataOptions:',
        '        HttpTokens: optional',
        '',
      ].join('\n'),
    });
    expect(r.exitCode).toBe(1);
    expect(errorsOn(r)).toEqual(['Web infra/web.yaml:2']);
    r.cleanup();
  }, 60_000);
});

describe('offline means no credentials the SDK could load', () => {
  it('a runner whose AWS config file holds only a region runs the check offline', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'imdsg-aws-'));
    temps.push(dir);
    writeFileSync(join(dir, 'config'), '[default]\nregion = us-east-1\n');
    const r = await check(
      { 'infra/main.tf': instance('web', '"optional"') },
      {},
      {
        AWS_CONFIG_FILE: join(dir, 'config'),
        AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials'),
      },
    );
    expect(r.stdout + r.stderr).not.toMatch(/No AWS credentials found|Could not load credentials/);
    expect(r.stdout).toMatch(/offline \(no AWS call, no live audit\)/);
    expect(errorsOn(r)).toEqual(['aws_instance.web infra/main.tf:1']);
    r.cleanup();
  }, 60_000);
});

describe('hostile files end as a result or a named file error, and the others are still judged', () => {
  it('a plan with escaped keys, deeply nested JSON, a 5 MB YAML template and a 2 MB .tf', async () => {
    // Generated with running lengths (joining in the loop's condition would itself be quadratic).
    const grow = (target: number, piece: (i: number) => string): string[] => {
      const out: string[] = [];
      for (let i = 0, n = 0; n < target; i++) {
        out.push(piece(i));
        n += out[i].length + 1;
      }
      return out;
    };
    const changes = grow(
      3_000_000,
      (i) =>
        `{"addr\\u0065ss":"aws_instance.p${i}","type":"aws_instance","name":"p${i}","change":{"actions":["create"],"after":{"metadata_options":[{"http_tokens":"required"}]}}}`,
    );
    const yaml = [
      'Resources:',
      ...grow(5_000_000, (i) =>
        [
          `  Web${i}:`,
          '    Type: AWS::EC2::Instance',
          '    Properties:',
          '      ImageId: ami-0123456789abcdef0',
          '      MetadataOptions:',
          '        HttpTokens: required',
        ].join('\n'),
      ),
    ];
    const tf = grow(2_000_000, (i) => instance(`h${i}`, '"required"'));
    const r = await check({
      'infra/escaped.tfplan.json': `{"format_version":"1.2","resource_changes":[${changes.join(',')}]}`,
      'infra/deep.json': `${'['.repeat(2_000_000)}${']'.repeat(2_000_000)}`,
      'infra/big.yaml': `${yaml.join('\n')}\n`,
      'infra/big/main.tf': tf.join('\n'),
      'infra/small/main.tf': instance('bad', '"optional"'),
    });
    expect(r.stderr).not.toMatch(/TypeError|heap out of memory|ERR_WORKER_OUT_OF_MEMORY/);
    expect(r.exitCode).toBe(1);
    // The one IMDSv1 resource is found although the other files are large or hostile.
    expect(errorsOn(r)).toEqual(['aws_instance.bad infra/small/main.tf:1']);
    // The deep JSON is a named error; the large files were read.
    expect(r.summary).toMatch(/infra\/deep\.json/);
    expect(r.stdout).toMatch(/IaC: \d{4,} resource\(s\)/);
    r.cleanup();
  }, 180_000);
});
