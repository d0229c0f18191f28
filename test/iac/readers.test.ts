import { describe, expect, it } from 'vitest';
import { detectFormat, readIacFiles } from '../../src/iac/index.js';
import type { IacResource } from '../../src/model/iac.js';
import { loadFixtures } from './support.js';

const byAddress = (rs: IacResource[], address: string): IacResource => {
  const r = rs.find((x) => x.address === address);
  if (!r) throw new Error(`no resource ${address} in ${rs.map((x) => x.address).join(', ')}`);
  return r;
};

describe('format detection (content, not extension)', () => {
  it('tells plan JSON, CloudFormation JSON/YAML, HCL and tfvars apart', () => {
    expect(detectFormat('x.json', '{"format_version":"1.2","resource_changes":[]}').format).toBe(
      'terraform-plan',
    );
    expect(detectFormat('a.txt', '{"Resources":{"A":{"Type":"AWS::EC2::Instance"}}}').format).toBe(
      'cloudformation',
    );
    expect(detectFormat('t.yml', 'Resources:\n  A:\n    Type: AWS::EC2::Instance\n').format).toBe(
      'cloudformation',
    );
    expect(detectFormat('x.hcl', 'resource "aws_instance" "a" {}\n').format).toBe('terraform');
    expect(detectFormat('terraform.tfvars', 'a = 1\n').format).toBe('terraform-vars');
    expect(detectFormat('README', 'hello').format).toBe('unknown');
  });
});

describe('Terraform source', () => {
  it('reads literal settings, lines, region, AMI, template references and both suppression markers', async () => {
    const { resources, errors } = await readIacFiles(loadFixtures('tf-basic'));
    expect(errors).toEqual([]);
    const optional = byAddress(resources, 'aws_instance.optional');
    expect(optional).toMatchObject({
      kind: 'instance',
      file: 'tf-basic/main.tf',
      line: 10,
      region: 'us-east-1',
      amiId: 'ami-0aaaaaaaaaaaaaaaa',
    });
    // a literal's origin is its own line in the block
    expect(optional.metadata?.httpTokens).toEqual({
      state: 'known',
      value: 'optional',
      origin: {
        file: 'tf-basic/main.tf',
        line: 13,
        what: 'http_tokens in aws_instance.optional',
        place: 'attribute',
      },
    });
    expect(optional.metadata?.hopLimit).toMatchObject({ state: 'known', value: 2, origin: { line: 14 } });
    expect(optional.key).toBe('tf-basic:aws_instance.optional');
    expect(byAddress(resources, 'aws_instance.unset').metadata?.httpTokens).toEqual({ state: 'unset' });
    expect(byAddress(resources, 'aws_autoscaling_group.asg').template).toEqual({
      kind: 'launch-template',
      target: 'aws_launch_template.lt',
      version: '$Latest',
    });
    expect(byAddress(resources, 'aws_instance.ignored').suppressions).toEqual([
      {
        tool: 'imds-guard',
        reason: 'legacy agent still calls IMDSv1 until ticket OPS-12 ships',
        line: 18,
        valid: true,
      },
    ]);
    expect(byAddress(resources, 'aws_launch_template.lt').suppressions).toEqual([
      { tool: 'checkov', ruleId: 'CKV_AWS_79', reason: 'vendor appliance needs v1', line: 28, valid: true },
    ]);
    expect(byAddress(resources, 'aws_instance.no_reason').suppressions[0]).toMatchObject({
      valid: false,
      reason: '',
    });
    // the marker above `ignored` belongs to it only, not to the block before it
    expect(optional.suppressions).toEqual([]);
    expect(byAddress(resources, 'aws_ec2_instance_metadata_defaults.account')).toMatchObject({
      kind: 'account-defaults',
    });
  });

  it('resolves variables from defaults and .tfvars, dynamic blocks, and names what it cannot resolve', async () => {
    const { resources, errors } = await readIacFiles(loadFixtures('tf-vars'));
    expect(errors).toEqual([]);
    expect(byAddress(resources, 'aws_instance.from_tfvars').metadata?.httpTokens).toEqual({
      state: 'known',
      value: 'optional',
      via: 'var.tokens (terraform.tfvars)',
      origin: { file: 'tf-vars/terraform.tfvars', line: 1, what: 'terraform.tfvars', place: 'elsewhere' },
    });
    // locals are evaluated
    expect(byAddress(resources, 'aws_instance.from_local').metadata?.httpTokens).toEqual({
      state: 'known',
      value: 'required',
      via: 'local.tokens',
      origin: { file: 'tf-vars/main.tf', line: 24, what: 'local.tokens', place: 'elsewhere' },
    });
    expect(byAddress(resources, 'aws_instance.no_default').metadata?.httpEndpoint).toEqual({
      state: 'unknown',
      reason: 'var.endpoint (no default)',
    });
    // tfvars gives only the hop limit: http_tokens comes from the type's optional(string, "required")
    const dyn = byAddress(resources, 'aws_launch_template.dynamic_var').metadata;
    expect(dyn?.httpTokens).toMatchObject({ state: 'known', value: 'required' });
    expect(dyn?.hopLimit).toMatchObject({ state: 'known', value: 3 });
    expect(byAddress(resources, 'aws_launch_template.dynamic_null').metadata?.httpTokens).toEqual({
      state: 'unset',
    });
    expect(byAddress(resources, 'aws_launch_template.dynamic_literal').metadata?.httpTokens).toMatchObject({
      state: 'known',
      value: 'required',
    });
    expect(byAddress(resources, 'aws_launch_template.dynamic_unknown').metadata?.httpTokens).toEqual({
      state: 'unknown',
      reason: 'dynamic "metadata_options" for_each: local.options (not declared)',
    });
  });
});

describe('Terraform plan JSON', () => {
  it('reads actions, unknowns, before-state, module references, and maps addresses to the .tf blocks', async () => {
    const { resources, errors } = await readIacFiles(loadFixtures('plan'));
    expect(errors).toEqual([]);
    // a plan never replaces the source it covers: the .tf block is read too, and both point at it
    const both = resources.filter((r) => r.address === 'aws_instance.new_unset');
    expect(both.map((r) => r.format).sort()).toEqual(['terraform', 'terraform-plan']);
    const planned = resources.filter((r) => r.format === 'terraform-plan');
    const unset = byAddress(planned, 'aws_instance.new_unset');
    expect(unset).toMatchObject({
      format: 'terraform-plan',
      action: 'create',
      file: 'plan/main.tf',
      line: 13,
      region: 'eu-central-1',
    });
    expect(unset.metadata?.httpTokens).toEqual({ state: 'unset' });
    expect(byAddress(planned, 'aws_instance.var_tokens').metadata?.httpTokens).toEqual({
      state: 'unknown',
      reason: 'var.tokens',
    });
    const weakened = byAddress(planned, 'aws_instance.weakened');
    expect(weakened.before?.httpTokens).toEqual({ state: 'known', value: 'required' });
    expect(weakened.metadata?.httpTokens).toEqual({ state: 'known', value: 'optional' });
    expect(weakened.suppressions[0]).toMatchObject({ tool: 'checkov', ruleId: 'CKV_AWS_79' });
    // no .tf block for these: located in the plan file by address
    const same = byAddress(planned, 'aws_instance.same');
    expect(same).toMatchObject({ action: 'no-op', file: 'plan/tfplan.json' });
    expect(same.line).toBeGreaterThan(1);
    expect(byAddress(planned, 'aws_instance.gone')).toMatchObject({ action: 'delete' });
    expect(byAddress(planned, 'module.web.aws_launch_template.this[0]')).toMatchObject({
      action: 'replace',
    });
    expect(byAddress(planned, 'module.web.aws_autoscaling_group.this').template).toEqual({
      kind: 'launch-template',
      target: 'module.web.aws_launch_template.this',
      version: '$Latest',
    });
    expect(resources.some((r) => r.address.startsWith('data.'))).toBe(false);
  });
});

describe('CloudFormation', () => {
  it('parses YAML short-form intrinsics, evaluates parameters and conditions, with lines and Metadata suppressions', async () => {
    const { resources, errors } = await readIacFiles(loadFixtures('cfn'));
    expect(errors).toEqual([]);
    // ImageId has no default: the AMI is known only at deploy time
    expect(byAddress(resources, 'Bastion')).toMatchObject({
      line: 12,
      key: 'cfn/short-form.yaml#Bastion',
      amiExpression: 'Ref "ImageId" (parameter without a default or a value in a parameters file)',
    });
    expect(byAddress(resources, 'Bastion').suppressions[0]).toMatchObject({
      tool: 'imds-guard',
      reason: 'bastion is rebuilt with v2 in Q3',
    });
    // `!Ref Tokens` deploys the parameter's default
    expect(byAddress(resources, 'ParamTokens').metadata?.httpTokens).toEqual({
      state: 'known',
      value: 'optional',
      via: 'parameter Tokens default "optional"',
      origin: {
        file: 'cfn/short-form.yaml',
        line: 5,
        what: 'parameter Tokens default "optional"',
        place: 'elsewhere',
      },
    });
    // IsProd compares AWS::AccountId, known only at deploy time
    expect(byAddress(resources, 'WebTemplate').metadata?.httpTokens).toEqual({
      state: 'unknown',
      reason:
        'Fn::If ["IsProd","required","optional"] (condition IsProd depends on Ref "AWS::AccountId" (known at deploy time))',
      origin: { file: 'cfn/short-form.yaml', line: 9, what: 'condition IsProd', place: 'elsewhere' },
    });
    expect(byAddress(resources, 'WebTemplate').suppressions).toEqual([
      { tool: 'checkov', ruleId: 'CKV_AWS_79', reason: 'migrating in ticket SEC-7', line: 35, valid: true },
    ]);
    expect(byAddress(resources, 'Group').template).toEqual({
      kind: 'launch-template',
      target: 'StrictTemplate',
      version: '$Latest',
    });
    expect(byAddress(resources, 'Nodes').template).toMatchObject({ target: 'WebTemplate' });
    expect(byAddress(resources, 'LegacyConfig').suppressions[0]).toMatchObject({
      tool: 'imds-guard',
      reason: 'replaced by StrictTemplate next sprint',
      line: 69,
    });
  });

  it('reads a CDK synth template (JSON) and ignores non-EC2 resources', async () => {
    const { resources } = await readIacFiles(loadFixtures('cdk.out'));
    expect(resources.map((r) => [r.address, r.kind, r.line])).toEqual([
      ['WorkerLaunchTemplate1A2B3C4D', 'launch-template', 3],
      ['LegacyInstance5E6F7A8B', 'instance', 16],
    ]);
    expect(resources[1].amiId).toBe('ami-0fffffffffffffffff');
  });
});

describe('malformed input', () => {
  it('names the file and the problem, and still reads the other files', async () => {
    const { resources, errors } = await readIacFiles(loadFixtures('malformed'));
    expect(errors).toHaveLength(2);
    expect(errors.find((e) => e.file === 'malformed/bad.tf')).toMatchObject({ line: 2 });
    expect(errors.find((e) => e.file === 'malformed/bad.tf')?.message).toMatch(
      /^not valid HCL: .*Unclosed configuration block/,
    );
    expect(errors.find((e) => e.file === 'malformed/broken.json')?.message).toMatch(/^not valid JSON/);
    expect(resources.map((r) => r.address)).toEqual(['aws_instance.fine']);
  });

  it('strips control and format characters from values copied out of files', async () => {
    const text =
      'Resources:\n  A:\n    Type: AWS::EC2::Instance\n    Properties:\n      MetadataOptions:\n        HttpTokens: {"Fn::Sub": "x\\u202e\\u0007y"}\n';
    const { resources } = await readIacFiles([{ file: 'evil.yaml', text }]);
    const t = resources[0].metadata?.httpTokens;
    expect(t?.state).toBe('unknown');
    expect(t?.state === 'unknown' && /[\p{Cc}\p{Cf}]/u.test(t.reason)).toBe(false);
  });
});
