import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  buildGuardrails,
  type GuardrailAccountDefaults,
  type GuardrailInput,
  type GuardrailInstance,
  type GuardrailLaunchTemplate,
  isContainerHost,
  isContainerTemplateName,
  SCP_SIZE_LIMIT,
} from '../../src/assess/guardrails.js';
import { DEFAULT_EXEMPTION_TAG_KEY } from '../../src/model/ids.js';
import { guardrailFiles } from '../../src/report/guardrails.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'guardrails');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

const A1 = '111111111111';
const A2 = '222222222222';
const TAG = 'imds-guard:exempt';

function inst(
  instanceId: string,
  bucket: string,
  httpTokens: string,
  over: Partial<GuardrailInstance> = {},
): GuardrailInstance {
  return {
    instanceId,
    accountId: A1,
    region: 'us-east-1',
    state: 'running',
    tags: {},
    bucket,
    metadata: {
      httpTokens,
      httpPutResponseHopLimit: 1,
      httpEndpoint: bucket === 'disabled' ? 'disabled' : 'enabled',
    },
    ...over,
  };
}

/** A small hand-made fleet; the comment on each line says what the guardrails must make of it. */
function plainFleet(): GuardrailInput {
  const instances: GuardrailInstance[] = [
    inst('i-0000000000000000b', 'v1-allowed', 'optional'), // launch denied
    inst('i-0000000000000000a', 'v2-required', 'required'), // fine
    inst('i-0000000000000000c', 'v1-allowed', 'optional', {
      tags: { [TAG]: 'legacy agent; expires=2099-01-01' },
      metadata: { httpTokens: 'optional', httpPutResponseHopLimit: 2 },
      exception: { honoured: true, valid: true, expired: false },
    }), // exempt: carved out (launch and hop limit)
    inst('i-0000000000000000d', 'disabled', 'optional'), // launch denied (tokens optional), bucket disabled
    inst('i-0000000000000000e', 'v2-required', 'required', {
      region: 'eu-west-1',
      metadata: { httpTokens: 'required', httpPutResponseHopLimit: 3 },
    }), // over the hop limit
    inst('i-0000000000000000f', 'v1-allowed', 'optional', {
      tags: { [TAG]: 'old; expires=2020-01-01' },
      exception: { honoured: false, valid: true, expired: true },
    }), // tag present but expired: the tag carve-out still lets it through
    inst('i-00000000000000010', 'v1-allowed', 'optional', { state: 'terminated' }), // out of scope
    inst('i-00000000000000011', 'v1-allowed', 'optional', { accountId: A2 }), // launch denied
    inst('i-00000000000000012', 'pending', 'required', { accountId: A2, region: 'ap-south-1' }), // fine
  ];
  const accountDefaults: GuardrailAccountDefaults[] = [
    {
      accountId: A1,
      region: 'us-east-1',
      httpTokens: 'required',
      httpPutResponseHopLimit: 1,
      managedBy: 'account',
    },
    { accountId: A1, region: 'eu-west-1', managedBy: 'account' },
    { accountId: A2, region: 'us-east-1', httpTokens: 'required', managedBy: 'declarative-policy' },
  ];
  const launchTemplates: GuardrailLaunchTemplate[] = [
    {
      accountId: A1,
      region: 'us-east-1',
      launchTemplateId: 'lt-00000000000000001',
      name: 'web',
      defaultVersion: { versionNumber: 1, httpTokens: 'optional' },
      latestVersion: { versionNumber: 1, httpTokens: 'optional' },
      instancesUsing: 4,
    },
    {
      accountId: A1,
      region: 'us-east-1',
      launchTemplateId: 'lt-00000000000000002',
      name: 'api',
      defaultVersion: { versionNumber: 2, httpTokens: 'required' },
      latestVersion: { versionNumber: 3, httpTokens: 'optional' },
      instancesUsing: 2,
    },
    {
      accountId: A1,
      region: 'us-east-1',
      launchTemplateId: 'lt-00000000000000003',
      name: 'batch',
      defaultVersion: { versionNumber: 1, httpTokens: 'required' },
      latestVersion: { versionNumber: 1, httpTokens: 'required' },
    },
    {
      accountId: A1,
      region: 'eu-west-1',
      launchTemplateId: 'lt-00000000000000004',
      name: 'legacy',
      defaultVersion: { versionNumber: 5 },
    },
  ];
  return { instances, accountDefaults, launchTemplates, exemptionTagKey: TAG };
}

describe('guardrails: declarative policy', () => {
  it('has the documented ec2_attributes → instance_metadata_defaults shape, values under @@assign', () => {
    const g = buildGuardrails(plainFleet());
    const files = guardrailFiles(g);
    const text = files['guardrails/declarative-policy.json'];
    const doc = JSON.parse(text);
    expect(Object.keys(doc)).toEqual(['ec2_attributes']);
    expect(Object.keys(doc.ec2_attributes)).toEqual(['instance_metadata_defaults']);
    expect(Object.keys(doc.ec2_attributes.instance_metadata_defaults)).toEqual([
      'http_tokens',
      'http_put_response_hop_limit',
      'http_endpoint',
      'instance_metadata_tags',
    ]);
    for (const v of Object.values(doc.ec2_attributes.instance_metadata_defaults))
      expect(Object.keys(v as object)).toEqual(['@@assign']);
    expect(doc.ec2_attributes.instance_metadata_defaults.http_tokens['@@assign']).toBe('required');
    expect(doc.ec2_attributes.instance_metadata_defaults.http_put_response_hop_limit['@@assign']).toBe('1');
    expect(text).toBe(fixture('declarative-policy.hop1.json'));
  });

  it('hop limit 1 for a plain fleet, 2 when the fleet has container hosts, and says why', () => {
    const plain = buildGuardrails(plainFleet()).declarativePolicy.hopLimit;
    expect(plain.value).toBe(1);
    expect(plain.containerHosts).toEqual([]);
    expect(plain.reason).toMatch(/^1: no container hosts found/);

    const withEks = plainFleet();
    withEks.instances.push(
      inst('i-00000000000000020', 'v2-required', 'required', {
        tags: { 'kubernetes.io/cluster/prod': 'owned' },
        metadata: { httpTokens: 'required', httpPutResponseHopLimit: 2 },
      }),
      inst('i-00000000000000021', 'v2-required', 'required', { tags: { AmazonECSManaged: '' } }),
    );
    const g = buildGuardrails(withEks);
    expect(g.declarativePolicy.hopLimit.value).toBe(2);
    expect(g.declarativePolicy.hopLimit.containerHosts).toEqual([
      'i-00000000000000020',
      'i-00000000000000021',
    ]);
    expect(g.declarativePolicy.hopLimit.reason).toMatch(/^2: the fleet has 2 container host instance\(s\)/);
    expect(guardrailFiles(g)['guardrails/declarative-policy.json']).toBe(
      fixture('declarative-policy.hop2.json'),
    );
    // At hop limit 2 the 3-hop instance is still over; the 2-hop exempt one no longer would be.
    expect(g.wouldBlock.hopLimit).toEqual({ limit: 2, count: 1, instanceIds: ['i-0000000000000000e'] });

    // A launch template named for EKS is enough on its own.
    const byTemplate = plainFleet();
    byTemplate.launchTemplates?.push({
      accountId: A1,
      region: 'us-east-1',
      launchTemplateId: 'lt-000000000000000e5',
      name: 'prod-eks-nodes',
      defaultVersion: { versionNumber: 1, httpTokens: 'required' },
    });
    const t = buildGuardrails(byTemplate).declarativePolicy.hopLimit;
    expect(t.value).toBe(2);
    expect(t.containerLaunchTemplates).toEqual(['lt-000000000000000e5']);
    expect(t.reason).toContain('1 launch template(s) named for EKS/ECS');
  });

  it('recognises container hosts by tag and template names by token, not substring', () => {
    expect(isContainerHost({ tags: { 'eks:cluster-name': 'prod' } })).toBe(true);
    expect(isContainerHost({ tags: { 'aws:eks:cluster-name': 'prod' } })).toBe(true);
    expect(isContainerHost({ tags: { 'kubernetes.io/cluster/x': 'shared' } })).toBe(true);
    expect(isContainerHost({ tags: { AmazonECSManaged: '' } })).toBe(true);
    expect(isContainerHost({ tags: { Name: 'eks-node' } })).toBe(false);
    expect(isContainerTemplateName('ecs-workers')).toBe(true);
    expect(isContainerTemplateName('prod_EKS')).toBe(true);
    expect(isContainerTemplateName('geeks')).toBe(false);
    expect(isContainerTemplateName('decks-ecsx')).toBe(false);
  });

  it('honours an explicit hop limit and rejects an invalid one', () => {
    expect(buildGuardrails({ ...plainFleet(), hopLimit: 3 }).declarativePolicy.hopLimit.value).toBe(3);
    expect(() => buildGuardrails({ ...plainFleet(), hopLimit: 65 })).toThrow(/1 to 64/);
  });
});

describe('guardrails: service control policy', () => {
  it('denies v1 launches and weakening, carves the exempt tag out, matches the fixture', () => {
    const g = buildGuardrails(plainFleet());
    const text = guardrailFiles(g)['guardrails/scp.json'];
    expect(text).toBe(fixture('scp.carve-out.json'));
    const doc = JSON.parse(text);
    expect(Object.keys(doc)).toEqual(['Version', 'Statement']);
    expect(doc.Version).toBe('2012-10-17');
    expect(doc.Statement.map((s: { Sid: string }) => s.Sid)).toEqual([
      'DenyRunInstancesWithoutImdsv2',
      'DenyWeakeningImdsv2',
      'DenyHopLimitAbove1',
    ]);
    const [run, modify, hop] = doc.Statement;
    for (const s of doc.Statement) {
      expect(Object.keys(s)).toEqual(['Sid', 'Effect', 'Action', 'Resource', 'Condition']);
      expect(s.Effect).toBe('Deny');
      expect(s.Resource).toBe('arn:aws:ec2:*:*:instance/*');
    }
    expect(run.Action).toBe('ec2:RunInstances');
    expect(run.Condition).toEqual({
      StringNotEquals: { 'ec2:MetadataHttpTokens': 'required' },
      Null: { 'aws:RequestTag/imds-guard:exempt': 'true' },
    });
    expect(modify.Action).toBe('ec2:ModifyInstanceMetadataOptions');
    expect(modify.Condition).toEqual({
      StringNotEquals: { 'ec2:MetadataHttpTokens': 'required' },
      Null: { 'aws:ResourceTag/imds-guard:exempt': 'true' },
    });
    expect(hop.Condition).toEqual({
      NumericGreaterThan: { 'ec2:MetadataHttpPutResponseHopLimit': '1' },
      Null: { 'aws:RequestTag/imds-guard:exempt': 'true' },
    });
    expect(g.serviceControlPolicy.exemptionCarveOut).toBe(true);
    expect(g.serviceControlPolicy.characters).toBe(text.length);
    expect(text.length).toBeLessThanOrEqual(SCP_SIZE_LIMIT);
    expect(g.serviceControlPolicy.withinLimit).toBe(true);
  });

  it('has no carve-out when no exception is honoured', () => {
    const input = plainFleet();
    input.instances = input.instances.filter((i) => i.instanceId !== 'i-0000000000000000c');
    const g = buildGuardrails(input);
    expect(g.serviceControlPolicy.exemptionCarveOut).toBe(false);
    expect(guardrailFiles(g)['guardrails/scp.json']).toBe(fixture('scp.no-carve-out.json'));
    // Without the carve-out the expired-tag instance is held to the SCP.
    expect(g.wouldBlock.runInstances.instanceIds).toEqual([
      'i-0000000000000000b',
      'i-0000000000000000d',
      'i-0000000000000000f',
      'i-00000000000000011',
    ]);
    expect(g.wouldBlock.exempt.carvedOut).toBe(false);
    expect(g.notes).toContain(
      'No exception is honoured, so the SCP has no carve-out for imds-guard:exempt; the 1 tagged instance(s) are held to it.',
    );
  });

  it('with break-glass principals: principal carve-out and a deny on the exemption tag for everyone else', () => {
    const g = buildGuardrails({
      ...plainFleet(),
      breakGlassPrincipalArns: ['arn:aws:iam::*:role/IMDSGuardRemediation'],
    });
    const doc = g.serviceControlPolicy.document;
    expect(doc.Statement.map((s) => s.Sid)).toEqual([
      'DenyRunInstancesWithoutImdsv2',
      'DenyWeakeningImdsv2',
      'DenyHopLimitAbove1',
      'DenyExemptionTagOutsideBreakGlass',
    ]);
    expect(doc.Statement[1].Condition.ArnNotLike).toEqual({
      'aws:PrincipalARN': ['arn:aws:iam::*:role/IMDSGuardRemediation'],
    });
    expect(doc.Statement[3]).toEqual({
      Sid: 'DenyExemptionTagOutsideBreakGlass',
      Effect: 'Deny',
      Action: ['ec2:CreateTags', 'ec2:DeleteTags'],
      Resource: 'arn:aws:ec2:*:*:instance/*',
      Condition: {
        'ForAnyValue:StringEquals': { 'aws:TagKeys': ['imds-guard:exempt'] },
        ArnNotLike: { 'aws:PrincipalARN': ['arn:aws:iam::*:role/IMDSGuardRemediation'] },
      },
    });
  });

  it('stays within 5,120 characters with a 128-character tag key and ten break-glass roles; flags it when over', () => {
    const longKey = `k${'x'.repeat(127)}`;
    const input = plainFleet();
    input.exemptionTagKey = longKey;
    input.instances[2].tags = { [longKey]: 'reason' };
    const ten = Array.from(
      { length: 10 },
      (_, n) => `arn:aws:iam::${String(n).repeat(12)}:role/BreakGlass${n}`,
    );
    const g = buildGuardrails({ ...input, breakGlassPrincipalArns: ten });
    const text = guardrailFiles(g)['guardrails/scp.json'];
    expect(text.length).toBe(g.serviceControlPolicy.characters);
    expect(text.length).toBeLessThanOrEqual(SCP_SIZE_LIMIT);
    expect(g.serviceControlPolicy.withinLimit).toBe(true);

    const many = Array.from({ length: 60 }, (_, n) => `arn:aws:iam::123456789012:role/BreakGlassRole${n}`);
    const over = buildGuardrails({ ...input, breakGlassPrincipalArns: many });
    expect(over.serviceControlPolicy.characters).toBeGreaterThan(SCP_SIZE_LIMIT);
    expect(over.serviceControlPolicy.withinLimit).toBe(false);
    expect(over.notes[0]).toMatch(
      /^The SCP is \d+ characters as written \(\d+ minified\); AWS accepts at most 5120\.$/,
    );
  });

  it('can leave the hop-limit deny out', () => {
    const g = buildGuardrails({ ...plainFleet(), denyHopLimit: false });
    expect(g.serviceControlPolicy.document.Statement.map((s) => s.Sid)).toEqual([
      'DenyRunInstancesWithoutImdsv2',
      'DenyWeakeningImdsv2',
    ]);
    expect(g.wouldBlock.hopLimit.instanceIds).toEqual([]);
  });
});

describe('guardrails: what they would have blocked', () => {
  it('counts launches, hop limits, launch templates and exemptions with exact ids', () => {
    const g = buildGuardrails(plainFleet());
    expect(g.wouldBlock.runInstances).toEqual({
      count: 3,
      instanceIds: ['i-0000000000000000b', 'i-0000000000000000d', 'i-00000000000000011'],
      byBucket: { 'v1-allowed': 2, disabled: 1 },
    });
    expect(g.wouldBlock.hopLimit).toEqual({ limit: 1, count: 1, instanceIds: ['i-0000000000000000e'] });
    expect(g.wouldBlock.exempt).toEqual({
      tagKey: TAG,
      carvedOut: true,
      count: 1,
      instanceIds: ['i-0000000000000000c'],
      notHonouredInstanceIds: ['i-0000000000000000f'],
    });
    expect(g.wouldBlock.launchTemplates.count).toBe(3);
    expect(g.wouldBlock.launchTemplates.instancesUsing).toBe(6);
    expect(
      g.wouldBlock.launchTemplates.items.map((t) => [t.launchTemplateId, t.versions, t.httpTokens]),
    ).toEqual([
      ['lt-00000000000000004', [5], 'unset'],
      ['lt-00000000000000001', [1], 'optional'],
      ['lt-00000000000000002', [3], 'required'],
    ]);
    expect(g.wouldBlock.launchTemplates.items[2].reason).toBe(
      'latest version (3) allows IMDSv1; launches and Auto Scaling groups using $Latest would be denied',
    );
    expect(g.wouldBlock.accountDefaults).toEqual({
      count: 2,
      regions: [`${A1}/eu-west-1`, `${A2}/ap-south-1`],
    });
    expect(g.notes).toContain(
      '1 instance(s) carry imds-guard:exempt without an honoured exception (expired, malformed or exceptions off); the tag carve-out would still let them through: remove or renew the tags.',
    );
  });

  it('uses the action default exemption tag key when none is given', () => {
    const input = plainFleet();
    delete input.exemptionTagKey;
    const g = buildGuardrails(input);
    expect(DEFAULT_EXEMPTION_TAG_KEY).toBe('imds-guard:exempt');
    expect(g.serviceControlPolicy.exemptionTagKey).toBe('imds-guard:exempt');
  });

  it('an empty fleet yields valid policies, nothing blocked, in-force unknown', () => {
    const g = buildGuardrails({ instances: [] });
    expect(g.wouldBlock.runInstances.count).toBe(0);
    expect(g.accountDefaults).toEqual([]);
    expect(g.inForce.accountDefaults.status).toBe('unknown');
    expect(g.inForce.declarativePolicy.status).toBe('unknown');
    const files = guardrailFiles(g);
    for (const name of ['guardrails/declarative-policy.json', 'guardrails/scp.json'])
      expect(() => JSON.parse(files[name])).not.toThrow();
    expect(files['guardrails/account-defaults.sh']).toContain('# Nothing to change.');
  });
});

describe('guardrails: account defaults and what is in force', () => {
  it('per region: compliant, declarative-policy, needs-change, unknown; commands only where needed', () => {
    const g = buildGuardrails(plainFleet());
    expect(g.accountDefaults.map((t) => [t.accountId, t.region, t.status])).toEqual([
      [A1, 'eu-west-1', 'needs-change'],
      [A1, 'us-east-1', 'compliant'],
      [A2, 'ap-south-1', 'unknown'],
      [A2, 'us-east-1', 'declarative-policy'],
    ]);
    expect(g.accountDefaults[0].parameters).toEqual({ HttpTokens: 'required', HttpPutResponseHopLimit: 1 });
    expect(g.accountDefaults[0].command).toBe(
      'aws ec2 modify-instance-metadata-defaults --region eu-west-1 --http-tokens required --http-put-response-hop-limit 1',
    );
    expect(g.accountDefaults[1].command).toBeUndefined();
    expect(g.accountDefaults[3].command).toBeUndefined();
    expect(guardrailFiles(g)['guardrails/account-defaults.sh']).toBe(fixture('account-defaults.sh'));
  });

  it('detects declarative-policy management and already-required defaults', () => {
    const g = buildGuardrails(plainFleet());
    expect(g.inForce.declarativePolicy).toEqual({
      status: 'partial',
      regions: [`${A2}/us-east-1`],
      managedNotRequired: [],
      reason: '1 of 3 region(s) read are managed by a declarative policy that requires tokens.',
    });
    expect(g.inForce.accountDefaults).toEqual({
      status: 'partial',
      compliant: [`${A1}/us-east-1`, `${A2}/us-east-1`],
      needsChange: [`${A1}/eu-west-1`],
      unknown: [`${A2}/ap-south-1`],
      reason: '2 of 4 region(s) already require tokens for new launches.',
    });
    expect(g.inForce.serviceControlPolicy.status).toBe('unknown');

    // Every region managed by a declarative policy requiring tokens: the declarative policy is in force.
    const all = buildGuardrails({
      instances: [inst('i-0000000000000000a', 'v2-required', 'required')],
      accountDefaults: [
        { accountId: A1, region: 'us-east-1', httpTokens: 'required', managedBy: 'declarative-policy' },
        { accountId: A1, region: 'eu-west-1', httpTokens: 'required', managedBy: 'declarative-policy' },
      ],
    });
    expect(all.inForce.declarativePolicy.status).toBe('in-force');
    expect(all.inForce.accountDefaults.status).toBe('in-force');
    expect(all.wouldBlock.accountDefaults.count).toBe(0);
    expect(guardrailFiles(all)['guardrails/account-defaults.sh']).not.toContain('aws ec2');

    // Managed by a declarative policy that does not require tokens: no command, change the org policy.
    const weak = buildGuardrails({
      instances: [],
      accountDefaults: [
        { accountId: A1, region: 'us-east-1', httpTokens: 'optional', managedBy: 'declarative-policy' },
        { accountId: A1, region: 'eu-west-1', httpTokens: 'optional', managedBy: 'account' },
      ],
    });
    expect(weak.inForce.declarativePolicy.status).toBe('partial');
    expect(weak.inForce.declarativePolicy.managedNotRequired).toEqual([`${A1}/us-east-1`]);
    expect(weak.inForce.accountDefaults.status).toBe('not-in-force');
    expect(weak.accountDefaults.map((t) => t.command ?? null)).toEqual([
      'aws ec2 modify-instance-metadata-defaults --region eu-west-1 --http-tokens required --http-put-response-hop-limit 1',
      null,
    ]);
  });

  it('quotes anything unusual in a region name in the shell script', () => {
    const g = buildGuardrails({
      instances: [],
      accountDefaults: [{ accountId: A1, region: "x'; rm -rf /", managedBy: 'account' }],
    });
    expect(g.accountDefaults[0].command).toBe(
      "aws ec2 modify-instance-metadata-defaults --region 'x'\\''; rm -rf /' --http-tokens required --http-put-response-hop-limit 1",
    );
  });
});

describe('guardrails: files', () => {
  it('returns the four files; JSON files parse; README escapes hostile template names', () => {
    const input = plainFleet();
    input.launchTemplates![0].name = '<script>x</script> | @here\r\n# heading';
    const files = guardrailFiles(buildGuardrails(input));
    expect(Object.keys(files).sort()).toEqual([
      'guardrails/README.md',
      'guardrails/account-defaults.sh',
      'guardrails/declarative-policy.json',
      'guardrails/scp.json',
    ]);
    const readme = files['guardrails/README.md'];
    // The one escaper: no tag, no row break, no mention, one line.
    expect(readme).toContain('&lt;script&gt;x&lt;/script&gt; &#124; @&#8203;here # heading');
    expect(readme).not.toContain('<script>');
    expect(readme).toContain(
      '**Launches the SCP would deny** (3): i-0000000000000000b, i-0000000000000000d, i-00000000000000011',
    );
    expect(readme).toContain('**Exempt, carved out by imds-guard:exempt** (1): i-0000000000000000c');
  });
});
