import { describe, expect, it } from 'vitest';
import { buildPlan, type PlanInput, planCandidates, targetChange } from '../../src/assess/plan.js';
import { canonicalJson, checkPlan, parsePlan, planDigest } from '../../src/assess/plan-file.js';
import { buildRollbackPlan } from '../../src/assess/rollback.js';
import { applySelection, InputFileError, parseInstancesCsv } from '../../src/assess/selection.js';
import { driftOf, type Readiness } from '../../src/model/metadata.js';
import type { ChangeRecord, Instance, MetadataOptions, Selection } from '../../src/model/types.js';

const V1: MetadataOptions = {
  httpTokens: 'optional',
  httpPutResponseHopLimit: 1,
  httpEndpoint: 'enabled',
  httpProtocolIpv6: 'disabled',
  instanceMetadataTags: 'disabled',
  state: 'applied',
};

let n = 0;
function inst(over: Partial<Instance> & { metadata?: Partial<MetadataOptions> } = {}): Instance {
  n++;
  const id = over.instanceId ?? `i-${n.toString(16).padStart(17, '0')}`;
  return {
    instanceId: id,
    accountId: '111111111111',
    region: 'us-east-1',
    state: 'running',
    tags: {},
    publicIp: false,
    ...over,
    metadata: { ...V1, ...(over.metadata ?? {}) },
  };
}

const none: Selection = { instances: [], tags: [], excludeInstances: [], excludeTags: [] };

function input(instances: Instance[], over: Partial<PlanInput> = {}): PlanInput {
  return {
    instances,
    selection: none,
    policy: { remediation: 'require-v2' },
    exceptions: { enabled: true, tagKey: 'imds-guard:exempt' },
    today: '2026-03-01',
    includeStopped: true,
    createdAt: '2026-03-01T10:00:00.000Z',
    scannedAt: '2026-03-01T09:59:00.000Z',
    v1UsageDays: 14,
    ...over,
  };
}

const zero = (ids: Instance[]) => new Map<string, Readiness>(ids.map((i) => [i.instanceId, { v1Calls: 0 }]));

describe('targetChange', () => {
  it.each([
    ['require-v2 on v1', 'require-v2', undefined, {}, { httpTokens: 'required' }],
    ['require-v2 already v2', 'require-v2', undefined, { httpTokens: 'required' }, undefined],
    [
      'require-v2 never re-enables a disabled endpoint',
      'require-v2',
      undefined,
      { httpEndpoint: 'disabled' },
      { httpTokens: 'required' },
    ],
    [
      'require-v2 disabled + required: nothing',
      'require-v2',
      undefined,
      { httpEndpoint: 'disabled', httpTokens: 'required' },
      undefined,
    ],
    ['require-v2 + hop 2', 'require-v2', 2, {}, { httpTokens: 'required', httpPutResponseHopLimit: 2 }],
    ['hop policy alone on v2', 'require-v2', 2, { httpTokens: 'required' }, { httpPutResponseHopLimit: 2 }],
    ['hop already right', 'require-v2', 1, { httpTokens: 'required' }, undefined],
    ['disable never touches tokens', 'disable', undefined, {}, { httpEndpoint: 'disabled' }],
    [
      'disable on v2 keeps required',
      'disable',
      undefined,
      { httpTokens: 'required' },
      { httpEndpoint: 'disabled' },
    ],
    ['disable already disabled', 'disable', undefined, { httpEndpoint: 'disabled' }, undefined],
    ['allow-v1', 'allow-v1', undefined, { httpTokens: 'required' }, { httpTokens: 'optional' }],
    [
      'allow-v1 never enables endpoint',
      'allow-v1',
      undefined,
      { httpTokens: 'optional', httpEndpoint: 'disabled' },
      undefined,
    ],
  ] as const)('%s', (_name, remediation, hopLimit, before, expected) => {
    expect(targetChange({ ...V1, ...before }, { remediation, hopLimit })).toEqual(expected);
  });
});

describe('selection', () => {
  it('parses CSV with BOM, blank lines, region column, and validates ids naming the line', () => {
    const rows = parseInstancesCsv(
      '\uFEFFinstance_id,region\n\ni-0123456789abcdef0,us-east-1\n\ni-01234567,\n',
      'x.csv',
    );
    expect(rows).toEqual([
      { instanceId: 'i-0123456789abcdef0', region: 'us-east-1' },
      { instanceId: 'i-01234567' },
    ]);
    expect(() => parseInstancesCsv('instance_id\ni-0123456789abcdef0\n\ni-nothex\n', 'sel.csv')).toThrow(
      /sel\.csv:4: 'i-nothex' is not an instance id/,
    );
    expect(() => parseInstancesCsv('i-0123456789abcdef0\n', 'a.csv')).toThrow(/a\.csv:1: has no header line/);
    expect(() => parseInstancesCsv('id,region\ni-0123456789abcdef0,mars-1\n', 'b.csv')).toThrow(
      InputFileError,
    );
    expect(() => parseInstancesCsv('\n\n', 'c.csv')).toThrow(/c\.csv: is empty/);
  });

  it('matches tags on key and value (not value alone), all filters must match, exclusions win', () => {
    const a = inst({ tags: { Env: 'prod', Team: 'a' } });
    const b = inst({ tags: { Owner: 'prod' } }); // Metabadger's value-only match would pick this
    const c = inst({ tags: { Env: 'prod', Team: 'b' } });
    const d = inst({ tags: { Env: 'prod', Team: 'a', Keep: 'yes' } });
    const r = applySelection([a, b, c, d], {
      ...none,
      tags: [
        { key: 'Env', value: 'prod' },
        { key: 'Team', value: 'a' },
      ],
      excludeTags: [{ key: 'Keep' }],
    });
    expect(r.selected.map((i) => i.instanceId)).toEqual([a.instanceId]);
    expect(r.excluded[0].reason).toMatch(/excluded by tags \(!Keep\)/);
  });

  it('reports named ids that were not found, and honours the file region', () => {
    const a = inst({ region: 'eu-west-1' });
    const r = applySelection([a], { ...none, instances: ['i-0000000000000dead'] }, [
      { instanceId: a.instanceId, region: 'us-east-1' },
    ]);
    expect(r.selected).toEqual([]);
    expect(r.notFound.map((x) => x.instanceId).sort()).toEqual([a.instanceId, 'i-0000000000000dead'].sort());
  });
});

describe('plan', () => {
  it('plans only instances that change, holds back v1 users, exempt and pending instances', () => {
    const v1 = inst({ name: 'web' });
    const busy = inst();
    const v2 = inst({ metadata: { httpTokens: 'required' } });
    const exempt = inst({ tags: { 'imds-guard:exempt': 'legacy agent; expires=2026-12-31' } });
    const expired = inst({ tags: { 'imds-guard:exempt': 'old; expires=2025-01-01' } });
    const pending = inst({ metadata: { state: 'pending' } });
    const gone = inst({ state: 'terminated' });
    const all = [v1, busy, v2, exempt, expired, pending, gone];
    const inp = input(all);
    const cands = planCandidates(inp);
    const usage = zero(all);
    usage.set(busy.instanceId, { v1Calls: 42 });
    const plan = buildPlan(inp, cands, usage, false);
    expect(plan.items.map((i) => i.resourceId).sort()).toEqual([v1.instanceId, expired.instanceId].sort());
    const item = plan.items.find((i) => i.resourceId === v1.instanceId)!;
    expect(item).toMatchObject({
      after: { httpTokens: 'required' },
      v1Calls: 0,
      name: 'web',
      accountId: '111111111111',
    });
    expect(item.before).toEqual({
      httpTokens: 'optional',
      httpPutResponseHopLimit: 1,
      httpEndpoint: 'enabled',
      httpProtocolIpv6: 'disabled',
      instanceMetadataTags: 'disabled',
    });
    expect(plan.items.find((i) => i.resourceId === expired.instanceId)!.reason).toMatch(
      /exception expired 2025-01-01/,
    );
    const held = Object.fromEntries(plan.heldBack.map((h) => [h.resourceId, h.reason]));
    expect(held[busy.instanceId]).toMatch(/still using IMDSv1: 42 MetadataNoToken calls in 14 days/);
    expect(held[exempt.instanceId]).toMatch(/exempt: legacy agent \(until 2026-12-31\)/);
    expect(held[pending.instanceId]).toMatch(/pending/);
    expect(cands.expiredExceptions.map((e) => e.instance.instanceId)).toEqual([expired.instanceId]);

    // include-in-use plans the busy one, saying why.
    const all2 = buildPlan(inp, cands, usage, true);
    expect(all2.items.find((i) => i.resourceId === busy.instanceId)?.reason).toMatch(/include-in-use/);
  });

  it('exceptions are not honoured when exceptions: false', () => {
    const exempt = inst({ tags: { 'imds-guard:exempt': 'legacy agent' } });
    const inp = input([exempt], { exceptions: { enabled: false, tagKey: 'imds-guard:exempt' } });
    const plan = buildPlan(inp, planCandidates(inp), zero([exempt]), false);
    expect(plan.items).toHaveLength(1);
    expect(plan.items[0].reason).toMatch(/exceptions: false/);
  });

  it('holds back instances whose readiness could not be measured', () => {
    const a = inst();
    const inp = input([a]);
    const plan = buildPlan(
      inp,
      planCandidates(inp),
      new Map([[a.instanceId, { error: 'AccessDenied' }]]),
      false,
    );
    expect(plan.items).toEqual([]);
    expect(plan.heldBack[0].reason).toMatch(/unknown \(AccessDenied\)/);
  });

  it('does not need readiness to require v2 behind a disabled endpoint', () => {
    const a = inst({ metadata: { httpEndpoint: 'disabled' } });
    const inp = input([a]);
    const plan = buildPlan(inp, planCandidates(inp), new Map(), false);
    expect(plan.items[0].after).toEqual({ httpTokens: 'required' });
    expect(plan.items[0].v1Calls).toBeUndefined();
  });

  it('digest: canonical, detects tampering, refuses stale plans', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: undefined }] })).toBe('{"a":[{"d":2}],"b":1}');
    const a = inst();
    const inp = input([a]);
    const plan = buildPlan(inp, planCandidates(inp), zero([a]), false);
    const text = JSON.stringify(plan, null, 2);
    const parsed = parsePlan(text, 'p.json');
    expect(planDigest(parsed)).toBe(plan.digest);
    expect(checkPlan(parsed, 'p.json', new Date('2026-03-01T12:00:00Z'), 24, plan.digest)).toBeUndefined();
    expect(checkPlan(parsed, 'p.json', new Date('2026-03-03T12:00:00Z'), 24, plan.digest)).toMatch(
      /older than plan-max-age-hours/,
    );
    const tampered = JSON.parse(text);
    tampered.items[0].after.httpTokens = 'optional';
    tampered.items[0].before.httpTokens = 'required';
    expect(
      checkPlan(
        parsePlan(JSON.stringify(tampered), 'p.json'),
        'p.json',
        new Date('2026-03-01T12:00:00Z'),
        24,
        planDigest(parsePlan(JSON.stringify(tampered), 'p.json')),
      ),
    ).toMatch(/digest mismatch/);
    expect(() => parsePlan('{"schema":"x"}', 'p.json')).toThrow(/p\.json: not an IMDS Guard plan/);
    expect(() => parsePlan('nope', 'p.json')).toThrow(/p\.json: is not JSON/);
  });

  it('drift compares every metadata field but not State', () => {
    expect(driftOf(V1, { ...V1, state: 'pending' })).toEqual([]);
    expect(driftOf(V1, { ...V1, httpPutResponseHopLimit: 2 })).toEqual(['httpPutResponseHopLimit']);
  });
});

describe('rollback plan', () => {
  const rec = (over: Partial<ChangeRecord>): ChangeRecord => ({
    time: '2026-03-01T10:00:00.000Z',
    runId: '100',
    mode: 'apply',
    kind: 'instance',
    accountId: '111111111111',
    region: 'us-east-1',
    resourceId: 'i-0123456789abcdef0',
    before: { ...V1, httpPutResponseHopLimit: 3, httpProtocolIpv6: 'enabled' },
    after: { ...V1, httpPutResponseHopLimit: 2, httpProtocolIpv6: 'enabled', httpTokens: 'required' },
    result: 'applied',
    planDigest: 'sha256:x',
    ...over,
  });

  it('restores the exact before-state of applied records of the run, nothing else', () => {
    const records = [
      rec({ resourceId: 'i-0123456789abcdef2', runId: '99' }),
      rec({}),
      rec({ resourceId: 'i-0123456789abcdef1', result: 'failed' }),
    ];
    const { plan, runId } = buildRollbackPlan(records, { run: 'last' }, '2026-03-02T00:00:00.000Z');
    expect(runId).toBe('100');
    expect(plan.mode).toBe('rollback');
    expect(plan.items).toHaveLength(1);
    expect(plan.items[0].before).toMatchObject({ httpTokens: 'required', httpPutResponseHopLimit: 2 });
    expect(plan.items[0].after).toEqual({ httpTokens: 'optional', httpPutResponseHopLimit: 3 });
    expect(() => buildRollbackPlan(records, { run: '7' }, '2026-03-02T00:00:00.000Z')).toThrow(
      /run 7 has no applied/,
    );
  });
});
