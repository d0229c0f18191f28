/**
 * Two builds of the Action under the speed bench's model (speed.ts), paired: one emulator (the
 * scenario's fleet, seed 1), and each round the two builds one after the other, the order alternating
 * from round to round. On a shared machine the same build's CPU moves by a second or more within
 * minutes (docs/performance.md), so two builds measured in separate `speed.ts` runs cannot be told
 * apart by less than that; paired in one round, a difference shows in how many rounds it holds. One
 * unrecorded warm-up round first, as in moto-pair.ts.
 *
 *   tsx scripts/bench/speed-pair.ts A/dist/index.js B/dist/index.js [--rounds 8] [--scenario 17-regions|one-region]
 *
 * Prints each round's CPU (user + system of the Action process), wall and peak RSS of both builds, then
 * per figure: each build's median, the median of the differences B − A, and in how many rounds B was the
 * lower. IMDS_GUARD_NODE as for the other scenarios.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { MODEL_FLEETS, startModelEmulator } from './emulator-process.js';
import { type ActionRun, actionNodeVersion, runBundled } from './run-action.js';

const { values, positionals } = parseArgs({
  options: {
    rounds: { type: 'string', default: '8' },
    scenario: { type: 'string', default: '17-regions' },
    'base-ms': { type: 'string', default: '100' },
    'per-instance-ms': { type: 'string', default: '2' },
  },
  allowPositionals: true,
});
const rounds = Number(values.rounds);
const fleet = MODEL_FLEETS[values.scenario];
if (positionals.length !== 2 || !Number.isInteger(rounds) || rounds < 1 || !fleet) {
  console.error(
    `usage: tsx scripts/bench/speed-pair.ts A/dist/index.js B/dist/index.js [--rounds 8] [--scenario ${Object.keys(MODEL_FLEETS).join('|')}]`,
  );
  process.exit(2);
}
const [a, b] = positionals.map((p) => resolve(p));
for (const entry of [a, b])
  if (!existsSync(entry)) {
    console.error(
      `${entry}: no such bundle (build one with scripts/build.sh DIR, then pass DIR/dist/index.js)`,
    );
    process.exit(2);
  }
const median = (xs: number[]) => {
  const s = [...xs].sort((x, y) => x - y);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** What is kept of a run (not its report: a 100,000-instance report.json read back is ~300 MB of heap). */
type Figures = Pick<ActionRun, 'cpu' | 'wall' | 'rssMb'>;
const FIGURES = [
  { name: 'CPU s', of: (r: Figures) => r.cpu, digits: 2 },
  { name: 'wall s', of: (r: Figures) => r.wall, digits: 2 },
  { name: 'peak RSS MB', of: (r: Figures) => r.rssMb, digits: 0 },
] as const;
const figures = ({ cpu, wall, rssMb }: ActionRun): Figures => ({ cpu, wall, rssMb });

const emu = await startModelEmulator(fleet, {
  baseMs: Number(values['base-ms']),
  perInstanceMs: Number(values['per-instance-ms']),
});
try {
  console.log(
    `\n## ${fleet.instances.toLocaleString('en-US')} instances over ${fleet.regions.length} region(s), two builds paired (the Action on Node ${actionNodeVersion()})\n`,
  );
  console.log(`A = ${a}\nB = ${b}\n`);
  console.log(
    '| round | first | A CPU s | B CPU s | B − A | A wall s | B wall s | A peak RSS MB | B peak RSS MB |',
  );
  console.log('|--:|---|--:|--:|--:|--:|--:|--:|--:|');
  const runs = { a: [] as Figures[], b: [] as Figures[] };
  for (let round = 0; round <= rounds; round++) {
    const aFirst = round % 2 === 0;
    const first = figures(await runBundled(emu.url, aFirst ? a : b));
    const second = figures(await runBundled(emu.url, aFirst ? b : a));
    if (round === 0) continue; // warm-up
    const [ra, rb] = aFirst ? [first, second] : [second, first];
    runs.a.push(ra);
    runs.b.push(rb);
    console.log(
      `| ${round} | ${aFirst ? 'A' : 'B'} | ${ra.cpu.toFixed(2)} | ${rb.cpu.toFixed(2)} | ${(rb.cpu - ra.cpu).toFixed(2)} | ${ra.wall.toFixed(2)} | ${rb.wall.toFixed(2)} | ${ra.rssMb.toFixed(0)} | ${rb.rssMb.toFixed(0)} |`,
    );
  }
  console.log('\n| figure | A median | B median | median of B − A | B lower in |');
  console.log('|---|--:|--:|--:|--:|');
  for (const f of FIGURES) {
    const va = runs.a.map(f.of);
    const vb = runs.b.map(f.of);
    const diffs = vb.map((v, n) => v - va[n]);
    const lower = diffs.filter((d) => d < 0).length;
    console.log(
      `| ${f.name} | ${median(va).toFixed(f.digits)} | ${median(vb).toFixed(f.digits)} | ${median(diffs).toFixed(f.digits)} | ${lower} of ${rounds} |`,
    );
  }
} finally {
  await emu.stop();
}
