/**
 * Shared by the bench scenarios: run the bundled Action once against an emulator (as the runner
 * does: env vars, files), measuring wall, CPU (user+sys) and peak RSS with /usr/bin/time; and append
 * a scenario's figures to the JSON file named by IMDS_BENCH_JSON (`npm run bench -- --json FILE`).
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMotoFleet } from '../../test/support/moto.js';

/** The moto scenarios' regions: the issue's fleet is 2,000 instances over these four. */
export const MOTO_REGIONS = ['us-east-1', 'eu-west-1', 'ap-southeast-2', 'sa-east-1'];

/**
 * The fleet on a moto server (moto.ts, moto-calls.ts, moto-pair.ts): in each of MOTO_REGIONS,
 * 10 reservations of 50 instances with mixed IMDS settings and tags.
 */
export const startMotoBenchFleet = () =>
  startMotoFleet(
    Object.fromEntries(MOTO_REGIONS.map((r) => [r, { reservations: 10, per: 50, mixed: true }])),
  );

export interface ActionRun {
  wall: number;
  /** Inventory.durationMs (s). */
  scan: number;
  cpu: number;
  rssMb: number;
  // biome-ignore lint/suspicious/noExplicitAny: the report JSON, read loosely.
  report: any;
  /** Bytes of report.json, report.md and report.html. */
  sizes: { json: number; markdown: number; html: number };
}

/**
 * The Node that runs the Action: IMDS_GUARD_NODE (as the e2e tests take it; GitHub runs the Action on
 * node24, CI unpacks one), else this process's own.
 */
export function actionNode(): string {
  return process.env.IMDS_GUARD_NODE || process.execPath;
}

/** `node --version` of actionNode(), for the figures' heading and JSON. */
export function actionNodeVersion(): string {
  const node = actionNode();
  return node === process.execPath
    ? process.version
    : execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
}

/**
 * A fresh workspace and the environment the runner gives the Action against `endpoint`: inputs as the
 * benches set them (threshold 0, no job summary, no comment), `extraEnv` over them.
 */
export function actionWorkspace(
  endpoint: string,
  extraEnv: Record<string, string> = {},
): { dir: string; outputs: string; env: Record<string, string> } {
  const dir = mkdtempSync(join(tmpdir(), 'imds-bench-'));
  const outputs = join(dir, 'outputs');
  writeFileSync(outputs, '');
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    GITHUB_WORKSPACE: dir,
    GITHUB_OUTPUT: outputs,
    RUNNER_TEMP: dir,
    AWS_ENDPOINT_URL: endpoint,
    AWS_ACCESS_KEY_ID: 'AKIDBENCH',
    AWS_SECRET_ACCESS_KEY: 'bench',
    AWS_REGION: 'us-east-1',
    INPUT_THRESHOLD: '0',
    'INPUT_JOB-SUMMARY': 'false',
    INPUT_COMMENT: 'never',
    ...extraEnv,
  };
  return { dir, outputs, env };
}

export async function runBundled(
  endpoint: string,
  entry: string,
  extraEnv: Record<string, string> = {},
): Promise<ActionRun> {
  const { dir, outputs, env } = actionWorkspace(endpoint, extraEnv);
  const started = performance.now();
  const child = spawn('/usr/bin/time', ['-f', 'RSS_KB=%M CPU=%U+%S', actionNode(), entry], { env });
  let stderr = '';
  let stdout = '';
  child.stderr.on('data', (d) => (stderr += d));
  child.stdout.on('data', (d) => (stdout += d));
  const code: number = await new Promise((r) => child.on('close', (c) => r(c ?? -1)));
  const wall = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`action exited ${code}\n${stdout.slice(-2000)}\n${stderr.slice(-2000)}`);
  const rssKb = Number(/RSS_KB=(\d+)/.exec(stderr)?.[1] ?? 0);
  const [, user, sys] = /CPU=([\d.]+)\+([\d.]+)/.exec(stderr) ?? ['', '0', '0'];
  const out = readFileSync(outputs, 'utf8');
  const reportPath =
    /report-json<<(\S+)\n(.*)\n/.exec(out)?.[2] ?? join(dir, 'imds-guard-report/report.json');
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  const output = (name: string, file: string) =>
    new RegExp(`${name}<<(\\S+)\n(.*)\n`).exec(out)?.[2] ?? join(dir, 'imds-guard-report', file);
  const size = (path: string) => (existsSync(path) ? statSync(path).size : Number.NaN);
  const sizes = {
    json: size(reportPath),
    markdown: size(output('report-markdown', 'report.md')),
    html: size(output('report-html', 'report.html')),
  };
  // A 100,000-instance run leaves ~80 MB of reports: gone once read (IMDS_BENCH_KEEP=1 keeps them).
  if (process.env.IMDS_BENCH_KEEP !== '1') rmSync(dir, { recursive: true, force: true });
  return {
    sizes,
    wall,
    scan: report.durationMs / 1000,
    cpu: Number(user) + Number(sys),
    rssMb: rssKb / 1024,
    report,
  };
}

/**
 * The CPU floor of a fleet (scripts/bench/floor.ts on its own emulator, seed 1): the CPU seconds of one
 * process receiving the same DescribeInstances bodies and doing only what the audit must do with them.
 */
export function floorCpu(instances: number, regions: string[]): { cpuS: number; mismatches: number } {
  const out = execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'scripts/bench/floor.ts',
      '--instances',
      String(instances),
      '--regions',
      regions.join(','),
      '--json',
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const figures = JSON.parse(out.trim().split('\n').pop() ?? '{}');
  return { cpuS: figures.cpuS, mismatches: figures.mismatches };
}

/** Merges `{ [scenario]: figures }` into the IMDS_BENCH_JSON file, if one was asked for. */
export function recordJson(scenario: string, figures: unknown): void {
  const file = process.env.IMDS_BENCH_JSON;
  if (!file) return;
  const all = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8') || '{}') : {};
  all[scenario] = figures;
  writeFileSync(file, `${JSON.stringify(all, null, 2)}\n`);
}

/** Wall of one `node scripts/bench/bare-pass.mjs` process (started to exit) and what it read. */
export async function runBarePass(
  endpoint: string,
): Promise<{ wallS: number; instances: number; calls: number }> {
  const started = performance.now();
  const out = await new Promise<string>((res, rej) => {
    const child = spawn(actionNode(), ['scripts/bench/bare-pass.mjs'], {
      env: {
        PATH: process.env.PATH ?? '',
        AWS_ENDPOINT_URL: endpoint,
        AWS_ACCESS_KEY_ID: 'AKIDBENCH',
        AWS_SECRET_ACCESS_KEY: 'bench',
        AWS_REGION: 'us-east-1',
      },
    });
    let text = '';
    child.stdout.on('data', (d) => (text += d));
    child.on('close', (code) => (code === 0 ? res(text) : rej(new Error(`bare pass exited ${code}`))));
  });
  const wallS = (performance.now() - started) / 1000;
  const { instances, calls } = JSON.parse(out.trim().split('\n').pop() ?? '{}');
  return { wallS, instances, calls };
}
