/**
 * Where a large audit's wall goes. The speed bench (speed.ts) gives one wall and one CPU figure per
 * run; this runs the same audit under the same model and samples, every `--every` ms, the CPU each of
 * the Action's threads used (from /proc) beside the emulator's, with the Action's log lines at the
 * times they came. Then, per phase (start-up and sign-in, the scan, the work after it), the wall, each
 * side's CPU and how much of the machine's cores the two used together: a phase near 100 % is bound by
 * CPU (the Action and the emulator share the cores), one near 0 % waits on the model's latency.
 *
 *   tsx scripts/bench/timeline.ts [--scenario 17-regions|one-region] [--every 250] [--rows]
 *                                 [--base-ms 100] [--per-instance-ms 2]
 *   IMDS_GUARD_NODE / IMDS_GUARD_ENTRY as for speed.ts
 *
 * Threads are told apart by the names Node gives them (Node 22 and later: MainThread, WorkerThread for
 * the run's thread and then the parse worker, V8Worker for V8's helpers, libuv-worker for the file
 * system's pool). Node 20 names every thread `node`: there only the totals are split.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { MODEL_FLEETS, startModelEmulator } from './emulator-process.js';
import { actionNode, actionNodeVersion, actionWorkspace } from './run-action.js';

const { values } = parseArgs({
  options: {
    scenario: { type: 'string', default: '17-regions' },
    every: { type: 'string', default: '250' },
    rows: { type: 'boolean', default: false },
    'base-ms': { type: 'string', default: '100' },
    'per-instance-ms': { type: 'string', default: '2' },
  },
});
const fleet = MODEL_FLEETS[values.scenario];
if (!fleet) throw new Error(`--scenario: one of ${Object.keys(MODEL_FLEETS).join(', ')}`);
const every = Number(values.every);
const entry = resolve(process.env.IMDS_GUARD_ENTRY ?? 'dist/index.js');
const cores = availableParallelism();

/** The thread roles a row shows, by the name Node gives each thread (in order of creation). */
const ROLES = ['run', 'parse', 'V8 helpers', 'other'] as const;
type Role = (typeof ROLES)[number];

/** CPU seconds (user + system) of each thread of `pid` so far, by thread id, with its name. */
function threadCpu(pid: number): Map<number, { name: string; cpuS: number }> {
  const out = new Map<number, { name: string; cpuS: number }>();
  let tids: string[];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(Number(tid), { name, cpuS: (Number(fields[11]) + Number(fields[12])) / 100 });
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return out;
}

/** A thread's role: the first WorkerThread is the run's (src/index.ts), a later one a parse worker. */
function roleOf(name: string, tid: number, workers: number[]): Role {
  if (name === 'WorkerThread') return workers.indexOf(tid) === 0 ? 'run' : 'parse';
  if (name === 'V8Worker') return 'V8 helpers';
  return 'other';
}

const pct = (x: number) => `${Math.round(x * 100)} %`;

interface Row {
  t: number;
  byRole: Record<Role, number>;
  action: number;
  emulator: number;
  /** The Action's resident memory at the sample (MiB). */
  rssMb: number;
}

/** Resident memory of `pid` now, MiB (VmRSS), or 0 once it has ended. */
function rssMb(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : 0;
  } catch {
    return 0;
  }
}

const emu = await startModelEmulator(fleet, {
  baseMs: Number(values['base-ms']),
  perInstanceMs: Number(values['per-instance-ms']),
});
const { dir, env } = actionWorkspace(emu.url);
const rows: Row[] = [];
const lines: Array<{ t: number; text: string }> = [];
try {
  await emu.post('reset-counts');
  const started = performance.now();
  const at = () => (performance.now() - started) / 1000;
  const child = spawn(actionNode(), [entry], { env });
  const pid = child.pid as number;
  const workers: number[] = [];
  let last = new Map<number, number>();
  let lastEmu = emu.cpuS();
  const sample = () => {
    const now = threadCpu(pid);
    const byRole: Record<Role, number> = { run: 0, parse: 0, 'V8 helpers': 0, other: 0 };
    let action = 0;
    for (const [tid, { name, cpuS }] of now) {
      if (name === 'WorkerThread' && !workers.includes(tid)) workers.push(tid);
      const used = cpuS - (last.get(tid) ?? 0);
      byRole[roleOf(name, tid, workers)] += used;
      action += used;
    }
    if (!now.size) return;
    last = new Map([...now].map(([tid, v]) => [tid, v.cpuS]));
    const e = emu.cpuS();
    rows.push({ t: at(), byRole, action, emulator: e - lastEmu, rssMb: rssMb(pid) });
    lastEmu = e;
  };
  const timer = setInterval(sample, every);
  let pending = '';
  const take = (chunk: Buffer) => {
    pending += chunk;
    for (let nl = pending.indexOf('\n'); nl >= 0; nl = pending.indexOf('\n')) {
      lines.push({ t: at(), text: pending.slice(0, nl) });
      pending = pending.slice(nl + 1);
    }
  };
  child.stdout.on('data', take);
  child.stderr.on('data', take);
  const code: number = await new Promise((r) => child.on('close', (c) => r(c ?? -1)));
  clearInterval(timer);
  const wall = at();
  if (code !== 0) throw new Error(`the Action exited ${code}:\n${lines.map((l) => l.text).join('\n')}`);
  report(wall);
} finally {
  await emu.stop();
  rmSync(dir, { recursive: true, force: true });
}

function report(wall: number): void {
  const scanStart = lines.find((l) => l.text.startsWith('Scanning '))?.t ?? 0;
  // A region's last line: "  us-east-1: 5417 instances (17 pages …, 4.0 s)" (not "… so far").
  const regionDone = lines.filter((l) => /^ {2}\S+: \d+ instances? \(/.test(l.text));
  const scanEnd = regionDone.length ? regionDone[regionDone.length - 1].t : scanStart;
  console.log(
    `\n## Timeline: ${fleet.instances.toLocaleString('en-US')} instances over ${fleet.regions.length} region(s), the Action on Node ${actionNodeVersion()} (${entry}), ${cores} cores, every ${every} ms\n`,
  );
  if (values.rows) {
    console.log(`| s | ${ROLES.join(' | ')} | Action | emulator | cores used | RSS MB | log |`);
    console.log(`|--:|${ROLES.map(() => '--:|').join('')}--:|--:|--:|--:|---|`);
    let prev = 0;
    for (const r of rows) {
      const said = lines
        .filter((l) => l.t > prev && l.t <= r.t && !/so far/.test(l.text))
        .map((l) => l.text.trim().slice(0, 60).replace(/\|/g, '\\|'));
      const span = r.t - prev;
      console.log(
        `| ${r.t.toFixed(2)} | ${ROLES.map((k) => r.byRole[k].toFixed(2)).join(' | ')} | ${r.action.toFixed(2)} | ${r.emulator.toFixed(2)} | ${pct((r.action + r.emulator) / (span * cores))} | ${r.rssMb.toFixed(0)} | ${said.join('; ')} |`,
      );
      prev = r.t;
    }
    console.log('');
  }
  const phases: Array<[string, number, number]> = [
    ['start-up and sign-in', 0, scanStart],
    ['the scan (to the last region listed)', scanStart, scanEnd],
    ['after the scan (usage, assessment, reports)', scanEnd, wall],
  ];
  console.log(
    `| phase | wall s | ${ROLES.map((k) => `${k} CPU s`).join(' | ')} | Action CPU s | emulator CPU s | cores used | intervals under 10 % | highest RSS MB |`,
  );
  console.log(`|---|--:|${ROLES.map(() => '--:|').join('')}--:|--:|--:|--:|--:|`);
  for (const [name, from, to] of phases) {
    // A row's CPU was used over the interval before its time: counted in the phase its end falls in.
    const inside = rows.filter((r) => r.t > from && r.t <= to + every / 2000);
    const sum = (f: (r: Row) => number) => inside.reduce((a, r) => a + f(r), 0);
    const action = sum((r) => r.action);
    const emulator = sum((r) => r.emulator);
    const quiet = inside.filter((r) => r.action + r.emulator < (0.1 * every) / 1000).length;
    console.log(
      `| ${name} | ${(to - from).toFixed(2)} | ${ROLES.map((k) => sum((r) => r.byRole[k]).toFixed(2)).join(' | ')} | ${action.toFixed(2)} | ${emulator.toFixed(2)} | ${pct((action + emulator) / (Math.max(to - from, 1e-9) * cores))} | ${quiet} of ${inside.length} | ${Math.max(0, ...inside.map((r) => r.rssMb)).toFixed(0)} |`,
    );
  }
  console.log(
    `\nwall ${wall.toFixed(2)} s. cores used = the Action's and the emulator's CPU over the phase's wall × ${cores} cores. CPU comes from /proc in clock ticks (10 ms): a short interval reads coarse.`,
  );
}
