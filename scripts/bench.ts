/**
 * `npm run bench`: every performance scenario, each printing its own figures (nothing is asserted).
 *   scan   — all regions, 1k/10k/100k instances, injected latency: calls vs minimum, wall vs bound, RSS
 *   apply  — 2,000 changes over 4 regions under EC2's token bucket: wall vs the bucket's bound
 *   org    — many accounts × 17 regions: calls vs minimum, wall vs critical-path bound
 *   iac    — 500 .tf files + a 50 MB Terraform plan JSON: read + judge time per step, peak RSS
 *   speed  — realistic latency model (base + per-instance cost, EC2 buckets): 100k in one region,
 *            100k over 17 regions, a secondary call answering 500 everywhere
 *   floor  — the CPU floor of the 17-region scenario: one process receiving the same bodies, a one-pass
 *            scanner (checked record for record against the project's parser), dedupe, classify, JSON Lines
 *   moto   — the issue's fleet on moto, an independent emulator (when python3 has it): the audit
 *            against a bare parallel pass, and any other tool given with `--also NAME=COMMAND`
 *   moto-calls — the same fleet with moto serving one request at a time: per operation, what moto
 *            itself spends on each tool's calls (the wall neither can beat on moto)
 * Pass scenario names to run only some: `npm run bench -- scan org`; `--json FILE` also writes the
 * figures of the scenarios that record them (scan, speed) to FILE.
 *
 * Run by hand, not here: scripts/bench/moto-pair.ts compares two builds on moto, paired round by round
 * (`npx tsx scripts/bench/moto-pair.ts A/dist/index.js B/dist/index.js`), scripts/bench/speed-pair.ts
 * the same under the speed bench's model (`npx tsx scripts/bench/speed-pair.ts A/dist/index.js
 * B/dist/index.js`: CPU, wall and peak RSS round by round), and scripts/bench/reports.ts
 * times the work after a large audit's scan from its report.json; scripts/bench/timeline.ts shows where a
 * large audit's wall goes (each thread's CPU and the emulator's over time, by phase).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const all = ['scan', 'apply', 'org', 'iac', 'speed', 'floor', 'moto', 'moto-calls'];
const args = process.argv.slice(2);
const wanted = args.filter((a) => all.includes(a));
const jsonAt = args.indexOf('--json');
if (jsonAt >= 0 && args[jsonAt + 1]) {
  process.env.IMDS_BENCH_JSON = resolve(args[jsonAt + 1]);
  writeFileSync(process.env.IMDS_BENCH_JSON, '{}\n');
}
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
