import { describe, expect, it } from 'vitest';
import { type AssessOptions, assess } from '../../src/assess/assess.js';
import {
  assessPosture,
  defaultsVerdict,
  templateVerdict,
  versionAllowsV1,
} from '../../src/assess/posture.js';
import { linkPosture, templatesFromVersions } from '../../src/aws/posture.js';
import type { AccountDefaults, Instance, Inventory, LaunchTemplateInfo } from '../../src/model/types.js';

const A = '111111111111';
const B = '222222222222';

const options = (over: Partial<AssessOptions> = {}): AssessOptions => ({
  rule: 'ec2.8',
  threshold: 0,
  includeStopped: true,
  failOnRegionError: true,
  failOnAccountError: true,
  exceptions: { enabled: false, tagKey: 'imds-guard:exempt' },
  today: '2026-11-22',
  ...over,
});

const defaults = (over: Partial<AccountDefaults>): AccountDefaults => ({
  accountId: A,
  region: 'us-east-1',
  ...over,
});

function template(
  id: string,
  def: LaunchTemplateInfo['defaultVersion'],
  latest = def,
  over: Partial<LaunchTemplateInfo> = {},
): LaunchTemplateInfo {
  return {
    accountId: A,
    region: 'us-east-1',
    launchTemplateId: id,
    name: `name-${id}`,
    defaultVersion: def,
    latestVersion: latest,
    instancesUsing: 0,
    autoScalingGroups: [],
    ...over,
  };
}

function inventory(over: Partial<Inventory> = {}): Inventory {
  return {
    scannedAt: '2026-11-22T00:00:00.000Z',
    durationMs: 1,
    callerAccountId: A,
    accounts: [{ accountId: A, status: 'ok' }],
    regions: [{ accountId: A, region: 'us-east-1', status: 'ok', instances: 0, pages: 1, durationMs: 1 }],
    instances: [],
    apiCalls: {},
    ...over,
  };
}

describe('account defaults', () => {
  it.each([
    [{}, true],
    [{ httpTokens: 'optional' }, true],
    [{ httpTokens: 'no-preference' }, true],
    [{ httpTokens: 'required' }, false],
    [{ httpEndpoint: 'disabled' }, false],
    [{ httpTokens: 'optional', httpTokensEnforced: 'enabled' }, false],
    [{ httpTokens: 'optional', httpTokensEnforced: 'disabled' }, true],
  ] as Array<[Partial<AccountDefaults>, boolean]>)('%j allows v1: %s', (over, expected) => {
    expect(defaultsVerdict(defaults(over)).allowsV1).toBe(expected);
  });

  it('says when a declarative policy manages the default', () => {
    const v = defaultsVerdict(defaults({ httpTokens: 'optional', managedBy: 'declarative-policy' }));
    expect(v.reason).toContain('declarative policy');
  });
});

describe('launch templates', () => {
  it.each([
    [{ versionNumber: 1, httpTokens: 'required' }, false],
    [{ versionNumber: 1, httpTokens: 'optional' }, true],
    [{ versionNumber: 1 }, true],
    [{ versionNumber: 1, httpEndpoint: 'disabled' }, false],
  ])('version %j allows v1: %s', (v, expected) => expect(versionAllowsV1(v)).toBe(expected));

  it('judges the default and the latest version', () => {
    expect(templateVerdict(template('lt-1', { versionNumber: 1, httpTokens: 'required' })).allowsV1).toBe(
      false,
    );
    const latestBad = templateVerdict(
      template(
        'lt-2',
        { versionNumber: 1, httpTokens: 'required' },
        { versionNumber: 2, httpTokens: 'optional' },
      ),
    );
    expect(latestBad).toEqual({ allowsV1: true, reason: 'latest version 2: HttpTokens optional' });
    const unset = templateVerdict(template('lt-3', { versionNumber: 4 }));
    expect(unset.reason).toMatch(/^default and latest version 4: HttpTokens unset/);
  });

  it('groups the account-wide $Default/$Latest answer into templates', () => {
    const t = templatesFromVersions(
      [
        { LaunchTemplateId: 'lt-b', LaunchTemplateName: 'b', VersionNumber: 3, DefaultVersion: true },
        {
          LaunchTemplateId: 'lt-a',
          LaunchTemplateName: 'a',
          VersionNumber: 1,
          DefaultVersion: true,
          LaunchTemplateData: { MetadataOptions: { HttpTokens: 'required' } },
        },
        {
          LaunchTemplateId: 'lt-a',
          LaunchTemplateName: 'a',
          VersionNumber: 5,
          DefaultVersion: false,
          LaunchTemplateData: { MetadataOptions: { HttpTokens: 'optional', HttpPutResponseHopLimit: 2 } },
        },
      ],
      A,
      'us-east-1',
    );
    expect(
      t.map((x) => [x.launchTemplateId, x.defaultVersion.versionNumber, x.latestVersion.versionNumber]),
    ).toEqual([
      ['lt-a', 1, 5],
      ['lt-b', 3, 3],
    ]);
    expect(t[0].defaultVersion.httpTokens).toBe('required');
    expect(t[0].latestVersion).toEqual({
      versionNumber: 5,
      httpTokens: 'optional',
      httpPutResponseHopLimit: 2,
    });
  });

  it('links instances, images and Auto Scaling groups (by id or by name)', () => {
    const i = (id: string, lt?: string, ami?: string) =>
      ({ instanceId: id, launchTemplateId: lt, imageId: ami }) as unknown as Instance;
    const linked = linkPosture(
      [i('i-1', 'lt-a', 'ami-1'), i('i-2', 'lt-a', 'ami-1'), i('i-3', undefined, 'ami-2')],
      {
        launchTemplates: [template('lt-a', { versionNumber: 1 }, { versionNumber: 1 }, { name: 'web' })],
        images: [
          { accountId: A, region: 'us-east-1', imageId: 'ami-1', instancesUsing: 0 },
          { accountId: A, region: 'us-east-1', imageId: 'ami-2', imdsSupport: 'v2.0', instancesUsing: 0 },
        ],
        autoScalingGroups: [
          { accountId: A, region: 'us-east-1', name: 'g2', launchTemplateName: 'web' },
          { accountId: A, region: 'us-east-1', name: 'g1', launchTemplateId: 'lt-a' },
          { accountId: A, region: 'us-east-1', name: 'old', launchConfigurationName: 'lc-1' },
        ],
      },
    );
    expect(linked.launchTemplates[0].instancesUsing).toBe(2);
    expect(linked.launchTemplates[0].autoScalingGroups).toEqual(['g1', 'g2']);
    expect(linked.images.map((x) => x.instancesUsing)).toEqual([2, 1]);
    expect(linked.autoScalingGroups[0]).toEqual({
      accountId: A,
      region: 'us-east-1',
      name: 'g2',
      launchTemplateId: 'lt-a',
    });
  });
});

describe('assessPosture', () => {
  it('is absent when nothing was collected', () => {
    expect(assessPosture(inventory())).toBeUndefined();
    expect(assess(inventory(), options()).posture).toBeUndefined();
  });

  it('puts findings first and counts them', () => {
    const p = assessPosture(
      inventory({
        accountDefaults: [
          defaults({ httpTokens: 'required' }),
          defaults({ region: 'eu-west-1', managedBy: 'declarative-policy', httpTokens: 'required' }),
          defaults({ accountId: B, region: 'us-east-1' }),
        ],
        launchTemplates: [
          template('lt-ok', { versionNumber: 1, httpTokens: 'required' }),
          template('lt-few', { versionNumber: 1 }, undefined, { instancesUsing: 1 }),
          template('lt-many', { versionNumber: 1, httpTokens: 'optional' }, undefined, { instancesUsing: 7 }),
        ],
        images: [
          { accountId: A, region: 'us-east-1', imageId: 'ami-2', imdsSupport: 'v2.0', instancesUsing: 3 },
          { accountId: A, region: 'us-east-1', imageId: 'ami-1', instancesUsing: 1 },
        ],
        autoScalingGroups: [
          { accountId: A, region: 'us-east-1', name: 'lt-group', launchTemplateId: 'lt-ok' },
          { accountId: A, region: 'us-east-1', name: 'lc-group', launchConfigurationName: 'lc' },
        ],
        postureErrors: [
          {
            accountId: B,
            region: 'eu-west-1',
            operation: 'DescribeImages',
            code: 'UnauthorizedOperation',
            message: 'x',
          },
        ],
      }),
    );
    expect(p).toBeDefined();
    if (!p) return;
    expect(p.accountDefaults.map((d) => [d.accountId, d.allowsV1])).toEqual([
      [B, true],
      [A, false],
      [A, false],
    ]);
    expect(p.launchTemplates.map((t) => t.launchTemplateId)).toEqual(['lt-many', 'lt-few', 'lt-ok']);
    expect(p.images.map((i) => i.imageId)).toEqual(['ami-1', 'ami-2']);
    expect(p.autoScalingGroupsOnLaunchConfigurations.map((g) => g.name)).toEqual(['lc-group']);
    expect(p.counts).toEqual({
      accountDefaults: { regions: 3, allowV1: 1, declarativePolicy: 1 },
      launchTemplates: { total: 3, allowV1: 2, instancesUsingV1Templates: 8 },
      images: { total: 2, v2Only: 1 },
      autoScalingGroupsOnLaunchConfigurations: 1,
      errors: 1,
    });
  });
});

describe('gate-on', () => {
  const withPosture = inventory({
    accountDefaults: [defaults({ httpTokens: 'optional' })],
    launchTemplates: [template('lt-1', { versionNumber: 2, httpTokens: 'optional' })],
    images: [],
    autoScalingGroups: [],
    postureErrors: [],
  });

  it('ignores posture findings by default (instances only)', () => {
    expect(assess(withPosture, options()).gate.passed).toBe(true);
  });

  it('fails on v1-allowing launch templates when gate-on includes them', () => {
    const g = assess(withPosture, options({ gateOn: ['instances', 'launch-templates'] })).gate;
    expect(g.passed).toBe(false);
    expect(g.failures).toEqual([
      '1 launch template(s) allow IMDSv1 in their default or latest version (Security Hub EC2.170): name-lt-1 (lt-1, us-east-1).',
    ]);
  });

  it('fails on v1-allowing account defaults when gate-on includes them', () => {
    const g = assess(withPosture, options({ gateOn: ['instances', 'account-defaults'] })).gate;
    expect(g.failures).toEqual([
      '1 region(s) have account metadata defaults that allow IMDSv1 for new launches: us-east-1.',
    ]);
  });

  it('fails when a gated posture could not be read, unless fail-on-scan-error is off', () => {
    const inv = inventory({
      accountDefaults: [],
      launchTemplates: [],
      images: [],
      autoScalingGroups: [],
      postureErrors: [
        {
          accountId: A,
          region: 'us-east-1',
          operation: 'GetInstanceMetadataDefaults',
          code: 'AccessDenied',
          message: 'no',
        },
      ],
    });
    const on = options({ gateOn: ['instances', 'account-defaults', 'launch-templates'] });
    expect(assess(inv, on).gate.failures).toEqual([
      'account-defaults could not be read in 1 region(s) (us-east-1: AccessDenied); the gate cannot vouch for them. Grant GetInstanceMetadataDefaults to the role, or set fail-on-scan-error: false.',
    ]);
    expect(assess(inv, { ...on, failOnRegionError: false }).gate.passed).toBe(true);
  });

  it('fails when gated posture was never collected', () => {
    expect(assess(inventory(), options({ gateOn: ['instances', 'launch-templates'] })).gate.failures).toEqual(
      ['gate-on includes launch-templates, but this run collected no launch posture.'],
    );
  });
});
