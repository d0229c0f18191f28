/**
 * Staged waves, pure: the grammar, the assignment of items to waves, the digest covering
 * them, the structural check of a plan's waves, the 6-hour job limit, and progress read back from the
 * change log for resume.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan, planDigest, sealPlan } from '../../src/assess/plan-file.js';
import {
  instanceWaveCount,
  planProgress,
  planWithWaves,
  restoreItem,
  soakProblem,
  waveSoaked,
  withoutAutoRestored,
} from '../../src/assess/waves.js';
import type { ChangeRecord, Plan, PlanItem, WaveSettings, WaveSpec } from '../../src/model/types.js';
import { InputError, parseSettings } from '../../src/settings/parse.js';
import { parseWaves } from '../../src/settings/waves.js';

const V1 = {
  httpTokens: 'optional',
  httpPutResponseHopLimit: 1,
  httpEndpoint: 'enabled',
  httpProtocolIpv6: 'disabled',
  instanceMetadataTags: 'disabled',
};
const id = (n: number) => `i-${n.toString(16).padStart(17, '0')}`;

function item(n: number, region: string, accountId = '111111111111'): PlanItem {
  return {
    kind: 'instance',
    accountId,
    region,
    resourceId: id(n),
    before: { ...V1 },
    after: { httpTokens: 'required' },
    reason: 'allows IMDSv1',
  };
}

/** 10 instances in us-east-1, 6 in eu-west-1, 4 in ap-south-1 (sorted as buildPlan sorts them). */
function flatPlan(extra: PlanItem[] = []): Plan {
  const items = [
    ...Array.from({ length: 4 }, (_, k) => item(200 + k, 'ap-south-1')),
    ...Array.from({ length: 6 }, (_, k) => item(100 + k, 'eu-west-1')),
    ...Array.from({ length: 10 }, (_, k) => item(k + 1, 'us-east-1')),
    ...extra,
  ];
  return sealPlan({
    schema: 'imds-guard/plan',
    version: 1,
    createdAt: '2026-03-01T10:00:00.000Z',
    scannedAt: '2026-03-01T09:59:00.000Z',
    mode: 'plan',
    remediation: 'require-v2',
    v1UsageDays: 14,
    items,
    heldBack: [],
  });
}

const settings = (raw: string, soakMinutes = 15, failureBudget = 0): WaveSettings => ({
  raw,
  specs: parseWaves(raw) as WaveSpec[],
  soakMinutes,
  failureBudget,
});
const staged = (raw: string, tagOf?: (i: PlanItem, k: string) => string | undefined, base = flatPlan()) =>
  sealPlan(planWithWaves(base, settings(raw), tagOf));
const sizes = (p: Plan) => p.waves!.waves.map((w) => w.items);

describe('parseWaves', () => {
  it.each([
    ['canary:1-per-region,25%,100%', 3],
    ['2-per-account, 50', 2],
    ['pilot:1-per-tag:owner, rest', 2],
    ['5\n10\nrest', 3],
    ['10%,50%', 2],
  ])('%s', (raw, n) => {
    const specs = parseWaves(raw);
    expect(Array.isArray(specs), String(specs)).toBe(true);
    expect((specs as WaveSpec[]).length).toBe(n);
  });
  it('reads labels and tag keys (which may hold colons)', () => {
    expect(parseWaves('canary:2-per-tag:team:name')).toEqual([
      {
        text: 'canary:2-per-tag:team:name',
        label: 'canary',
        size: { kind: 'per-group', count: 2, by: 'tag', tagKey: 'team:name' },
      },
    ]);
  });
  it.each([
    ['', /empty/],
    ['canary', /is not a wave/],
    ['0-per-region', /at least 1/],
    ['50%,25%', /cumulative/],
    ['101%', /at most 100/],
    ['rest,10', /after rest/],
    ['1-per-az', /is not a wave/],
  ])('refuses %j', (raw, msg) => {
    expect(parseWaves(raw)).toMatch(msg);
  });
  it('counts the final rest wave a list that does not end with everything gets', () => {
    expect(instanceWaveCount(parseWaves('1-per-region,25%') as WaveSpec[])).toBe(3);
    expect(instanceWaveCount(parseWaves('1-per-region,25%,100%') as WaveSpec[])).toBe(3);
    expect(instanceWaveCount(parseWaves('5,rest') as WaveSpec[])).toBe(2);
  });
});

describe('planWithWaves', () => {
  it('canary of one per region, then cumulative percentages spread over the regions', () => {
    const p = staged('canary:1-per-region,50%,100%');
    expect(sizes(p)).toEqual([3, 7, 10]);
    const wave1 = p.items.filter((i) => i.wave === 1);
    expect(wave1.map((i) => i.region).sort()).toEqual(['ap-south-1', 'eu-west-1', 'us-east-1']);
    // The first of each region in plan order.
    expect(wave1.map((i) => i.resourceId).sort()).toEqual([id(1), id(100), id(200)].sort());
    // 50 % of 20 = 10 after wave 2: round-robin, so every region is in it.
    expect(new Set(p.items.filter((i) => i.wave === 2).map((i) => i.region)).size).toBe(3);
    expect(p.waves!.waves.map((w) => w.definition)).toEqual([
      'canary: 1 per region',
      'up to 50% of the instances',
      'up to 100% of the instances',
    ]);
    expect(p.items.every((i) => Number.isInteger(i.wave))).toBe(true);
    // The plan file reads back, waves checked.
    expect(parsePlan(JSON.stringify(p), 'p.json').waves).toEqual(p.waves);
  });

  it('a canary per tag value (untagged instances are one group), then the rest', () => {
    const owner = (i: PlanItem) =>
      Number.parseInt(i.resourceId.slice(2), 16) % 3 === 0
        ? undefined
        : `team-${Number.parseInt(i.resourceId.slice(2), 16) % 3}`;
    const p = staged('2-per-tag:owner', (i, k) => (k === 'owner' ? owner(i) : undefined));
    expect(sizes(p)).toEqual([6, 14]);
    const groups = p.items.filter((i) => i.wave === 1).map((i) => owner(i) ?? '-');
    expect(groups.sort()).toEqual(['-', '-', 'team-1', 'team-1', 'team-2', 'team-2']);
  });

  it('counts, an implicit final rest wave, and empty waves dropped', () => {
    expect(sizes(staged('5,5'))).toEqual([5, 5, 10]);
    // The canary already covers 10 %: the 10 % wave is empty and dropped, numbering stays 1, 2, 3…
    const p = staged('1-per-region,10%,rest');
    expect(sizes(p)).toEqual([3, 17]);
    expect(p.waves!.waves.map((w) => w.wave)).toEqual([1, 2]);
  });

  it('launch templates and account defaults change in a final wave without soak', () => {
    const defaults: PlanItem = {
      kind: 'account-defaults',
      accountId: '111111111111',
      region: 'us-east-1',
      resourceId: 'account-defaults',
      before: {},
      after: { httpTokens: 'required' },
      reason: 'x',
    };
    const p = staged('1-per-region,rest', undefined, flatPlan([defaults]));
    expect(p.waves!.waves.map((w) => [w.items, w.soak])).toEqual([
      [3, true],
      [17, true],
      [1, false],
    ]);
    expect(p.items.find((i) => i.kind === 'account-defaults')!.wave).toBe(3);
  });

  it('the digest covers the waves: editing a wave, the soak or the budget changes it', () => {
    const p = staged('canary:1-per-region,50%,100%');
    expect(p.digest).not.toBe(flatPlan().digest);
    const edits: Array<(q: Plan) => void> = [
      (q) => {
        q.items[0].wave = q.items[0].wave === 1 ? 2 : 1;
      },
      (q) => {
        q.waves!.soakMinutes = 1;
      },
      (q) => {
        q.waves!.failureBudget = 5;
      },
      (q) => {
        q.waves!.waves[0].definition = 'everything';
      },
    ];
    for (const edit of edits) {
      const q = structuredClone(p);
      edit(q);
      expect(planDigest(q)).not.toBe(p.digest);
    }
    expect(planDigest(structuredClone(p))).toBe(p.digest);
  });

  it('parsePlan refuses inconsistent waves', () => {
    const p = staged('canary:1-per-region,100%');
    const bad = (edit: (q: Plan) => void, msg: RegExp) => {
      const q = structuredClone(p);
      edit(q);
      expect(() => parsePlan(JSON.stringify(sealPlan(q)), 'p.json')).toThrow(msg);
    };
    bad((q) => {
      q.items[0].wave = 9;
    }, /wave 9 is not one of/);
    bad((q) => {
      q.waves!.waves[0].items = 1;
    }, /different number/);
    bad((q) => {
      q.waves!.soakMinutes = 200;
    }, /330 min/);
    bad((q) => {
      delete q.waves;
    }, /items name waves/);
  });
});

describe('the 6-hour job limit', () => {
  it('waves × soak must fit in 5.5 h', () => {
    expect(soakProblem(3, 110)).toBeUndefined();
    expect(soakProblem(3, 111)).toMatch(
      /3 wave\(s\) × 111 min soak = 333 min, more than the 330 min \(5\.5 h\)/,
    );
  });
  it('is an input error naming waves', () => {
    const read = (v: Record<string, string>) => (n: string) => v[n] ?? '';
    expect(() =>
      parseSettings(read({ mode: 'plan', waves: 'canary:1-per-region,25%,100%,soak=120' }), {}),
    ).toThrow(/waves.*360 min/);
    expect(() => parseSettings(read({ mode: 'plan', waves: '1-per-az' }), {})).toThrow(InputError);
    const s = parseSettings(
      read({ mode: 'plan', waves: 'canary:1-per-region,100%,soak=12.5,failure-budget=1' }),
      {},
    );
    expect(s.remediation.waves).toMatchObject({ soakMinutes: 12.5, failureBudget: 1 });
    expect(() =>
      parseSettings(read({ mode: 'plan', waves: 'canary:1-per-region,100%,soak=0.05' }), {}),
    ).toThrow(/'waves': soak=0\.05 is shorter than CloudWatch needs .* the minimum is soak=10/);
    expect(parseSettings(read({ mode: 'plan' }), {}).remediation.waves).toBeUndefined();
  });
});

describe('progress from the change log (resume)', () => {
  const p = staged('canary:1-per-region,100%');
  const w1 = p.items.filter((i) => i.wave === 1);
  const w2 = p.items.filter((i) => i.wave === 2);
  const rec = (
    it: PlanItem,
    result: ChangeRecord['result'],
    extra: Partial<ChangeRecord> = {},
  ): ChangeRecord => ({
    time: '2026-03-01T10:05:00.000Z',
    runId: '1',
    mode: 'apply',
    planDigest: p.digest,
    kind: 'instance',
    accountId: it.accountId,
    region: it.region,
    resourceId: it.resourceId,
    before: { ...V1 },
    after: { ...V1, httpTokens: 'required' },
    result,
    ...extra,
  });

  it('applied items are done, restored ones never re-applied, failed ones retried, open intents not resent', () => {
    const [a, b, c] = w1;
    const log: ChangeRecord[] = [
      rec(a, 'started'),
      rec(a, 'applied'),
      rec(b, 'started'),
      rec(b, 'applied'),
      rec(b, 'started', {
        before: { ...V1, httpTokens: 'required' },
        after: { ...V1 },
        autoRollback: {} as never,
      }),
      rec(b, 'applied', {
        before: { ...V1, httpTokens: 'required' },
        after: { ...V1 },
        autoRollback: {
          metric: 'MetadataNoTokenRejected',
          statistic: 'Sum',
          sum: 3,
          periodSeconds: 60,
          from: 'a',
          to: 'b',
          wave: 1,
          reason: 'r',
        },
      }),
      rec(c, 'started'),
      rec(c, 'failed', { errorCode: 'NotApplied' }),
      rec(w2[0], 'started'),
      { ...rec(w2[1], 'applied'), planDigest: 'sha256:other' },
    ];
    const progress = planProgress(p, log);
    expect(progress.get(a)).toMatchObject({ state: 'applied', at: '2026-03-01T10:05:00.000Z' });
    expect(progress.get(b)?.state).toBe('restored');
    expect(progress.get(c)?.state).toBe('todo');
    expect(progress.get(w2[0])).toEqual({ state: 'settled', result: 'unknown' });
    expect(progress.get(w2[1])?.state).toBe('todo'); // another plan's record does not count
    // Wave 1 soaked: a record of a wave-2 item proves the run went past its soak.
    expect(waveSoaked(p, 1, log)).toBe(true);
    expect(waveSoaked(p, 1, log.slice(0, 8))).toBe(false);
    // plan-rollback leaves out what the soak already restored.
    const { records, restored } = withoutAutoRestored(log);
    expect(restored.map((r) => r.resourceId)).toEqual([b.resourceId]);
    expect(records.some((r) => r.resourceId === b.resourceId)).toBe(false);
  });

  it('a restore sets back exactly the fields the change altered', () => {
    const it0 = { ...w1[0], after: { httpTokens: 'required', httpPutResponseHopLimit: 2 } };
    const r = restoreItem(it0, { ...V1 }, { ...V1, httpTokens: 'required', httpPutResponseHopLimit: 2 });
    expect(r.before).toEqual({ ...V1, httpTokens: 'required', httpPutResponseHopLimit: 2 });
    expect(r.after).toEqual({ httpTokens: 'optional', httpPutResponseHopLimit: 1 });
  });
});
