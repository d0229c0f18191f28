import { describe, expect, it } from 'vitest';
import { assessIac, IAC_RULES, judgeIacResource, liveInputsNeeded } from '../../src/assess/iac.js';
import { readIacFiles } from '../../src/iac/index.js';
import type { IacResource } from '../../src/model/iac.js';
import { loadFixtures } from './support.js';

const instance = (over: Partial<IacResource> = {}): IacResource => ({
  kind: 'instance',
  address: 'aws_instance.web',
  resourceType: 'aws_instance',
  file: 'main.tf',
  line: 3,
  format: 'terraform',
  region: 'us-east-1',
  amiId: 'ami-0123',
  metadata: {
    httpTokens: { state: 'unset' },
    httpEndpoint: { state: 'unset' },
    hopLimit: { state: 'unset' },
    instanceMetadataTags: { state: 'unset' },
  },
  suppressions: [],
  ...over,
});

describe('unset HttpTokens resolves the way EC2 does at launch', () => {
  const cases: [string, Parameters<typeof judgeIacResource>[2], string, string | undefined][] = [
    [
      'account default required → passes',
      { accountDefaults: { 'us-east-1': 'required' } },
      'no-v1',
      undefined,
    ],
    [
      'account default optional → fails',
      { accountDefaults: { 'us-east-1': 'optional' } },
      'allows-v1',
      'IMDSG002',
    ],
    [
      'no preference + AMI ImdsSupport v2.0 → passes',
      { accountDefaults: { 'us-east-1': 'no-preference' }, amiImdsSupport: { 'ami-0123': 'v2.0' } },
      'no-v1',
      undefined,
    ],
    [
      'no preference + AMI without v2.0 → fails',
      { accountDefaults: { 'us-east-1': 'no-preference' }, amiImdsSupport: { 'ami-0123': 'none' } },
      'allows-v1',
      'IMDSG002',
    ],
    [
      'no preference + AMI not read → depends',
      { accountDefaults: { 'us-east-1': 'no-preference' } },
      'depends',
      'IMDSG003',
    ],
    ['nothing read (offline) → depends', {}, 'depends', 'IMDSG003'],
    [
      'account default of another region does not count',
      { accountDefaults: { 'eu-west-1': 'required' } },
      'depends',
      'IMDSG003',
    ],
  ];
  it.each(cases)('%s', (_, ctx, status, ruleId) => {
    const v = judgeIacResource(instance(), [], ctx);
    expect(v.status).toBe(status);
    expect(v.ruleId).toBe(ruleId);
  });

  it('says why, naming the region and the AMI', () => {
    expect(judgeIacResource(instance(), [], { accountDefaults: { 'us-east-1': 'optional' } }).why).toBe(
      'HttpTokens unset and the account default in us-east-1 is optional, which allows IMDSv1',
    );
    expect(judgeIacResource(instance(), [], {}).why).toBe(
      'HttpTokens unset; depends on the account default HttpTokens in us-east-1 and the ImdsSupport of AMI ami-0123',
    );
  });

  it('uses defaultRegion when the code names no region', () => {
    const v = judgeIacResource(instance({ region: undefined }), [], {
      defaultRegion: 'us-east-1',
      accountDefaults: { 'us-east-1': 'required' },
    });
    expect(v.status).toBe('no-v1');
  });

  it('says the region was assumed when the code names none, and names a launch configuration as such', () => {
    const offline = judgeIacResource(instance({ region: undefined }), [], { defaultRegion: 'us-east-1' });
    expect(offline.why).toContain(
      'the account default HttpTokens in the deploy region (the code names none; us-east-1 assumed)',
    );
    const lc: IacResource = {
      ...instance({
        kind: 'launch-configuration',
        address: 'aws_launch_configuration.lc',
        resourceType: 'aws_launch_configuration',
      }),
      metadata: { ...instance().metadata!, httpTokens: { state: 'known', value: 'optional' } },
    };
    const asg = instance({
      kind: 'autoscaling-group',
      address: 'aws_autoscaling_group.asg',
      resourceType: 'aws_autoscaling_group',
      metadata: undefined,
      template: { kind: 'launch-configuration', target: 'aws_launch_configuration.lc' },
    });
    const f = assessIac([lc, asg]).findings.find((x) => x.address === 'aws_autoscaling_group.asg');
    expect(f?.fix).toBe(
      'metadata_options { http_tokens = "required" } in the launch configuration it uses (aws_launch_configuration.lc)',
    );
  });

  it('an unresolved setting is a warning, or an error with fail-unresolved; a resource not created is not judged', () => {
    const unresolved = instance({
      metadata: {
        ...instance().metadata!,
        httpTokens: { state: 'unknown', reason: 'data.aws_ssm_parameter.x.value' },
      },
    });
    expect(assessIac([unresolved]).findings.map((f) => [f.ruleId, f.level])).toEqual([
      ['IMDSG006', 'warning'],
    ]);
    expect(
      assessIac([unresolved], {}, { unresolved: 'fail' }).findings.map((f) => [f.ruleId, f.level]),
    ).toEqual([['IMDSG006', 'error']]);
    const gone = instance({
      notCreated: 'count = 0 with these inputs',
      metadata: { ...instance().metadata!, httpTokens: { state: 'known', value: 'optional' } },
    });
    const a = assessIac([gone]);
    expect(a.findings).toEqual([]);
    expect(a.verdicts[0].verdict).toMatchObject({
      status: 'not-applicable',
      why: 'not created: count = 0 with these inputs',
    });
  });

  it('an endpoint-disabled resource does not allow v1, whatever the tokens', () => {
    const r = instance({
      metadata: {
        ...instance().metadata!,
        httpTokens: { state: 'known', value: 'optional' },
        httpEndpoint: { state: 'known', value: 'disabled' },
      },
    });
    expect(judgeIacResource(r, []).status).toBe('no-v1');
  });
});

describe('findings over the fixtures', () => {
  it('flags explicit optional, inherits templates, keeps suppressed findings with their reason', async () => {
    const { resources } = await readIacFiles(loadFixtures('tf-basic'));
    const { findings } = assessIac(resources, { accountDefaults: { 'us-east-1': 'required' } });
    const of = (address: string) =>
      findings.filter((f) => f.address === address).map((f) => [f.ruleId, f.level, f.suppression?.reason]);
    expect(of('aws_instance.unset')).toEqual([]);
    expect(of('aws_instance.optional')).toEqual([
      ['IMDSG001', 'error', undefined],
      ['IMDSG005', 'note', undefined],
    ]);
    expect(of('aws_instance.ignored')).toEqual([
      ['IMDSG001', 'error', 'legacy agent still calls IMDSv1 until ticket OPS-12 ships'],
    ]);
    expect(of('aws_launch_template.lt')).toEqual([['IMDSG001', 'error', 'vendor appliance needs v1']]);
    expect(of('aws_autoscaling_group.asg')).toEqual([['IMDSG001', 'error', undefined]]);
    expect(of('aws_launch_template.disabled')).toEqual([]);
    expect(of('aws_ec2_instance_metadata_defaults.account')).toEqual([['IMDSG008', 'error', undefined]]);
    const noReason = findings.find((f) => f.address === 'aws_instance.no_reason');
    expect(noReason?.suppression).toBeUndefined();
    expect(noReason?.message).toContain('suppression marker at line 53 ignored: it gives no reason');
    const asg = findings.find((f) => f.address === 'aws_autoscaling_group.asg');
    expect(asg?.message).toBe(
      'aws_autoscaling_group aws_autoscaling_group.asg: launches from aws_launch_template.lt (version $Latest): HttpTokens is explicitly optional.',
    );
    expect(asg?.fix).toBe(
      'metadata_options { http_tokens = "required" } in the launch template it uses (aws_launch_template.lt)',
    );
    expect(findings.find((f) => f.address === 'aws_instance.optional')?.fix).toBe(
      'metadata_options { http_tokens = "required" }',
    );
  });

  it('calls out plan regressions and does not attribute no-op / delete to the pull request', async () => {
    const { resources } = await readIacFiles(loadFixtures('plan'));
    const { findings, verdicts } = assessIac(resources, {});
    const rules = (address: string) => findings.filter((f) => f.address === address).map((f) => f.ruleId);
    // The source's IMDSG001 and IMDSG005 stand; the plan adds what only it knows: the weakening updates.
    expect(rules('aws_instance.weakened')).toEqual(['IMDSG001', 'IMDSG005', 'IMDSG004', 'IMDSG007']);
    expect(rules('aws_instance.reenabled')).toEqual(['IMDSG004']);
    expect(findings.find((f) => f.address === 'aws_instance.reenabled')?.message).toContain(
      'enables the IMDS endpoint again',
    );
    expect(rules('aws_instance.var_tokens')).toEqual(['IMDSG006']);
    expect(findings.find((f) => f.address === 'aws_instance.same')).toMatchObject({
      attributed: false,
      action: 'no-op',
    });
    expect(findings.find((f) => f.address === 'aws_instance.gone')).toMatchObject({
      attributed: false,
      action: 'delete',
    });
    expect(verdicts.find((v) => v.address === 'module.web.aws_autoscaling_group.this')?.verdict.status).toBe(
      'no-v1',
    );
  });

  it('CloudFormation: unknown intrinsics are warnings; node groups inherit; CDK instance depends on live settings', async () => {
    const { resources } = await readIacFiles([...loadFixtures('cfn'), ...loadFixtures('cdk.out')]);
    const { verdicts, findings } = assessIac(resources, {
      amiImdsSupport: { 'ami-0fffffffffffffffff': 'v2.0' },
    });
    const status = (a: string) => verdicts.find((v) => v.address === a)?.verdict.status;
    expect(status('Bastion')).toBe('allows-v1');
    // HttpTokens: !Ref Tokens, whose default is optional
    expect(status('ParamTokens')).toBe('allows-v1');
    expect(status('Nodes')).toBe('unknown');
    expect(status('Group')).toBe('no-v1');
    expect(status('LegacyInstance5E6F7A8B')).toBe('depends');
    expect(findings.find((f) => f.address === 'Bastion')?.fix).toBe(
      'Properties: { MetadataOptions: { HttpTokens: required } }',
    );
  });
});

describe('live inputs', () => {
  it('lists the regions and AMIs whose live settings decide an outcome, and says per resource what', async () => {
    const { resources } = await readIacFiles([...loadFixtures('tf-basic'), ...loadFixtures('plan')]);
    const live = liveInputsNeeded(resources);
    expect(live.regions).toEqual(['eu-central-1', 'us-east-1']);
    expect(live.amiIds).toEqual(['ami-0123456789abcdef0', 'ami-0aaaaaaaaaaaaaaaa']);
    expect(live.dependsOn.find((d) => d.address === 'aws_instance.unset')?.text).toBe(
      'depends on the account default HttpTokens in us-east-1 and the ImdsSupport of AMI ami-0aaaaaaaaaaaaaaaa',
    );
    expect(
      liveInputsNeeded(resources, {
        accountDefaults: { 'us-east-1': 'required', 'eu-central-1': 'required' },
      }).regions,
    ).toEqual([]);
  });

  it('every rule has a security-severity and help', () => {
    for (const r of IAC_RULES) {
      expect(Number(r.securitySeverity)).toBeGreaterThan(0);
      expect(r.help.length).toBeGreaterThan(40);
    }
  });
});
