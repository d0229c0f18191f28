/**
 * What `mode: merge` believes of a shard report: nothing it cannot check. Each report is validated
 * against schemas/report.schema.json and its counts; each shard speaks only for its own accounts.
 * Run in-process through run() (mode: merge) from files in a workspace, so "nothing written" is checked.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/assess.js';
import type { Instance } from '../../src/model/types.js';
import { partition } from '../../src/org/shard.js';
import type { ShardReport } from '../../src/readback/shards.js';
import { buildJsonReport } from '../../src/report/json.js';
import { cleanupWorkspaces, runInProcess } from '../support/inprocess.js';
import { ACCOUNTS, options, orgInventory, shardReports } from './shard-fixtures.js';

afterEach(() => cleanupWorkspaces());

const files = (reports: Array<{ report: unknown }>, text?: (i: number) => string) =>
  Object.fromEntries(
    reports.map((r, i) => [`shards/shard-${i + 1}/report.json`, text?.(i) ?? JSON.stringify(r.report)]),
  );

async function merge(workspaceFiles: Record<string, string>) {
  const r = await runInProcess({
    inputs: { mode: 'merge', 'merge-reports': 'shards', 'job-summary': 'false', threshold: '0' },
    workspaceFiles,
  });
  const written = existsSync(join(r.workspace, 'imds-guard-report'))
    ? readdirSync(join(r.workspace, 'imds-guard-report'))
    : [];
  return { ...r, written };
}

describe('a shard speaks only for its own accounts', () => {
  it('refuses a shard that adds instances in another shard’s account, naming the instance and the account', async () => {
    const two = shardReports(2);
    // Shard 2 carries 1,000 compliant instances in an account of shard 1, its counts made consistent.
    const mine = partition(ACCOUNTS, 1, 2)[0];
    const inv = orgInventory(ACCOUNTS, { index: 2, count: 2 });
    const forged: Instance[] = Array.from({ length: 1000 }, (_, k) => ({
      instanceId: `i-${(0xf000000 + k).toString(16).padStart(17, '0')}`,
      accountId: mine,
      region: 'us-east-1',
      state: 'running',
      tags: {},
      publicIp: false,
      metadata: { httpTokens: 'required', httpEndpoint: 'enabled' },
    }));
    inv.instances.push(...forged);
    const report = {
      ...buildJsonReport(inv, assess(inv, options), { version: 't', generatedAt: 'now' }),
      shard: inv.shard,
    } as ShardReport;
    // The forged report is internally consistent (the totals count the forged instances).
    expect(report.totals.inScope).toBeGreaterThan(1000);
    const honest = await merge(files(two));
    expect(honest.error).toBeUndefined();
    const r = await merge(files([two[0], { report }]));
    expect(r.error?.message).toMatch(
      new RegExp(
        `shards/shard-2/report\\.json \\(shard 2/2\\): /instances/\\d+ \\(instance ${forged[0].instanceId}\\) is in account ${mine}, which is not one of this shard's accounts`,
      ),
    );
    expect(r.error).not.toBeInstanceOf(TypeError);
    expect(r.written).toEqual([]);
  });

  it('refuses a posture record of another shard’s account', async () => {
    const two = shardReports(2);
    const other = partition(ACCOUNTS, 1, 2)[0];
    const report = structuredClone(two[1].report);
    report.posture!.accountDefaults[0].accountId = other;
    const r = await merge(files([two[0], { report }]));
    expect(r.error?.message).toMatch(
      new RegExp(`/posture/accountDefaults/0 \\(a record\\) is in account ${other}, which is not one of`),
    );
    expect(r.written).toEqual([]);
  });
});

describe('a corrupt shard is a named error, never a TypeError, and nothing is written', () => {
  const cases: Array<[string, (r: Record<string, unknown>) => void, RegExp]> = [
    ['instances: [null]', (r) => (r.instances = [null]), /\/instances\/0 is not an object/],
    ['instances: [{}]', (r) => (r.instances = [{}]), /\/instances\/0 is missing 'instanceId'/],
    [
      'metadata: null',
      (r) => ((r.instances as Array<Record<string, unknown>>)[0].metadata = null),
      /\/instances\/0\/metadata is not an object/,
    ],
    ['regions: [null]', (r) => (r.regions = [null]), /\/regions\/0 is not an object/],
    ['posture: "garbage"', (r) => (r.posture = 'garbage'), /\/posture is not an object/],
    [
      'posture.accountDefaults: garbage',
      (r) => ((r.posture as Record<string, unknown>).accountDefaults = { x: 1 }),
      /\/posture\/accountDefaults is not an array/,
    ],
    ['autoScalingGroups: [7]', (r) => (r.autoScalingGroups = [7]), /\/autoScalingGroups\/0 is not an object/],
    ['autoScalingGroups: {}', (r) => (r.autoScalingGroups = {}), /\/autoScalingGroups is not an array/],
    ['v1Usage: []', (r) => (r.v1Usage = []), /\/v1Usage is not an object/],
    [
      'v1Usage: { errors: null }',
      (r) => (r.v1Usage = { days: 1, errors: null }),
      /\/v1Usage is missing 'from'/,
    ],
    [
      'metadata: null (via root)',
      (r) => (r.metadata = null),
      /has a field this version does not write \('metadata'\)/,
    ],
    [
      'totals that do not add up',
      (r) => ((r.totals as Record<string, number>).compliant += 1),
      /\/totals\/compliant says \d+ compliant, not \d+, which its instances do not add up to/,
    ],
  ];
  it.each(cases)('%s', async (_, corrupt, message) => {
    const three = shardReports(3);
    const bad = structuredClone(three[1].report) as unknown as Record<string, unknown>;
    corrupt(bad);
    const r = await merge(files([three[0], { report: bad }, three[2]]));
    expect(r.error?.name).not.toBe('TypeError');
    expect(r.error?.message).toMatch(/^shards\/shard-2\/report\.json: /);
    expect(r.error?.message).toMatch(message);
    expect(r.error?.message).toMatch(/Use a report\.json written by IMDS Guard, unedited\./);
    expect(r.written).toEqual([]);
  });

  it('a report that is not JSON: the error gives a position, never the text', async () => {
    const three = shardReports(3);
    const r = await merge(
      files(three, (i) => (i === 1 ? 'SECRET_TOKEN=hunter2 {' : JSON.stringify(three[i].report))),
    );
    expect(r.error?.message).toMatch(
      /shards\/shard-2\/report\.json is not JSON \(invalid JSON( at character \d+)?\)/,
    );
    expect(r.error?.message).not.toContain('hunter2');
    expect(r.written).toEqual([]);
  });

  it('hostile field names are not echoed', async () => {
    const three = shardReports(3);
    const bad = structuredClone(three[1].report) as unknown as Record<string, unknown>;
    bad['::error::pwned\nx'] = 1;
    const r = await merge(files([three[0], { report: bad }, three[2]]));
    expect(r.error?.message).toMatch(/has a field this version does not write \('…'\)/);
    expect(r.error?.message).not.toContain('pwned');
  });
});
