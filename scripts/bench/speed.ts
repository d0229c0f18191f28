/**
 * Speed under a realistic latency model. EC2 does not answer a 1,000-instance
 * DescribeInstances page in 50 ms: the page is megabytes of XML and takes seconds. The model here is
 * a base per call plus a cost per returned instance (defaults 100 ms + 2 ms/instance, i.e. 2.1 s for a
 * full page; see docs/performance.md for where the figures come from), with EC2's token buckets on.
 *
 *   one-region   100,000 instances in one region (the other 16 regions empty)
 *   17-regions   100,000 instances over 17 regions
 *   secondary-500  17 regions × 1,000 instances, once clean and once with GetInstanceMetadataDefaults
 *                answering 500 in every region: how much the audit's wall grows
 *   small        100 instances over 17 regions: what every audit costs, whatever its fleet (start-up,
 *                sign-in, every region's calls, the reports)
 *   bare-pass    the issue's fleet (2,000 instances in 4 regions): the whole audit against a bare parallel
 *                DescribeInstances pass (bare-pass.mjs) on the same emulator, median of 3 runs each
 *
 *   tsx scripts/bench/speed.ts [--only one-region,17-regions,secondary-500,small,bare-pass] [--base-ms 100] [--per-instance-ms 2]
 *   IMDS_GUARD_NODE=/path/to/node24 …   runs the Action on that Node (GitHub runs it on node24)
 *
 * Per scenario: DescribeInstances calls vs the minimum (Σ ceil(in-scope / 1000) per region), the
 * critical-path bound under the model with the partitioned scan (sign-in, DescribeRegions, then the
 * slowest region: its first page, then its slowest partition's pages, then DescribeImages) and, for
 * comparison, with one serial chain per region; wall, CPU and peak RSS of the Action process.
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PAGE_SIZE, planPartitions } from '../../src/aws/scan/partition.js';
import { DEFAULT_REGIONS } from '../../test/emulator/index.js';
import { startModelEmulator } from './emulator-process.js';
import { actionNodeVersion, floorCpu, recordJson, runBarePass, runBundled } from './run-action.js';

const { values } = parseArgs({
  options: {
    only: { type: 'string', default: 'one-region,17-regions,secondary-500,small,bare-pass' },
    'base-ms': { type: 'string', default: '100' },
    'per-instance-ms': { type: 'string', default: '2' },
  },
});
const base = Number(values['base-ms']);
const per = Number(values['per-instance-ms']);
const entry = resolve(process.env.IMDS_GUARD_ENTRY ?? 'dist/index.js');
const only = new Set(values.only.split(','));
const OUT_OF_SCOPE = new Set(['terminated', 'shutting-down']);
const pageMs = (n: number) => base + per * n;

type Emu = Awaited<ReturnType<typeof startModelEmulator>>;

/** The emulator under the model: `fleet` generated from seed 1, the latency above, EC2's buckets on. */
const startModel = (fleet: { instances: number; regions: string[] }): Promise<Emu> =>
  startModelEmulator(fleet, { baseMs: base, perInstanceMs: per });

/** Minimum calls and critical-path bounds (s) from the emulator's own instance lists. */
async function model(emu: Emu, regions: string[]) {
  let minimum = 0;
  let partitioned = 0;
  let serial = 0;
  for (const region of regions) {
    const list = (await emu.get(`instances?region=${region}`)) as Array<{
      instanceId: string;
      state: string;
    }>;
    const ids = list.filter((i) => !OUT_OF_SCOPE.has(i.state)).map((i) => i.instanceId);
    const pages = Math.max(1, Math.ceil(ids.length / PAGE_SIZE));
    minimum += pages;
    let chain = 0;
    for (let left = ids.length; left > 0 || chain === 0; left -= PAGE_SIZE)
      chain += pageMs(Math.min(left, PAGE_SIZE));
    serial = Math.max(serial, chain);
    if (ids.length <= PAGE_SIZE) {
      partitioned = Math.max(partitioned, pageMs(ids.length));
      continue;
    }
    // The scan's own plan from the first page (the emulator lists in a stable order).
    const plan = planPartitions(ids.slice(0, PAGE_SIZE));
    let slowest = 0;
    for (const values of plan) {
      const prefixes = values.map((v) => v.slice(0, -1));
      const n = ids.filter((id) => prefixes.some((p) => id.startsWith(p))).length;
      let t = 0;
      for (let left = n; left > 0 || t === 0; left -= PAGE_SIZE) t += pageMs(Math.min(left, PAGE_SIZE));
      slowest = Math.max(slowest, t);
    }
    partitioned = Math.max(partitioned, pageMs(PAGE_SIZE) + slowest);
  }
  // sign-in + DescribeRegions before; DescribeImages (waits on the instances) after.
  const around = 3 * base;
  return { minimum, partitionedS: (around + partitioned) / 1000, serialS: (around + serial) / 1000 };
}

async function scenario(name: string, fleet: { instances: number; regions: string[] }, faults?: unknown) {
  const emu = await startModel(fleet);
  try {
    // Every enabled region is scanned (the emulator enables the 17 default ones): empty ones cost a call.
    const m = await model(emu, [...new Set([...DEFAULT_REGIONS, ...fleet.regions])]);
    if (faults) await emu.post('faults', faults);
    await emu.post('reset-counts');
    const emuCpu0 = emu.cpuS();
    const run = await runBundled(emu.url, entry);
    const emulatorCpuS = emu.cpuS() - emuCpu0;
    // Both processes' CPU spread over every core: no schedule on this machine finishes sooner.
    const cpuFloorS = (run.cpu + emulatorCpuS) / availableParallelism();
    const counts = ((await emu.get('counts')) as { byOperation: Record<string, number> }).byOperation;
    const di = counts.DescribeInstances ?? 0;
    const postureErrors = (run.report.posture?.errors ?? run.report.postureErrors ?? []).length;
    // The CPU floor of the same fleet, once per fleet (its own emulator; the floor's CPU is its own).
    const key = `${fleet.instances}/${fleet.regions.join(',')}`;
    floors[key] ??= floorCpu(fleet.instances, fleet.regions).cpuS;
    const floor = floors[key];
    const x = (v: number) => `${v.toFixed(2)} (${(v / floor).toFixed(1)}× floor)`;
    const mb = (b: number) => (b / 1e6).toFixed(2);
    const figures = {
      model: { perCallMs: base, perInstanceMs: per, throttle: 'EC2 buckets' },
      instances: fleet.instances,
      regions: fleet.regions.length,
      calls: { describeInstances: di, minimum: m.minimum, byOperation: counts },
      wallS: run.wall,
      scanS: run.scan,
      boundS: m.partitionedS,
      serialBoundS: m.serialS,
      scanOverBound: run.scan / m.partitionedS,
      // The whole audit (usage reads, assessment, every report) against the scan's bound: the goal's figure.
      wallOverBound: run.wall / m.partitionedS,
      node: actionNodeVersion(),
      cpuS: run.cpu,
      emulatorCpuS,
      cpuFloorS,
      peakRssMb: run.rssMb,
      postureErrors,
      floorCpuS: floor,
      cpuOverFloor: run.cpu / floor,
      reportBytes: run.sizes,
    };
    console.log(
      `| ${name} | ${di} (${m.minimum}) | ${run.wall.toFixed(2)} | ${run.scan.toFixed(2)} | ${m.partitionedS.toFixed(2)} | ${(run.wall / m.partitionedS).toFixed(2)}× | ${(run.scan / m.partitionedS).toFixed(2)}× | ${m.serialS.toFixed(2)} | ${x(run.cpu)} | ${floor.toFixed(2)} | ${emulatorCpuS.toFixed(2)} | ${cpuFloorS.toFixed(2)} | ${run.rssMb.toFixed(0)} | ${mb(run.sizes.json)} / ${mb(run.sizes.markdown)} / ${mb(run.sizes.html)} | ${postureErrors} |`,
    );
    return figures;
  } finally {
    await emu.stop();
  }
}

/** The audit of the fleet (2,000 instances in 4 regions) against a bare parallel pass. */
async function barePass() {
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const emu = await startModel({
    instances: 2000,
    regions: ['us-east-1', 'eu-west-1', 'ap-southeast-2', 'sa-east-1'],
  });
  try {
    const audit: number[] = [];
    const bare: number[] = [];
    let read = { instances: 0, calls: 0 };
    let audited = 0;
    for (let n = 0; n < 3; n++) {
      const run = await runBundled(emu.url, entry);
      audit.push(run.wall);
      audited = run.report.totals?.inScope ?? audited;
      const b = await runBarePass(emu.url);
      bare.push(b.wallS);
      read = b;
    }
    const figures = {
      instances: 2000,
      regions: 4,
      auditWallS: median(audit),
      barePassWallS: median(bare),
      ratio: median(audit) / median(bare),
      auditInScope: audited,
      barePass: read,
    };
    console.log(
      `\nThe issue's fleet (2,000 instances in 4 regions, all 17 regions listed): the whole audit ${figures.auditWallS.toFixed(2)} s, ` +
        `a bare parallel DescribeInstances pass ${figures.barePassWallS.toFixed(2)} s (${read.instances} instances, ${read.calls} calls): ` +
        `${figures.ratio.toFixed(2)}× (medians of 3; the issue's goal: within 1.3×).`,
    );
    return figures;
  } finally {
    await emu.stop();
  }
}

console.log(
  `\n## Speed: ${base} ms per call + ${per} ms per returned instance, EC2 token buckets (${entry} on Node ${actionNodeVersion()})\n`,
);
console.log(
  '| scenario | DescribeInstances (min) | wall s | scan s | bound s | wall/bound | scan/bound | serial bound s | CPU s | floor CPU s | emulator CPU s | cores floor s | peak RSS MB | report .json / .md / .html MB | posture errors |',
);
console.log('|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|');
/** Floor CPU (s) per fleet: scripts/bench/floor.ts, run once per fleet. */
const floors: Record<string, number> = {};
const regions17 = [...DEFAULT_REGIONS];
const results: Record<string, unknown> = {};
if (only.has('one-region'))
  results['one-region'] = await scenario('100,000 in 1 region', {
    instances: 100_000,
    regions: ['us-east-1'],
  });
if (only.has('17-regions'))
  results['17-regions'] = await scenario('100,000 over 17 regions', {
    instances: 100_000,
    regions: regions17,
  });
if (only.has('secondary-500')) {
  const fleet = { instances: 17_000, regions: regions17 };
  const clean = (await scenario('17,000 over 17 regions, clean', fleet)) as { wallS: number };
  const storm = (await scenario('… GetInstanceMetadataDefaults → 500 everywhere', fleet, {
    errorRate: { operation: 'GetInstanceMetadataDefaults', probability: 1 },
  })) as { wallS: number };
  results['secondary-500'] = { clean, storm, wallGrowthS: storm.wallS - clean.wallS };
  console.log(
    `\nA 500 on a secondary call in every region grew the audit's wall by ${(storm.wallS - clean.wallS).toFixed(2)} s.`,
  );
}
if (only.has('small'))
  results.small = await scenario('100 over 17 regions', { instances: 100, regions: regions17 });
if (only.has('bare-pass')) results['bare-pass'] = await barePass();
for (const [k, v] of Object.entries(results)) recordJson(`speed/${k}`, v);
console.log(
  '\nwall = the whole Action process (scan, IMDSv1 usage reads, assessment, every report); ' +
    'bound = sign-in + DescribeRegions + the slowest region (first page, then its slowest partition, one page after another) + DescribeImages, under the model; ' +
    'serial bound = the same with one page chain per region (what the scan did before partitions). ' +
    'CPU = user+sys of the Action process; emulator CPU = the same of the emulator during the run (it shares the cores); ' +
    `cores floor = both spread over this machine's ${availableParallelism()} cores: when wall approaches it, the run is bound by CPU, not by calls. ` +
    'floor CPU = scripts/bench/floor.ts on the same fleet (one process: the same bodies received over loopback, one-pass scan, dedupe, classify, JSON Lines); ' +
    '"× floor" = the figure over that floor CPU.',
);
