/**
 * Two builds of the Action on moto, paired: one moto server (the moto scenario's fleet), and each round
 * a bare parallel DescribeInstances pass, then the two builds one after the other (the order alternates
 * from round to round). moto's speed moves a lot from round to round on a shared machine (a bare pass
 * took 4.2–6.6 s within one hour), so two builds measured in separate `moto.ts` runs cannot be compared;
 * paired in one round, they can. One unrecorded warm-up round first.
 *
 *   tsx scripts/bench/moto-pair.ts A/dist/index.js B/dist/index.js [--rounds 8]
 *
 * Prints each round's walls and each build's wall over that round's bare pass, then how many rounds each
 * build was the faster and the medians. IMDS_GUARD_NODE as for the other scenarios. Needs python3 with
 * moto's server, as the moto scenario does; without it, says so and exits 0.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { motoVersion } from '../../test/support/moto.js';
import { actionNodeVersion, runBarePass, runBundled, startMotoBenchFleet } from './run-action.js';

const { values, positionals } = parseArgs({
  options: { rounds: { type: 'string', default: '8' } },
  allowPositionals: true,
});
const rounds = Number(values.rounds);
if (positionals.length !== 2 || !Number.isInteger(rounds) || rounds < 1) {
  console.error('usage: tsx scripts/bench/moto-pair.ts A/dist/index.js B/dist/index.js [--rounds 8]');
  process.exit(2);
}
const [a, b] = positionals.map((p) => resolve(p));
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];

const version = motoVersion();
if (!version) {
  console.log(
    "\n## moto pair: skipped — python3 with moto's server is not installed here (pip install 'moto[server]').",
  );
  process.exit(0);
}
const moto = await startMotoBenchFleet();
try {
  console.log(`\n## moto ${version}, two builds paired (the Action on Node ${actionNodeVersion()})\n`);
  console.log(`A = ${a}\nB = ${b}\n`);
  console.log('| round | bare pass s | A s | B s | A / bare | B / bare | first |');
  console.log('|--:|--:|--:|--:|--:|--:|---|');
  const walls = { bare: [] as number[], a: [] as number[], b: [] as number[] };
  let aFaster = 0;
  for (let round = 0; round <= rounds; round++) {
    const bare = (await runBarePass(moto.url)).wallS;
    const aFirst = round % 2 === 0;
    const first = (await runBundled(moto.url, aFirst ? a : b)).wall;
    const second = (await runBundled(moto.url, aFirst ? b : a)).wall;
    if (round === 0) continue; // warm-up
    const [wa, wb] = aFirst ? [first, second] : [second, first];
    walls.bare.push(bare);
    walls.a.push(wa);
    walls.b.push(wb);
    if (wa < wb) aFaster++;
    console.log(
      `| ${round} | ${bare.toFixed(2)} | ${wa.toFixed(2)} | ${wb.toFixed(2)} | ${(wa / bare).toFixed(2)}× | ${(wb / bare).toFixed(2)}× | ${aFirst ? 'A' : 'B'} |`,
    );
  }
  const ratios = (w: number[]) => w.map((x, n) => x / walls.bare[n]);
  console.log(
    `\nA was the faster in ${aFaster} of ${rounds} rounds, B in ${rounds - aFaster}. Medians: bare pass ${median(walls.bare).toFixed(2)} s; A ${median(walls.a).toFixed(2)} s (${median(ratios(walls.a)).toFixed(2)}× its round's bare pass); B ${median(walls.b).toFixed(2)} s (${median(ratios(walls.b)).toFixed(2)}×).`,
  );
} finally {
  moto.stop();
}
