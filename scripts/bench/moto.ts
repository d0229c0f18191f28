/**
 * The issue's comparison on an emulator that is not this project's: moto (getmoto/moto), an
 * independent AWS emulator in Python, where the issue's figures were taken (it answers
 * GetInstanceMetadataDefaults, which it does not implement, with an HTML 500 page). Starts a moto
 * server on loopback holding the issue's fleet (test/support/moto.ts: 2,000 instances in 4 regions,
 * 500 in each, in reservations of 50 with mixed IMDS settings and tags), then times
 * whole processes, round after round: a bare parallel DescribeInstances pass (bare-pass.mjs) and the
 * bundled Action, plus any command given with --also (another tool on the same fleet). One unrecorded
 * warm-up round first. Prints the medians and writes them to `--json FILE` (as `moto`).
 *
 *   tsx scripts/bench/moto.ts [--rounds 5] [--also 'NAME=COMMAND' …]
 *
 * A command given with --also runs in a shell with AWS_ENDPOINT_URL and LOCALSTACK_ENDPOINT_URL set to
 * the moto server and the bench's credentials in AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY. Needs
 * `python3` with moto's server (`pip install 'moto[server]'`); without it the scenario says so and
 * exits 0. moto has no latency model: its cost is its own CPU, about 2 ms per instance it returns.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { motoVersion } from '../../test/support/moto.js';
import {
  actionNodeVersion,
  MOTO_REGIONS,
  recordJson,
  runBarePass,
  runBundled,
  startMotoBenchFleet,
} from './run-action.js';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '5' },
    also: { type: 'string', multiple: true, default: [] },
  },
});
const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 1)
  throw new Error(`--rounds ${values.rounds}: give a whole number ≥ 1`);
const also = values.also.map((a) => {
  const eq = a.indexOf('=');
  if (eq <= 0) throw new Error(`--also ${a}: give NAME=COMMAND`);
  if (['bare', 'audit'].includes(a.slice(0, eq)))
    throw new Error(`--also ${a}: the names bare and audit are the bench's own; choose another`);
  return { name: a.slice(0, eq), command: a.slice(eq + 1) };
});
const entry = resolve(process.env.IMDS_GUARD_ENTRY ?? 'dist/index.js');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const version = motoVersion();
if (!version) {
  console.log(
    "\n## moto: skipped — python3 with moto's server is not installed here (pip install 'moto[server]').",
  );
  process.exit(0);
}

/** Wall of one shell command (started to exit); it fails the bench if it fails. */
async function runCommand(command: string, url: string): Promise<number> {
  const started = performance.now();
  const code = await new Promise<number>((r) => {
    const child = spawn('sh', ['-c', command], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        AWS_ENDPOINT_URL: url,
        LOCALSTACK_ENDPOINT_URL: url,
        AWS_ACCESS_KEY_ID: 'AKIDBENCH',
        AWS_SECRET_ACCESS_KEY: 'bench',
        AWS_REGION: 'us-east-1',
        AWS_DEFAULT_REGION: 'us-east-1',
      },
    });
    child.on('close', (c) => r(c ?? -1));
  });
  if (code !== 0) throw new Error(`--also command exited ${code}: ${command}`);
  return (performance.now() - started) / 1000;
}

const moto = await startMotoBenchFleet();
const url = moto.url;
try {
  const seeded = Object.values(moto.truth).reduce((n, t) => n + t.ids.length, 0);
  console.log(
    `\n## moto ${version} (an independent emulator, no latency model): ${seeded} instances in ${MOTO_REGIONS.length} regions; the Action on Node ${actionNodeVersion()}\n`,
  );
  const walls: Record<string, number[]> = { bare: [], audit: [] };
  for (const a of also) walls[a.name] = [];
  let inScope = 0;
  let calls = 0;
  console.log(`| round | bare pass s | the Action s |${also.map((a) => ` ${a.name} s |`).join('')}`);
  console.log(`|--:|--:|--:|${also.map(() => '--:|').join('')}`);
  for (let round = 0; round <= rounds; round++) {
    const bare = await runBarePass(url);
    const audit = await runBundled(url, entry);
    const others: number[] = [];
    for (const a of also) others.push(await runCommand(a.command, url));
    if (round === 0) continue; // warm-up
    walls.bare.push(bare.wallS);
    walls.audit.push(audit.wall);
    for (const [n, a] of also.entries()) walls[a.name].push(others[n]);
    inScope = audit.report.totals?.inScope ?? inScope;
    calls = bare.calls;
    console.log(
      `| ${round} | ${bare.wallS.toFixed(2)} | ${audit.wall.toFixed(2)} |${others.map((w) => ` ${w.toFixed(2)} |`).join('')}`,
    );
  }
  const bare = median(walls.bare);
  const audit = median(walls.audit);
  const figures: Record<string, unknown> = {
    moto: version,
    node: actionNodeVersion(),
    rounds,
    auditInScope: inScope,
    barePassCalls: calls,
    barePassWallS: bare,
    auditWallS: audit,
    auditOverBare: audit / bare,
  };
  console.log(
    `\nMedians of ${rounds}: the whole audit ${audit.toFixed(2)} s (${inScope} instances in scope), a bare parallel DescribeInstances pass ${bare.toFixed(2)} s (${calls} calls): ${(audit / bare).toFixed(2)}× (the issue's goal: within 1.3×).`,
  );
  for (const a of also) {
    const w = median(walls[a.name]);
    figures[a.name] = { command: a.command, wallS: w, overAudit: w / audit };
    console.log(`${a.name}: ${w.toFixed(2)} s, ${(w / audit).toFixed(2)}× the audit's wall.`);
  }
  recordJson('moto', figures);
} finally {
  moto.stop();
}
