/**
 * Scan benchmark: all 17 default regions, 1k / 10k / 100k instances, 50 ms injected latency per call.
 * Prints, per fleet size: API calls vs the minimum possible, wall time vs the critical-path bound
 * (sign-in + DescribeRegions + the slowest region's pages, each one latency), and peak RSS of the
 * Action process (the emulator runs in its own process so it is not counted).
 *
 *   tsx scripts/bench/scan.ts [--sizes 1000,10000,100000] [--latency-ms 50]
 *
 * Where the time and memory go, and what was done about them, is in docs/performance.md: parsing
 * runs in worker threads (src/aws/scan/parse-pool.ts), report tables are rendered and written a slice at a
 * time (src/report/stream.ts), and the heap's growing factor is set at startup (src/heap.ts).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_REGIONS } from '../../test/emulator/index.js';
import { startEmulatorProcess } from './emulator-process.js';
import { recordJson, runBundled } from './run-action.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    'latency-ms': { type: 'string', default: '50' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const latency = Number(values['latency-ms']);
const entry = resolve(process.env.IMDS_GUARD_ENTRY ?? 'dist/index.js');
const regions = [...DEFAULT_REGIONS];

const INSTANCE_OPS = ['DescribeRegions', 'DescribeInstances'];
const SIGN_IN_OPS = ['GetCallerIdentity', 'AssumeRoleWithWebIdentity'];

console.log(`\n## Scan: ${regions.length} regions, ${latency} ms per call (${entry})\n`);
console.log(
  '| instances | instance calls (min) | sign-in | posture calls | total calls | wall s | scan s | bound s | scan/bound | CPU s | peak RSS MB |',
);
console.log('|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|');
const rows: unknown[] = [];
for (const total of sizes) {
  const emu = await startEmulatorProcess([
    '--seed',
    '1',
    '--instances',
    String(total),
    '--regions',
    regions.join(','),
    '--latency-ms',
    String(latency),
  ]);
  try {
    const summary = (await emu.get('summary')) as Record<string, Record<string, Record<string, number>>>;
    let minPages = 0;
    let slowest = 0;
    for (const acc of Object.values(summary)) {
      for (const c of Object.values(acc)) {
        const inScope = c.total - (c['state:terminated'] ?? 0) - (c['state:shutting-down'] ?? 0);
        const pages = Math.max(1, Math.ceil(inScope / 1000));
        minPages += pages;
        slowest = Math.max(slowest, pages);
      }
    }
    const minInstanceCalls = 1 + minPages;
    await emu.post('reset-counts');
    const run = await runBundled(emu.url, entry);
    const counts = ((await emu.get('counts')) as { byOperation: Record<string, number> }).byOperation;
    const sum = (ops: string[]) => ops.reduce((n, op) => n + (counts[op] ?? 0), 0);
    const instanceCalls = sum(INSTANCE_OPS);
    const signIn = sum(SIGN_IN_OPS);
    const all = Object.values(counts).reduce((a, b) => a + b, 0);
    const posture = all - instanceCalls - signIn;
    // Critical path: sign-in (1 call), DescribeRegions (1), then the slowest region's pages in sequence.
    const bound = ((2 + slowest) * latency) / 1000;
    rows.push({
      instances: total,
      regions: regions.length,
      model: { perCallMs: latency, perInstanceMs: 0 },
      calls: { instance: instanceCalls, minimum: minInstanceCalls, signIn, posture, total: all },
      wallS: run.wall,
      scanS: run.scan,
      serialBoundS: bound,
      cpuS: run.cpu,
      peakRssMb: run.rssMb,
    });
    console.log(
      `| ${total.toLocaleString('en')} | ${instanceCalls} (${minInstanceCalls}) | ${signIn} | ${posture} | ${all} | ${run.wall.toFixed(2)} | ${run.scan.toFixed(2)} | ${bound.toFixed(2)} | ${(run.scan / bound).toFixed(2)}× | ${run.cpu.toFixed(2)} | ${run.rssMb.toFixed(0)} |`,
    );
  } finally {
    await emu.stop();
  }
}
console.log(
  '\nInstance calls = DescribeRegions + DescribeInstances (minimum: 1 + Σ ceil(in-scope per region / 1000)). ' +
    'Posture calls (account defaults, launch templates, images, Auto Scaling groups) are a few per region. ' +
    'wall = the whole process (start-up, sign-in, scan, posture, reports); scan = Inventory.durationMs; ' +
    "CPU = user+sys of the Action process (the SDK's XML parsing of DescribeInstances dominates at scale: " +
    'when CPU ≈ wall the run is CPU-bound on this 2-core machine, not waiting on calls in series).',
);
recordJson('scan', rows);
