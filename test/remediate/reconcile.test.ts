/**
 * Write-ahead change log: pairing intents with outcomes, judging an unresolved intent from a fresh
 * read (pure), reconciling with fake readers, and rollback plans built from reconciled, unknown,
 * launch-template and account-default records.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/assess/plan-file.js';
import { buildRollbackPlan } from '../../src/assess/rollback.js';
import { silentLog } from '../../src/log.js';
import type { ChangeRecord, MetadataOptions } from '../../src/model/types.js';
import { outcomes, reconcileRecord, unresolvedIntents } from '../../src/remediate/changelog.js';
import { reconcileIntents } from '../../src/remediate/reconcile.js';

const V1: MetadataOptions = {
  httpTokens: 'optional',
  httpPutResponseHopLimit: 1,
  httpEndpoint: 'enabled',
  httpProtocolIpv6: 'disabled',
  instanceMetadataTags: 'disabled',
};
const V2: MetadataOptions = { ...V1, httpTokens: 'required' };
const LT = 'lt-0123456789abcdef0';

const rec = (over: Partial<ChangeRecord> = {}): ChangeRecord => ({
  time: '2026-03-01T10:00:00.000Z',
  runId: '100',
  mode: 'apply',
  kind: 'instance',
  accountId: '111111111111',
  region: 'us-east-1',
  resourceId: 'i-0123456789abcdef0',
  before: V1,
  after: V2,
  result: 'applied',
  planDigest: 'sha256:x',
  ...over,
});
const intent = (over: Partial<ChangeRecord> = {}) => rec({ result: 'started', ...over });
const by = { runId: '200', time: '2026-03-02T00:00:00.000Z' };

describe('pairing intents with outcomes', () => {
  it('an intent followed by its outcome is resolved; one without is not', () => {
    const log = [
      intent({ resourceId: 'i-0000000000000000a' }),
      rec({ resourceId: 'i-0000000000000000a' }),
      intent({ resourceId: 'i-0000000000000000b' }),
      intent({ resourceId: 'i-0000000000000000c', runId: '99' }),
      rec({ resourceId: 'i-0000000000000000c', runId: '100' }), // another run: does not pair
    ];
    expect(unresolvedIntents(log).map((r) => r.resourceId)).toEqual([
      'i-0000000000000000b',
      'i-0000000000000000c',
    ]);
    expect(outcomes(log)).toHaveLength(2);
  });

  it('a launch template writes two intents; the last one stands, an outcome closes both', () => {
    const a = intent({ kind: 'launch-template', resourceId: LT, beforeVersion: 3 });
    const b = intent({ kind: 'launch-template', resourceId: LT, beforeVersion: 3, afterVersion: 4 });
    expect(unresolvedIntents([a, b])).toEqual([b]);
    expect(unresolvedIntents([a, b, rec({ kind: 'launch-template', resourceId: LT })])).toEqual([]);
  });

  it('a reconciling outcome (appended later, runId of the intent) resolves it', () => {
    const i = intent();
    const r = reconcileRecord(i, { state: V2 }, by);
    expect(unresolvedIntents([i, r])).toEqual([]);
  });
});

describe('reconcileRecord', () => {
  it('instance: AWS shows the intended state → applied, keeps the before-state for rollback', () => {
    const r = reconcileRecord(intent(), { state: { ...V2, state: 'applied' } }, by);
    expect(r).toMatchObject({ result: 'applied', runId: '100', reconciledBy: '200', before: V1, after: V2 });
    expect(r.errorMessage).toMatch(/outcome unknown — state re-read by run 200: the change was made/);
  });
  it('instance: AWS shows the before-state → failed/NotApplied', () => {
    const r = reconcileRecord(intent(), { state: V1 }, by);
    expect(r).toMatchObject({ result: 'failed', errorCode: 'NotApplied', before: V1, after: V1 });
  });
  it('instance: neither → drifted/OutcomeUnknown; gone → skipped', () => {
    expect(reconcileRecord(intent(), { state: { ...V1, httpEndpoint: 'disabled' } }, by)).toMatchObject({
      result: 'drifted',
      errorCode: 'OutcomeUnknown',
    });
    expect(reconcileRecord(intent(), undefined, by)).toMatchObject({
      result: 'skipped',
      before: {},
      after: {},
    });
  });
  it('launch template: judged on the default version', () => {
    const i = intent({ kind: 'launch-template', resourceId: LT, beforeVersion: 3, afterVersion: 4 });
    expect(reconcileRecord(i, { state: V2, version: 4 }, by)).toMatchObject({
      result: 'applied',
      beforeVersion: 3,
      afterVersion: 4,
    });
    expect(reconcileRecord(i, { state: V1, version: 3 }, by)).toMatchObject({
      result: 'failed',
      errorCode: 'NotApplied',
      beforeVersion: 3,
      afterVersion: 3,
    });
    const early = intent({ kind: 'launch-template', resourceId: LT, beforeVersion: 3 });
    expect(reconcileRecord(early, { state: V1, version: 3 }, by).errorMessage).toMatch(/not the default/);
    expect(reconcileRecord(early, { state: V1, version: 7 }, by).result).toBe('drifted');
  });
  it('account defaults: absent fields are no preference', () => {
    const i = intent({
      kind: 'account-defaults',
      resourceId: 'account-defaults',
      before: { httpPutResponseHopLimit: 2 },
      after: { httpTokens: 'required', httpPutResponseHopLimit: 2 },
    });
    expect(
      reconcileRecord(i, { state: { httpTokens: 'required', httpPutResponseHopLimit: 2 } }, by).result,
    ).toBe('applied');
    expect(reconcileRecord(i, { state: { httpPutResponseHopLimit: 2 } }, by).result).toBe('failed');
  });
});

describe('reconcileIntents (fake readers)', () => {
  it('re-reads per kind, batches instances per region, leaves other accounts unsettled', async () => {
    const calls: string[] = [];
    const res = await reconcileIntents(
      [
        intent({ resourceId: 'i-0000000000000000a' }),
        intent({ resourceId: 'i-0000000000000000b' }),
        intent({ resourceId: 'i-0000000000000000c', accountId: '222222222222' }),
        intent({ kind: 'launch-template', resourceId: LT, beforeVersion: 1, afterVersion: 2 }),
        intent({
          kind: 'account-defaults',
          resourceId: 'account-defaults',
          region: 'eu-west-1',
          before: {},
          after: { httpTokens: 'required' },
        }),
      ],
      {
        instances: async (_a, region, ids) => {
          calls.push(`instances ${region} ${ids.length}`);
          return new Map([['i-0000000000000000a', V2]]);
        },
        launchTemplate: async () => ({ state: V2, version: 2 }),
        accountDefaults: async () => {
          throw new Error('AccessDenied');
        },
      },
      {
        runId: '200',
        now: () => new Date('2026-03-02T00:00:00Z'),
        accountId: '111111111111',
        log: silentLog,
      },
    );
    expect(calls).toEqual(['instances us-east-1 2']);
    expect(res.records.map((r) => [r.resourceId, r.result])).toEqual([
      ['i-0000000000000000a', 'applied'],
      ['i-0000000000000000b', 'skipped'],
      [LT, 'applied'],
    ]);
    expect(res.unsettled.map((u) => u.why)).toEqual([
      expect.stringMatching(/not the signed-in account/),
      expect.stringMatching(/re-read failed: AccessDenied/),
    ]);
  });
});

describe('rollback plans from the write-ahead log', () => {
  const at = '2026-03-03T00:00:00.000Z';
  it('restores reconciled changes, and plans unresolved intents (drift check decides)', () => {
    const a = intent({ resourceId: 'i-0000000000000000a' });
    const b = intent({ resourceId: 'i-0000000000000000b' });
    const log = [a, b, reconcileRecord(a, { state: V2 }, by)];
    const { plan } = buildRollbackPlan(log, { run: '100' }, at);
    expect(plan.items.map((i) => [i.resourceId, i.after])).toEqual([
      ['i-0000000000000000a', { httpTokens: 'optional' }],
      ['i-0000000000000000b', { httpTokens: 'optional' }],
    ]);
    expect(plan.items[0].reason).toMatch(/reconciled by run 200/);
    expect(plan.items[1].reason).toMatch(/outcome unknown/);
    expect(plan.items[1].before).toEqual(V2);
    expect(() => parsePlan(JSON.stringify(plan), 'p')).not.toThrow();
  });

  it('launch template: sets the default version back; account defaults: exact values, no-preference where unset', () => {
    const log = [
      rec({
        kind: 'launch-template',
        resourceId: LT,
        before: V1,
        after: V2,
        beforeVersion: 3,
        afterVersion: 4,
      }),
      rec({
        kind: 'account-defaults',
        resourceId: 'account-defaults',
        before: { httpPutResponseHopLimit: 2, httpEndpoint: 'enabled' },
        after: { httpTokens: 'required', httpPutResponseHopLimit: 2, httpEndpoint: 'enabled' },
      }),
      rec({
        kind: 'account-defaults',
        resourceId: 'account-defaults',
        region: 'eu-west-1',
        before: { httpTokens: 'optional' },
        after: { httpTokens: 'required' },
      }),
    ];
    const { plan } = buildRollbackPlan(log, { run: 'last' }, at);
    const lt = plan.items.find((i) => i.kind === 'launch-template')!;
    expect(lt).toMatchObject({ beforeVersion: 4, afterVersion: 3 });
    const d = plan.items.filter((i) => i.kind === 'account-defaults');
    expect(d.map((i) => [i.region, i.before, i.after])).toEqual([
      ['eu-west-1', { httpTokens: 'required' }, { httpTokens: 'optional' }],
      [
        'us-east-1',
        { httpTokens: 'required', httpPutResponseHopLimit: 2, httpEndpoint: 'enabled' },
        { httpTokens: 'no-preference' },
      ],
    ]);
    expect(() => parsePlan(JSON.stringify(plan), 'p')).not.toThrow();
  });

  it("'last' never picks a rollback run", () => {
    const log = [rec({ runId: '1' }), rec({ runId: '2', mode: 'rollback', before: V2, after: V1 })];
    expect(buildRollbackPlan(log, { run: 'last' }, at).runId).toBe('1');
  });
});
