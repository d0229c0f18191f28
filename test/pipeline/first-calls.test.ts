/**
 * A scan's first DescribeInstances of each region goes out before any region's secondary reads (launch
 * posture, exposure, Auto Scaling), which are set up after one I/O poll (aws/collect.ts
 * `afterOnePoll`): the endpoint starts on the scan's critical path while the run sets up the
 * rest, instead of waiting for every region's calls to be set up first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateFleet } from '../emulator/fleet.js';
import { type Emulator, startEmulator } from '../emulator/index.js';
import { cleanupWorkspaces, emulatorEnv, runInProcess } from '../support/inprocess.js';

const KEY = 'AKIAFIRSTCALLS000001';
const REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-2', 'sa-east-1'];
/** The reads each region starts beside its scan: launch posture, Auto Scaling, exposure. */
const SECONDARY = new Set([
  'GetInstanceMetadataDefaults',
  'DescribeLaunchTemplateVersions',
  'DescribeAutoScalingGroups',
  'ListDetectors',
  'ListNotebookInstances',
  'DescribeEnvironments',
  'GetInstances',
]);
let emu: Emulator;

beforeAll(async () => {
  const w = generateFleet({ seed: 12, accounts: 1, regions: REGIONS, instancesPerRegion: 20 });
  w.accessKeys = { [KEY]: { account: w.accounts[0].id, role: 'IMDSGuardAudit' } };
  emu = await startEmulator({ world: w });
}, 30_000);
afterAll(async () => {
  cleanupWorkspaces();
  await emu?.close();
});

describe("the scan's first calls", () => {
  it("ask for every region's instances before any region's secondary reads", async () => {
    const r = await runInProcess({
      inputs: { regions: REGIONS.join(','), threshold: '0', comment: 'never', concurrency: '8' },
      env: emulatorEnv(emu.url, KEY),
    });
    expect(r.error).toBeUndefined();
    const log = emu.callLog;
    // The scan's calls: from the first one made in a scanned region's name, sign-in and the region
    // listing left out.
    const scan = log.filter(
      (c) => !['sts', 'organizations'].includes(c.service) && c.operation !== 'DescribeRegions',
    );
    const first = scan.findIndex((c) => c.operation === 'DescribeInstances');
    expect(first).toBeGreaterThanOrEqual(0);
    for (const region of REGIONS) {
      const calls = scan.filter((c) => c.region === region);
      expect(calls.length, region).toBeGreaterThan(3);
      expect(calls[0].operation, region).toBe('DescribeInstances');
    }
    // Every region's first page was asked for before the first secondary read of any region (the reads
    // that follow from the pages, AMIs and instance profiles, come when the pages do).
    const secondary = scan.findIndex((c) => SECONDARY.has(c.operation));
    expect(secondary).toBeGreaterThan(0);
    const lastFirstPage = Math.max(
      ...REGIONS.map((region) =>
        scan.findIndex((c) => c.region === region && c.operation === 'DescribeInstances'),
      ),
    );
    expect(lastFirstPage).toBeLessThan(secondary);
  });
});
