/**
 * The CLI as the npm package a user installs: `npm pack` of the built bundle, installed offline into an
 * empty folder (every runtime dependency is bundled into dist/cli by ncc, so the package declares none),
 * then `imds-guard --version` and an audit against the loopback emulator run from that folder's bin.
 * It packs the repository's dist/, which `npm test` builds first.
 */
import { execFile, execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../emulator/index.js';
import { ACTION_NODE } from '../support/runner.js';

const ROOT = resolve('.');
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  version: string;
  bin: Record<string, string>;
  dependencies?: Record<string, string>;
};

/** A Node older than 22 (the machine's own, where it is one): where the AWS SDK would warn. */
const OLD_NODE = [process.env.IMDS_GUARD_OLD_NODE, '/usr/bin/node', '/usr/local/bin/node'].find((p) => {
  if (!p || !existsSync(p)) return false;
  const version = execFileSync(p, ['--version'], { encoding: 'utf8' });
  return Number(/^v(\d+)/.exec(version)?.[1]) < 22;
});

let emu: Emulator;
let work: string;
let installed: string;
/** What `npm pack` put in the tarball. */
let packedFiles: string[];

/** Async: the emulator answers from this process, so a synchronous spawn would deadlock. */
function run(
  file: string,
  args: string[],
  o: { cwd: string; env?: Record<string, string> },
): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      file,
      args,
      { cwd: o.cwd, env: { PATH: process.env.PATH ?? '', HOME: o.cwd, ...(o.env ?? {}) }, timeout: 120_000 },
      (error, stdout, stderr) => {
        const status = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        done({ status, stdout: String(stdout), stderr: String(stderr) });
      },
    );
  });
}

/** npm (the one running this test when npm or npx started it), offline, with a private cache. */
function npm(args: string[], cwd: string) {
  const flags = [
    '--offline',
    '--no-audit',
    '--no-fund',
    '--ignore-scripts',
    `--cache=${join(work, 'npm-cache')}`,
  ];
  const env = { npm_config_update_notifier: 'false' };
  const cli = process.env.npm_execpath;
  return cli?.endsWith('.js')
    ? run(process.execPath, [cli, ...args, ...flags], { cwd, env })
    : run('npm', [...args, ...flags], { cwd, env });
}

beforeAll(async () => {
  // The repository's own build (npm test builds it first): a private build (scripts/build.sh DIR) is
  // bundled as CommonJS outside this package's "type": "module", so it is not what npm would publish.
  if (!existsSync(join(ROOT, 'dist/cli/index.js')))
    throw new Error('no CLI bundle at dist/cli/index.js: run npm run package first');
  work = mkdtempSync(join(tmpdir(), 'imds-pack-'));
  const packed = await npm(['pack', '--json', `--pack-destination=${work}`], ROOT);
  expect(packed.status, packed.stderr).toBe(0);
  const [info] = JSON.parse(packed.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
  packedFiles = info.files.map((f) => f.path);
  // An empty project: the tarball is all it gets, and npm may not reach a registry.
  installed = join(work, 'user');
  mkdirSync(installed);
  writeFileSync(join(installed, 'package.json'), '{"name":"user","private":true}\n');
  const inst = await npm(['install', join(work, info.filename)], installed);
  expect(inst.status, inst.stdout + inst.stderr).toBe(0);
  emu = await startEmulator({ fleet: { seed: 9, regions: ['us-east-1', 'eu-west-1'], total: 40 } });
}, 180_000);

afterAll(async () => {
  await emu?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the npm package', () => {
  it('declares no dependency to fetch: ncc bundled them into dist/cli', () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.bin['imds-guard']).toBe('dist/cli/index.js');
  });

  it('holds the CLI bundle, README, LICENSE and CHANGELOG, and no sources or tests', () => {
    for (const f of [
      'package.json',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
      'dist/cli/index.js',
      'dist/cli/package.json',
    ])
      expect(packedFiles, f).toContain(f);
    expect(
      packedFiles.filter(
        (f) => !f.startsWith('dist/cli/') && !/^([A-Z]+\.md|LICENSE|package\.json)$/.test(f),
      ),
    ).toEqual([]);
  });

  it('installs offline into an empty folder: only itself in node_modules', () => {
    expect(readdirSync(join(installed, 'node_modules')).filter((d) => !d.startsWith('.'))).toEqual([
      'imds-guard',
    ]);
    expect(existsSync(join(installed, 'node_modules/imds-guard/dist/cli/hcl2json.wasm.gz'))).toBe(true);
    expect(existsSync(join(installed, 'node_modules/imds-guard/dist/cli/scan-worker/index.js'))).toBe(true);
  });

  it('imds-guard --version prints the package version', async () => {
    const bin = join(installed, 'node_modules/.bin/imds-guard');
    const r = await run(ACTION_NODE, [bin, '--version'], { cwd: installed });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it('the installed bin (its #! line, on the PATH as npm links it) audits against the emulator', async () => {
    const r = await run(
      join(installed, 'node_modules/.bin/imds-guard'),
      ['audit', '--regions', 'us-east-1,eu-west-1', '--threshold', '0', '--json', 'out.json'],
      {
        cwd: installed,
        env: {
          PATH: `${dirname(ACTION_NODE)}:${process.env.PATH ?? ''}`,
          AWS_ENDPOINT_URL: emu.url,
          AWS_ACCESS_KEY_ID: 'AKIDPACK',
          AWS_SECRET_ACCESS_KEY: 'x',
          AWS_REGION: 'us-east-1',
        },
      },
    );
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/IMDSv2 enforcement \(\d+\/\d+ compliant, rule ec2\.8, threshold 0%\): PASS/);
    const report = JSON.parse(readFileSync(join(installed, 'out.json'), 'utf8')) as { instances: unknown[] };
    expect(report.instances.length).toBeGreaterThan(0);
    expect(existsSync(join(installed, 'imds-guard-report/report.html'))).toBe(true);
    expect(emu.counts().DescribeInstances).toBeGreaterThan(0);
  });

  it.skipIf(!OLD_NODE)(
    "on Node < 22 its first line is its own: the bundled SDK's Node-version warning is off, unless the user turns it on",
    async () => {
      const env = {
        AWS_ENDPOINT_URL: emu.url,
        AWS_ACCESS_KEY_ID: 'AKIDPACK',
        AWS_SECRET_ACCESS_KEY: 'x',
        AWS_REGION: 'us-east-1',
      };
      const args = [
        join(installed, 'node_modules/.bin/imds-guard'),
        'audit',
        '--regions',
        'us-east-1',
        '--threshold',
        '0',
      ];
      const quiet = await run(OLD_NODE!, args, { cwd: installed, env });
      expect(quiet.status, quiet.stderr).toBe(0);
      expect(quiet.stderr).not.toMatch(/NodeVersionSupportWarning|\(node:\d+\) Warning/);
      // The CLI's log goes to stderr, its verdict to stdout.
      expect(quiet.stderr.split('\n')[0]).toMatch(/^No role-to-assume/);
      expect(quiet.stdout).toMatch(/IMDSv2 enforcement/);
      const loud = await run(OLD_NODE!, args, {
        cwd: installed,
        env: { ...env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'false' },
      });
      expect(loud.stderr).toMatch(/NodeVersionSupportWarning/);
    },
  );
});
