/**
 * `npm run bench`: every performance scenario, each printing its own figures (nothing is asserted).
 *   scan   — all regions, 1k/10k/100k instances, injected latency: calls vs minimum, wall vs bound, RSS
 *   apply  — 2,000 changes over 4 regions under EC2's token bucket: wall vs the bucket's bound
 *   org    — many accounts × 17 regions: calls vs minimum, wall vs critical-path bound
 * Pass scenario names to run only some: `npm run bench -- scan org`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const all = ['scan', 'apply', 'org'];
const wanted = process.argv.slice(2).filter((a) => all.includes(a));
let failed = 0;
for (const name of wanted.length ? wanted : all) {
  const script = `scripts/bench/${name}.ts`;
  if (!existsSync(script)) {
    console.log(`\n(${name}: ${script} not present)`);
    continue;
  }
  const r = spawnSync(process.execPath, ['--import', 'tsx', script], { stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    console.log(`\n${name}: exited ${r.status}`);
  }
}
process.exitCode = failed ? 1 : 0;
