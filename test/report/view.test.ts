import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byRisk } from '../../src/assess/assess.js';
import { diffBaseline } from '../../src/report/baseline.js';
import { buildJsonReport } from '../../src/report/json.js';
import { markdownLink, withMarkdownLink } from '../../src/report/links.js';
import {
  buildView,
  formatDelta,
  formatDuration,
  profileName,
  substantiveDigest,
} from '../../src/report/view.js';
import {
  ACCOUNT,
  ACCOUNT2,
  assessInventory,
  instance,
  META,
  pastRuns,
  SCANNED_AT,
  smallAssessment,
  smallInventory,
} from './fixtures.js';

describe('buildView', () => {
  const view = buildView({ assessment: smallAssessment(), meta: META });

  it('states the headline: %, threshold, verdict, rule, numerator and denominator, scope and time', () => {
    expect(view.headline).toMatchObject({
      percentText: '54.5%',
      thresholdText: '80%',
      passed: false,
      statusText: 'Failed',
      ruleId: 'ec2.8',
      ruleName: 'Security Hub EC2.8 (AWS Config ec2-imdsv2-check)',
      compliant: '6',
      inScope: '11',
      accountsScanned: '1',
      regionsScanned: '2',
      scannedAtText: '2026-05-04 03:00 UTC',
      durationText: '4.3 s',
      outOfScope: '1',
      emptyFleet: false,
    });
    expect(view.headline.change).toBeUndefined();
    expect(view.headline.failures).toHaveLength(2);
  });

  it('splits the fleet into compliant and not compliant under the rule, and says what each is made of', () => {
    const counts = Object.fromEntries(
      view.split.segments
        .filter((s) => s.count)
        .map((s) => [`${s.compliant ? '+' : '-'}${s.bucket}`, s.count]),
    );
    // The pending change is to tokens required and the exempted instance counts: the numerator adds up.
    expect(counts).toEqual({
      '+v2-required': 4,
      '+pending': 1,
      '+exempt': 1,
      '-v1-allowed': 4,
      '-disabled': 1,
    });
    const compliant = view.split.segments.filter((s) => s.compliant).reduce((n, s) => n + s.count, 0);
    expect(String(compliant)).toBe(view.headline.compliant);
    expect(view.split.compliantText).toBe(
      '6 compliant = 4 IMDSv2 required + 1 pending → required + 1 exempted',
    );
    expect(view.split.notCompliantText).toBe(
      '5 not compliant = 4 IMDSv1 allowed + 1 endpoint disabled, tokens optional',
    );
    const width = view.split.segments.reduce((a, s) => a + Number(s.width), 0);
    expect(width).toBeCloseTo(600, 0);
    expect(String(view.split.mermaid)).toContain('"Compliant" : 6');
    expect(String(view.split.mermaid)).toContain('"Not compliant" : 5');
  });

  it('ranks IMDSv1 instances: role + public IP, then role, then the rest; durations from the scan time', () => {
    expect(view.v1.rows.slice().map((r) => [r.riskLabel, r.name])).toEqual([
      ['Role + public IP', 'jenkins'],
      ['Role', 'etl-worker'],
      ['Role', 'cache'],
      ['No role', 'old-box'],
      ['No role', 'bastion'],
    ]);
    const jenkins = view.v1.rows.slice()[0];
    expect(jenkins).toMatchObject({
      role: 'ci-runner',
      publicIp: 'yes',
      hopLimit: 2,
      hopWide: true,
      runningFor: '1.3 y',
    });
    expect(view.v1.rows.slice()[1].runningFor).toBe('4 h');
    expect(view.v1.rows.slice()[2].runningFor).toBe('10 min');
    expect(view.v1.rows.slice()[3].runningFor).toBe('stopped (launched 64 d ago)');
    expect(view.v1.rows.slice()[4].note).toBe('Exempt until 2026-12-31: vendor agent needs v1');
  });

  it("gives every row its Markdown link, read through one getter all rows share, in the row's key order", () => {
    const rows = view.v1.rows.slice();
    for (const r of rows) expect(String(r.link)).toBe(String(markdownLink(r.instanceId, r.url)));
    expect(String(rows[0].link)).toMatch(/^\[i-[0-9a-f]+\]\(https:\/\/[^)]+\)$/);
    const keys = Object.keys(rows[0]);
    expect(keys.slice(keys.indexOf('url'), keys.indexOf('url') + 2)).toEqual(['url', 'link']);
    const getters = new Set(rows.map((r) => Object.getOwnPropertyDescriptor(r, 'link')?.get));
    expect(getters.size).toBe(1);
    expect([...getters][0]).toBeTypeOf('function');
    // A spread copy (as the regressions' rows are made) keeps the link as a value.
    expect(String({ ...rows[0] }.link)).toBe(String(rows[0].link));
  });

  it('escapes a hostile instance id in the link a row makes', () => {
    const hostile = withMarkdownLink({
      instanceId: 'i-1](javascript:alert(1))',
      url: 'https://example.com/x',
    });
    expect(String(hostile.link)).toBe(
      String(markdownLink('i-1](javascript:alert(1))', 'https://example.com/x')),
    );
    expect(String(hostile.link)).not.toContain('](javascript:');
  });

  it('orders regions worst first and lists failed regions with their reason', () => {
    expect(view.regions.rows.map((r) => [r.region, r.percentText])).toEqual([
      ['us-east-1', '42.8%'],
      ['eu-west-1', '75.0%'],
    ]);
    expect(view.regions.failed).toEqual([
      {
        accountId: ACCOUNT,
        region: 'ap-south-2',
        code: 'UnauthorizedOperation',
        message: 'You are not authorized to perform this operation.',
      },
    ]);
    expect(view.accounts).toBeUndefined();
  });

  it('summarises role usage by tier and by instance profile', () => {
    expect(view.roles.withRole).toBe('5');
    expect(view.roles.tiers.map((t) => t.count)).toEqual(['1', '2', '2']);
    expect(view.roles.profiles[0]).toEqual({ profile: 'ci-runner', instances: '1', v1: '1', public: '1' });
  });

  it('gives the remediation step and the compliance mapping', () => {
    const step = String(view.next.step);
    expect(step).toContain('uses: imds-guard/imds-guard/plan@v1');
    expect(step).toContain('regions: eu-west-1,us-east-1');
    expect(step).toContain('role-to-assume: arn:aws:iam::111111111111:role/IMDSGuardAudit');
    expect(step).toContain('plan-digest: ${{ needs.plan.outputs.plan-digest }}');
    expect(view.next.mapping.map((m) => m.control).join(' ')).toMatch(/EC2\.8.*5\.6.*5\.7.*6\.7.*T1552\.005/);
  });

  it('says an empty fleet is 100% by definition', () => {
    const inv = smallInventory();
    inv.instances = [];
    const v = buildView({ assessment: assessInventory(inv, 100, false), meta: META });
    expect(v.headline).toMatchObject({ percentText: '100%', emptyFleet: true, passed: true });
    expect(v.split.mermaid).toBeUndefined();
  });

  it('shows the change since the previous run and the trend of the last N runs', () => {
    const v = buildView({
      assessment: smallAssessment(),
      meta: { ...META, historyLength: 4 },
      history: pastRuns(6),
    });
    expect(v.headline.change).toMatchObject({
      text: '±0 pp',
      direction: 'same',
      since: '2026-05-03 03:00 UTC',
      v1Text: '+2',
    });
    expect(v.trend?.runs).toBe(4);
    expect(v.trend?.svg.points).toHaveLength(4);
    expect(String(v.trend?.mermaid)).toContain('x-axis ["05-01", "05-02", "05-03", "05-04"]');
    expect(v.regions.rows[0].deltaV1).toBe('+1');
  });

  it('renders byAccount worst first when more than one account', () => {
    const inv = smallInventory();
    inv.accounts.push({
      accountId: ACCOUNT2,
      status: 'failed',
      error: { code: 'AccessDenied', message: 'no' },
    });
    inv.instances.push(instance(50, { accountId: ACCOUNT2, metadata: { httpTokens: 'required' } }));
    const v = buildView({ assessment: assessInventory(inv), meta: META });
    expect(v.accounts?.rows.map((r) => [r.accountId, r.status])).toEqual([
      [ACCOUNT2, 'failed'],
      [ACCOUNT, 'ok'],
    ]);
    expect(v.regions.showAccount).toBe(true);
  });

  it('renders posture when present', () => {
    const a = smallAssessment();
    a.posture = {
      accountDefaults: [
        { accountId: ACCOUNT, region: 'us-east-1', httpTokens: 'required', allowsV1: false },
        { accountId: ACCOUNT, region: 'eu-west-1', allowsV1: true, managedBy: 'declarative-policy' },
      ],
      launchTemplates: [
        {
          accountId: ACCOUNT,
          region: 'us-east-1',
          launchTemplateId: 'lt-0abc',
          name: 'web',
          defaultVersion: { versionNumber: 1, httpTokens: 'optional' },
          latestVersion: { versionNumber: 2, httpTokens: 'required' },
          instancesUsing: 3,
          autoScalingGroups: ['web-asg'],
          allowsV1: true,
        },
      ],
      images: [{ accountId: ACCOUNT, region: 'us-east-1', imageId: 'ami-1', instancesUsing: 2 }],
      autoScalingGroupsOnLaunchConfigurations: [
        { accountId: ACCOUNT, region: 'us-east-1', name: 'legacy', launchConfigurationName: 'lc-1' },
      ],
    };
    const p = buildView({ assessment: a, meta: META }).posture!;
    expect(p.accountDefaults[0]).toMatchObject({
      region: 'eu-west-1',
      tokens: 'no preference',
      managedBy: 'declarative-policy',
      allowsV1: true,
    });
    expect(p.launchTemplates[0]).toMatchObject({
      defaultVersion: 'v1: tokens optional',
      latestVersion: 'v2: tokens required',
    });
    expect(p.summary).toEqual([
      '1 of 2 account/region defaults let new launches allow IMDSv1',
      '1 of 1 launch templates allow IMDSv1',
      '1 of 1 AMIs in use are not marked ImdsSupport v2.0',
      '1 Auto Scaling groups still use launch configurations (AutoScaling.3)',
    ]);
  });
});

describe('baseline diff', () => {
  it('calls out instances newly allowing IMDSv1, worst first, with what they were', () => {
    const before = smallInventory();
    before.instances = before.instances
      .filter((i) => i.name !== 'cache')
      .map((i) => (i.name === 'jenkins' ? { ...i, metadata: { ...i.metadata, httpTokens: 'required' } } : i));
    const baseline = buildJsonReport(before, assessInventory(before), {
      version: '0.1.0',
      generatedAt: SCANNED_AT,
    });
    const diff = diffBaseline(smallAssessment(), baseline, byRisk);
    expect(diff.regressions.map((r) => [r.instance.name, r.was])).toEqual([
      ['jenkins', 'v2-required'],
      ['cache', undefined],
    ]);
    const v = buildView({ assessment: smallAssessment(), meta: META, baseline: diff });
    expect(v.regressions?.rows.slice().map((r) => r.was)).toEqual(['IMDSv2 required', 'new instance']);
  });
});

describe('substantive digest', () => {
  it('ignores scan time and duration, changes with the posture', () => {
    const a = smallAssessment();
    const b = { ...smallAssessment(), scannedAt: '2026-06-01T00:00:00.000Z', durationMs: 99 };
    expect(substantiveDigest(a, 'x', '1')).toBe(substantiveDigest(b, 'x', '1'));
    const inv = smallInventory();
    inv.instances[0].metadata = { httpTokens: 'optional' };
    expect(substantiveDigest(assessInventory(inv), 'x', '1')).not.toBe(substantiveDigest(a, 'x', '1'));
    expect(substantiveDigest(a, 'y', '1')).not.toBe(substantiveDigest(a, 'x', '1'));
  });
});

describe('formatting', () => {
  it('formats durations, deltas and profile names', () => {
    expect(formatDuration(59_000)).toBe('0 min');
    expect(formatDuration(3 * 3600_000)).toBe('3 h');
    expect(formatDuration(50 * 3600_000)).toBe('2 d');
    expect(formatDuration(800 * 86400_000)).toBe('2.1 y');
    expect(formatDuration(-1)).toBe('—');
    expect(formatDelta(99.96, 99.9)).toEqual({ text: '+<0.1 pp', direction: 'up' });
    expect(formatDelta(50, 52.35)).toEqual({ text: '−2.3 pp', direction: 'down' });
    expect(profileName('arn:aws:iam::1:instance-profile/path/to/Web')).toBe('Web');
  });

  it('profileName reads any text as splitting at the marker and at slashes does', () => {
    const split = (arn: string | undefined) => {
      if (!arn) return '';
      const tail = arn.split(':instance-profile/')[1] ?? arn;
      return tail.split('/').pop() ?? tail;
    };
    const piece = fc.constantFrom(':instance-profile/', '/', ':', 'arn:aws:iam::1', 'Web', 'a/b', '');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), fc.string(), (parts, s) => {
        for (const arn of [parts.join(''), `${parts.join('')}${s}`, s])
          expect(profileName(arn)).toBe(split(arn));
      }),
    );
    expect(profileName(undefined)).toBe('');
    expect(profileName('arn:aws:iam::1:instance-profile/a:instance-profile/b/c')).toBe('a');
  });
});
