/**
 * Organization benchmark: `tsx scripts/bench/org.ts [--accounts 50] [--regions 17] [--per-region 20]
 * [--latency 20] [--concurrency 8] [--entry dist/index.js] [--json]`.
 *
 * Starts the loopback emulator (AWS token buckets on, a fixed latency per call) holding an
 * organization of N accounts × R regions, runs the Action (`accounts: organization`) exactly as the runner
 * does, and prints:
 *   - calls per operation against the minimum the APIs allow for that world;
 *   - wall time against the critical-path bound: with every call taking `latency` ms and at most
 *     `concurrency` (account, region) scans at once, no schedule finishes sooner than
 *       L · (1 sign-in + ⌈accounts/20⌉ ListAccounts pages
 *            + ⌈(accounts−1)/C⌉ AssumeRole rounds + ⌈accounts/C⌉ DescribeRegions rounds
 *            + Σ over rounds of the region scans of the longest chain in the round)
 *     where a region scan's chain is max(DescribeInstances pages, template pages, group pages, 1)
 *     + DescribeImages chunks (images wait for the instances).
 * The main bench (scripts/bench.ts) calls this with --json.
 */

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateFleet } from '../../test/emulator/fleet.js';
import { DEFAULT_REGIONS, startEmulator } from '../../test/emulator/index.js';
import type { WorldFixture } from '../../test/emulator/world.js';
import { runAction } from '../../test/support/runner.js';

const { values } = parseArgs({
  options: {
    accounts: { type: 'string', default: '50' },
    regions: { type: 'string', default: '17' },
    'per-region': { type: 'string', default: '20' },
    latency: { type: 'string', default: '20' },
    concurrency: { type: 'string', default: '8' },
    entry: { type: 'string', default: process.env.IMDS_GUARD_ENTRY ?? 'dist/index.js' },
    json: { type: 'boolean', default: false },
  },
});
const N = Number(values.accounts);
const R = Number(values.regions);
const PER = Number(values['per-region']);
const L = Number(values.latency);
const C = Number(values.concurrency);

const REGIONS = DEFAULT_REGIONS.slice(0, R);

const KEY = 'AKIABENCHORGMGMT0001';
const fixture: WorldFixture = generateFleet({
  seed: 2026,
  accounts: N,
  regions: REGIONS,
  instancesPerRegion: PER,
  enabledRegions: REGIONS,
});
const management = fixture.accounts[0].id;
fixture.accessKeys = { [KEY]: { account: management, role: 'IMDSGuardAudit' } };

/** The fewest calls that can collect this world, and the critical-path bound in calls. */
function minimum(world: WorldFixture, includeStopped: boolean) {
  const ceil = (a: number, b: number) => Math.ceil(a / b);
  const min: Record<string, number> = {
    GetCallerIdentity: 1,
    ListAccounts: ceil(world.accounts.length, 20),
    AssumeRole: world.accounts.length - 1,
    DescribeRegions: world.accounts.length,
    DescribeInstances: 0,
    GetInstanceMetadataDefaults: 0,
    DescribeLaunchTemplateVersions: 0,
    DescribeAutoScalingGroups: 0,
    DescribeImages: 0,
  };
  const chains: number[] = [];
  const states = includeStopped ? ['pending', 'running', 'stopping', 'stopped'] : ['pending', 'running'];
  for (const a of world.accounts) {
    for (const region of REGIONS) {
      const r = a.regions?.[region];
      const inScope = (r?.instances ?? []).filter((i) => states.includes(i.state));
      const ltRows = (r?.launchTemplates ?? []).reduce((n, t) => {
        const latest = Math.max(...t.versions.map((v) => v.versionNumber));
        return n + (latest === t.defaultVersion ? 1 : 2);
      }, 0);
      const instancePages = Math.max(1, ceil(inScope.length, 1000));
      const ltPages = Math.max(1, ceil(ltRows, 200));
      const groupPages = Math.max(1, ceil((r?.autoScalingGroups ?? []).length, 100));
      const imageIds = new Set(inScope.map((i) => i.imageId).filter(Boolean));
      const imageChunks = ceil(imageIds.size, 200);
      min.DescribeInstances += instancePages;
      min.GetInstanceMetadataDefaults += 1;
      min.DescribeLaunchTemplateVersions += ltPages;
      min.DescribeAutoScalingGroups += groupPages;
      min.DescribeImages += imageChunks;
      chains.push(Math.max(instancePages + imageChunks, ltPages, groupPages, 1));
    }
  }
  // Region scans run C at a time; a round lasts as long as its longest chain.
  chains.sort((a, b) => b - a);
  let scanRounds = 0;
  for (let i = 0; i < chains.length; i += C) scanRounds += chains[i];
  const criticalCalls =
    1 + min.ListAccounts + ceil(world.accounts.length - 1, C) + ceil(world.accounts.length, C) + scanRounds;
  return { min, criticalCalls };
}

const emu = await startEmulator({ world: fixture, latencyMs: L, throttle: true });

interface Report {
  durationMs: number;
  totals: { inScope: number; compliant: number };
  accounts: unknown[];
  regions: unknown[];
  posture?: { counts: unknown };
}

async function audit(latency: number) {
  emu.reset();
  emu.faults.setLatency(latency);
  const started = Date.now();
  const run = await runAction({
    entry: values.entry,
    inputs: {
      accounts: 'organization',
      concurrency: String(C),
      threshold: '0',
      'fail-on-scan-error': 'regions',
      comment: 'never',
    },
    env: {
      AWS_ENDPOINT_URL: emu.url,
      AWS_ACCESS_KEY_ID: KEY,
      AWS_SECRET_ACCESS_KEY: 'secret',
      AWS_REGION: 'us-east-1',
    },
    timeoutMs: 600_000,
  });
  const wallMs = Date.now() - started;
  try {
    if (run.exitCode !== 0) throw new Error(`the audit exited ${run.exitCode}:\n${run.stderr.slice(-2000)}`);
    const report = JSON.parse(
      await readFile(join(run.workspace, 'imds-guard-report', 'report.json'), 'utf8'),
    ) as Report;
    return { report, wallMs, calls: emu.counts() };
  } finally {
    run.cleanup();
  }
}

try {
  const { min, criticalCalls } = minimum(emu.world.data, true);
  const { report, wallMs, calls: emulatorCalls } = await audit(L);
  // The same scan with no latency: what the runner's one CPU needs (SDK signing and XML parsing).
  const floor = await audit(0);

  const ops = Object.keys(min);
  const calls = Object.fromEntries(ops.map((op) => [op, emulatorCalls[op] ?? 0]));
  const totalCalls = Object.values(emulatorCalls).reduce((a, b) => a + b, 0);
  const totalMin = Object.values(min).reduce((a, b) => a + b, 0);
  const boundMs = criticalCalls * L;
  const result = {
    scenario: `organization ${N} accounts × ${R} regions × ${PER} instances, latency ${L} ms, concurrency ${C}`,
    accounts: report.accounts.length,
    regions: report.regions.length,
    inScope: report.totals.inScope,
    calls: { total: totalCalls, minimum: totalMin, byOperation: calls, minimumByOperation: min },
    wall: {
      processMs: wallMs,
      scanMs: report.durationMs,
      criticalPathMs: boundMs,
      ratio: Number((report.durationMs / boundMs).toFixed(2)),
      zeroLatencyScanMs: floor.report.durationMs,
    },
    posture: report.posture?.counts,
  };
  if (values.json) console.log(JSON.stringify(result, null, 2));
  else {
    console.log(result.scenario);
    console.log(
      `  scanned: ${result.accounts} accounts, ${result.regions} regions, ${result.inScope} in-scope instances`,
    );
    console.log(`  calls:   ${totalCalls} (minimum ${totalMin})`);
    for (const op of ops)
      console.log(`    ${op.padEnd(32)} ${String(calls[op]).padStart(6)}  min ${min[op]}`);
    const other = Object.entries(emulatorCalls).filter(([op]) => !ops.includes(op));
    for (const [op, n] of other)
      console.log(`    ${op.padEnd(32)} ${String(n).padStart(6)}  (not in the minimum)`);
    console.log(
      `  wall:    scan ${report.durationMs} ms (process ${wallMs} ms) vs critical-path bound ${boundMs} ms (${criticalCalls} sequential calls × ${L} ms): ${result.wall.ratio}×`,
    );
    console.log(
      `           the same scan at 0 ms latency takes ${floor.report.durationMs} ms: the runner's CPU (SDK signing, XML parsing) is the other floor`,
    );
  }
} finally {
  await emu.close();
}
