/**
 * Launch-template and account-default remediation, the pure parts: what is planned or held back and
 * why, the carried-over MetadataOptions block, the ModifyInstanceMetadataDefaults input, pacing spec.
 */
import { describe, expect, it } from 'vitest';
import { buildPostureItems, type PosturePlanInput } from '../../src/assess/plan.js';
import { parsePlan, sealPlan } from '../../src/assess/plan-file.js';
import { applyDefaultsChange, defaultsDrift } from '../../src/model/metadata.js';
import type { Instance, LaunchTemplateInfo } from '../../src/model/types.js';
import {
  defaultsInput,
  METADATA_DEFAULTS_BUCKET,
  newVersionMetadata,
  versionClientToken,
} from '../../src/remediate/apply-posture.js';

const A = '111111111111';
const lt = (id: string, over: Partial<LaunchTemplateInfo> = {}): LaunchTemplateInfo => ({
  accountId: A,
  region: 'us-east-1',
  launchTemplateId: id,
  name: `t-${id.slice(-2)}`,
  defaultVersion: { versionNumber: 2, httpTokens: 'optional', httpPutResponseHopLimit: 2 },
  latestVersion: { versionNumber: 3, httpTokens: 'optional' },
  instancesUsing: 0,
  autoScalingGroups: [],
  ...over,
});
const inst = (id: string, templateId: string, tokens = 'optional'): Instance => ({
  instanceId: id,
  accountId: A,
  region: 'us-east-1',
  state: 'running',
  tags: {},
  publicIp: false,
  metadata: { httpTokens: tokens, httpEndpoint: 'enabled' },
  launchTemplateId: templateId,
});

const input = (over: Partial<PosturePlanInput> = {}): PosturePlanInput => ({
  targets: ['launch-templates', 'account-defaults'],
  remediation: 'require-v2',
  accountDefaults: [],
  launchTemplates: [],
  postureErrors: [],
  instances: [],
  v1UsageDays: 14,
  ...over,
});

describe('posture plan', () => {
  it('plans templates that allow IMDSv1 from their default version; skips compliant ones', () => {
    const { items } = buildPostureItems(
      input({
        launchTemplates: [
          lt('lt-0000000000000000a'),
          lt('lt-0000000000000000b', {
            defaultVersion: { versionNumber: 1, httpTokens: 'required' },
            latestVersion: { versionNumber: 1, httpTokens: 'required' },
          }),
        ],
      }),
      new Map(),
      false,
    );
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      kind: 'launch-template',
      resourceId: 'lt-0000000000000000a',
      beforeVersion: 2,
      before: { httpTokens: 'optional', httpPutResponseHopLimit: 2 },
      after: { httpTokens: 'required' },
    });
    expect(items[0].reason).toMatch(/new version from default version 2/);
  });

  it('holds back a template whose launched instances still use IMDSv1 or are unmeasured', () => {
    const templates = [lt('lt-0000000000000000a'), lt('lt-0000000000000000b'), lt('lt-0000000000000000c')];
    const instances = [
      inst('i-0000000000000000a', 'lt-0000000000000000a'),
      inst('i-0000000000000000b', 'lt-0000000000000000b'),
      inst('i-0000000000000000c', 'lt-0000000000000000c'),
      inst('i-0000000000000000d', 'lt-0000000000000000c', 'required'), // cannot call v1: not evidence
    ];
    const usage = new Map([
      ['i-0000000000000000a', { v1Calls: 7 }],
      ['i-0000000000000000c', { v1Calls: 0 }],
    ]);
    const r = buildPostureItems(input({ launchTemplates: templates, instances }), usage, false);
    expect(r.items.map((i) => i.resourceId)).toEqual(['lt-0000000000000000c']);
    expect(r.heldBack.map((h) => [h.resourceId, h.reason])).toEqual([
      ['lt-0000000000000000a', expect.stringMatching(/still use IMDSv1: 7 MetadataNoToken calls in 14 days/)],
      ['lt-0000000000000000b', expect.stringMatching(/usage of 1 instance\(s\) launched from it unknown/)],
    ]);
    const anyway = buildPostureItems(input({ launchTemplates: templates, instances }), usage, true);
    expect(anyway.items).toHaveLength(3);
  });

  it('account defaults: plans no-preference/optional regions, holds back declarative-policy and unreadable ones', () => {
    const r = buildPostureItems(
      input({
        accountDefaults: [
          { accountId: A, region: 'us-east-1', managedBy: 'account' },
          { accountId: A, region: 'us-west-2', httpTokens: 'optional', httpPutResponseHopLimit: 2 },
          { accountId: A, region: 'eu-west-1', httpTokens: 'optional', managedBy: 'declarative-policy' },
          { accountId: A, region: 'eu-north-1', httpTokens: 'required' },
        ],
        postureErrors: [
          {
            accountId: A,
            region: 'ap-south-1',
            operation: 'GetInstanceMetadataDefaults',
            code: 'AccessDenied',
            message: 'x',
          },
        ],
      }),
      new Map(),
      false,
    );
    expect(r.items.map((i) => [i.region, i.before, i.after])).toEqual([
      ['us-east-1', {}, { httpTokens: 'required' }],
      ['us-west-2', { httpTokens: 'optional', httpPutResponseHopLimit: 2 }, { httpTokens: 'required' }],
    ]);
    expect(r.heldBack.map((h) => [h.region, h.reason])).toEqual([
      ['ap-south-1', expect.stringMatching(/could not be read \(AccessDenied\)/)],
      ['eu-west-1', expect.stringMatching(/declarative policy: cannot be changed from the account/)],
    ]);
  });

  it('plans nothing beyond instances with another remediation or without the target', () => {
    const base = {
      launchTemplates: [lt('lt-0000000000000000a')],
      accountDefaults: [{ accountId: A, region: 'us-east-1' }],
    };
    expect(buildPostureItems(input({ ...base, remediation: 'disable' }), new Map(), false).items).toEqual([]);
    expect(
      buildPostureItems(input({ ...base, targets: ['account-defaults'] }), new Map(), false).items.map(
        (i) => i.kind,
      ),
    ).toEqual(['account-defaults']);
  });

  it('a plan with posture items round-trips through parsePlan; bad ids are refused', () => {
    const { items } = buildPostureItems(
      input({
        launchTemplates: [lt('lt-0000000000000000a')],
        accountDefaults: [{ accountId: A, region: 'us-east-1' }],
      }),
      new Map(),
      false,
    );
    const plan = sealPlan({
      schema: 'imds-guard/plan',
      version: 1,
      createdAt: '2026-03-01T00:00:00.000Z',
      scannedAt: '2026-03-01T00:00:00.000Z',
      mode: 'plan',
      remediation: 'require-v2',
      v1UsageDays: 14,
      items,
      heldBack: [],
    });
    expect(parsePlan(JSON.stringify(plan), 'p').items).toHaveLength(2);
    const bad = { ...plan, items: [{ ...items[0], resourceId: 'lt-x' }] };
    expect(() => parsePlan(JSON.stringify(bad), 'p')).toThrow(/not a launch template id/);
    const noVersion = { ...plan, items: [{ ...items[0], beforeVersion: undefined }] };
    expect(() => parsePlan(JSON.stringify(noVersion), 'p')).toThrow(/beforeVersion/);
  });
});

describe('posture apply, pure parts', () => {
  it('the new version carries over every metadata field of the source (the block replaces the inherited one)', () => {
    expect(
      newVersionMetadata(
        {
          httpTokens: 'optional',
          httpPutResponseHopLimit: 3,
          httpEndpoint: 'enabled',
          httpProtocolIpv6: 'enabled',
          instanceMetadataTags: 'enabled',
        },
        { httpTokens: 'required' },
      ),
    ).toEqual({
      HttpTokens: 'required',
      HttpPutResponseHopLimit: 3,
      HttpEndpoint: 'enabled',
      HttpProtocolIpv6: 'enabled',
      InstanceMetadataTags: 'enabled',
    });
    expect(newVersionMetadata({}, { httpTokens: 'required' })).toEqual({ HttpTokens: 'required' });
  });

  it('ModifyInstanceMetadataDefaults gets only the changed fields; no-preference and -1 clear', () => {
    expect(defaultsInput({ httpTokens: 'required' })).toEqual({ HttpTokens: 'required' });
    expect(defaultsInput({ httpTokens: 'no-preference', httpPutResponseHopLimit: -1 }, true)).toEqual({
      HttpTokens: 'no-preference',
      HttpPutResponseHopLimit: -1,
      DryRun: true,
    });
    expect(
      applyDefaultsChange(
        { httpTokens: 'required', httpPutResponseHopLimit: 2 },
        { httpTokens: 'no-preference' },
      ),
    ).toEqual({
      httpPutResponseHopLimit: 2,
    });
    expect(defaultsDrift({ httpTokens: 'no-preference' }, {})).toEqual([]);
    expect(defaultsDrift({}, { httpTokens: 'optional' })).toEqual(['httpTokens']);
  });

  it('paces ModifyInstanceMetadataDefaults at EC2’s 2 burst / 2 per second; version tokens are stable', () => {
    expect(METADATA_DEFAULTS_BUCKET).toEqual({ burst: 2, refillPerSecond: 2 });
    const t = versionClientToken('sha256:a', '1', 'lt-0000000000000000a');
    expect(t).toBe(versionClientToken('sha256:a', '1', 'lt-0000000000000000a'));
    expect(t).not.toBe(versionClientToken('sha256:a', '2', 'lt-0000000000000000a'));
    expect(t.length).toBeLessThanOrEqual(64);
  });
});
