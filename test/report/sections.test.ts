/**
 * The pure pieces behind the newer report sections: Auto Scaling groups judged by the version they
 * launch, IMDSv1 usage counts, rollups by owner tag, the hop-limit policy, console links.
 */
import { describe, expect, it } from 'vitest';
import { evaluateAutoScalingGroups, resolveVersionNumber } from '../../src/assess/asg.js';
import { UNTAGGED } from '../../src/assess/by-tag.js';
import { hopLimitFindings } from '../../src/assess/hop-limit.js';
import type { AutoScalingLaunches } from '../../src/model/types.js';
import { consoleUrl, markdownLink } from '../../src/report/links.js';
import { parseHopLimitPolicy } from '../../src/settings/hop-limit.js';
import { ACCOUNT, richAssessment } from './fixtures.js';

const base = { accountId: ACCOUNT, region: 'us-east-1' };
const launches = (version: string, over: Partial<AutoScalingLaunches> = {}): AutoScalingLaunches => ({
  groups: [{ ...base, name: 'g', refs: [{ source: 'launch-template', launchTemplateId: 'lt-1', version }] }],
  templates: [
    {
      ...base,
      launchTemplateId: 'lt-1',
      name: 'tpl',
      defaultVersionNumber: 1,
      latestVersionNumber: 3,
      versions: [
        { versionNumber: 1, httpTokens: 'required' },
        { versionNumber: 2, httpTokens: 'required', httpEndpoint: 'disabled' },
        { versionNumber: 3 },
      ],
    },
  ],
  errors: [],
  ...over,
});

describe('Auto Scaling groups as they launch', () => {
  it.each([
    ['$Default', 1, 'v2-only', false],
    ['$Latest', 3, 'v1-allowed', true],
    ['2', 2, 'endpoint-disabled', false],
    ['9', 9, 'unknown', false],
  ])('%s → version %i: %s', (version, number, verdict, allowsV1) => {
    const [g] = evaluateAutoScalingGroups(launches(version));
    expect(g.launches[0]).toMatchObject({ versionNumber: number, verdict });
    expect(g).toMatchObject({ verdict, allowsV1 });
  });

  it('says why in words, and a template named by name resolves too', () => {
    const l = launches('$Latest');
    l.groups[0].refs = [{ source: 'launch-template', launchTemplateName: 'tpl', version: '$Latest' }];
    const [g] = evaluateAutoScalingGroups(l);
    expect(g.launchTemplateId).toBe('lt-1');
    expect(g.reason).toBe(
      'launches tpl version 3 ($Latest): HttpTokens unset (account default or AMI, else optional)',
    );
  });

  it('a mixed-instances override that allows IMDSv1 makes the group a finding', () => {
    const l = launches('$Default');
    l.groups[0].refs.push({
      source: 'override',
      launchTemplateId: 'lt-1',
      version: '$Latest',
      instanceType: 'm7g.large',
    });
    const [g] = evaluateAutoScalingGroups(l);
    expect(g).toMatchObject({ allowsV1: true, verdict: 'v1-allowed' });
    expect(g.reason).toContain('override (m7g.large) tpl version 3');
  });

  it('leaves groups on launch configurations to the posture section', () => {
    const l = launches('$Default');
    l.groups.push({ ...base, name: 'lc', refs: [], launchConfigurationName: 'old' });
    expect(evaluateAutoScalingGroups(l).map((g) => g.name)).toEqual(['g']);
  });

  it('resolves version references', () => {
    expect(resolveVersionNumber('$Latest', { latestVersionNumber: 4, defaultVersionNumber: 2 })).toBe(4);
    expect(resolveVersionNumber('$Default', { latestVersionNumber: 4, defaultVersionNumber: 2 })).toBe(2);
    expect(resolveVersionNumber('7', undefined)).toBe(7);
    expect(resolveVersionNumber('$Latest', undefined)).toBeUndefined();
  });
});

describe('the rich fleet, assessed', () => {
  const a = richAssessment();
  it('counts who still uses IMDSv1', () => {
    expect(a.v1Usage).toMatchObject({ safe: 2, inUse: 2, unknown: 1, rejected: 1 });
  });
  it('rolls up by owner: rows add up to the fleet, untagged is its own row, worst first', () => {
    const rows = a.byTag!.rows;
    expect(rows.reduce((n, r) => n + r.rollup.inScope, 0)).toBe(a.totals.inScope);
    expect(rows.reduce((n, r) => n + r.rollup.compliant, 0)).toBe(a.totals.compliant);
    expect(rows.filter((r) => r.untagged).map((r) => r.value)).toEqual([UNTAGGED]);
    const pcts = rows.map((r) => r.rollup.percent);
    expect(pcts).toEqual([...pcts].sort((x, y) => x - y));
  });
  it('finds hop limits above the policy, container-aware', () => {
    expect(a.hopLimit!.findings.map((f) => [f.name, f.hopLimit, f.allowed])).toEqual([['jenkins', 2, 1]]);
    expect(a.hopLimit!.containerHosts).toBe(1);
  });
});

describe('hop-limit-policy', () => {
  it.each([
    ['', 1, 2],
    ['1', 1, 2],
    ['container=3', 1, 3],
    ['2,container=3', 2, 3],
    ['plain=1 container=2', 1, 2],
  ])('%j → plain %i, container %i', (raw, plain, container) => {
    expect(parseHopLimitPolicy(raw)).toMatchObject({ plain, container });
  });
  it.each(['0', '65', 'eks=2', 'x'])('refuses %j, saying what to write', (raw) => {
    expect(() => parseHopLimitPolicy(raw)).toThrow(/container=N/);
  });
  it('recognises container hosts by launch template name', () => {
    const a = richAssessment();
    const i = {
      ...a.instances[0],
      launchTemplateId: 'lt-9',
      metadata: { httpTokens: 'required', httpPutResponseHopLimit: 2 },
    };
    const lt = [
      { accountId: i.accountId, region: i.region, launchTemplateId: 'lt-9', name: 'eks-nodes-prod' },
    ];
    expect(hopLimitFindings([i], lt, parseHopLimitPolicy('1')).findings).toEqual([]);
    expect(hopLimitFindings([i], [], parseHopLimitPolicy('1')).findings).toHaveLength(1);
  });
});

describe('console links', () => {
  it('are region- and partition-aware, and refuse what is not a region', () => {
    expect(consoleUrl('instance', 'eu-west-1', 'i-1')).toBe(
      'https://eu-west-1.console.aws.amazon.com/ec2/home?region=eu-west-1#InstanceDetails:instanceId=i-1',
    );
    expect(consoleUrl('launch-template', 'us-gov-west-1', 'lt-1')).toMatch(
      /^https:\/\/us-gov-west-1\.console\.amazonaws-us-gov\.com\/.*LaunchTemplateDetails:launchTemplateId=lt-1$/,
    );
    expect(consoleUrl('instance', 'cn-north-1', 'i-1')).toMatch(
      /^https:\/\/cn-north-1\.console\.amazonaws\.cn\//,
    );
    expect(consoleUrl('instance', 'evil.com/x', 'i-1')).toBe('');
  });
  it('keep a hostile group name inside the link text and the URL', () => {
    const url = consoleUrl('auto-scaling-group', 'us-east-1', 'a](https://evil) @team');
    expect(url).toContain('id=a%5D(https%3A%2F%2Fevil)%20%40team;view=details');
    const md = markdownLink('a](https://evil) @team', url).value;
    expect(md).toMatch(/^\[a\\\]\\\(https:&#8203;\/\/evil\\\) @&#8203;team\]\(https:\/\/us-east-1\.console/);
    expect(md).not.toContain(' @team');
    expect(md.match(/\]\(/g)).toHaveLength(1);
  });
});

describe('gate-on: launch-templates', () => {
  it('fails on a group that launches a pinned version allowing IMDSv1 while the template itself passes', async () => {
    const { assess } = await import('../../src/assess/assess.js');
    const { richInventory } = await import('./fixtures.js');
    const inv = richInventory();
    inv.launchTemplates = [
      {
        ...base,
        launchTemplateId: 'lt-0fedcba9876543210',
        name: 'batch',
        defaultVersion: { versionNumber: 1, httpTokens: 'required' },
        latestVersion: { versionNumber: 2, httpTokens: 'required' },
        instancesUsing: 0,
        autoScalingGroups: [],
      },
    ];
    inv.accountDefaults = [];
    const l = inv.autoScalingLaunches!;
    l.groups = [
      {
        ...base,
        name: 'pinned',
        refs: [{ source: 'launch-template', launchTemplateId: 'lt-0fedcba9876543210', version: '1' }],
      },
    ];
    l.templates = [
      {
        ...base,
        launchTemplateId: 'lt-0fedcba9876543210',
        name: 'batch',
        defaultVersionNumber: 2,
        latestVersionNumber: 2,
        versions: [{ versionNumber: 1, httpTokens: 'optional' }],
      },
    ];
    const a = assess(inv, {
      rule: 'ec2.8',
      threshold: 0,
      includeStopped: true,
      failOnRegionError: false,
      failOnAccountError: false,
      gateOn: ['instances', 'launch-templates'],
      exceptions: { enabled: false, tagKey: 'x' },
      today: '2026-05-04',
    });
    expect(a.gate.failures).toEqual([
      '1 Auto Scaling group(s) launch a launch template version that allows IMDSv1: pinned (us-east-1).',
    ]);
  });
});
