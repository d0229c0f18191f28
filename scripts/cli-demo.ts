/**
 * `npm run cli:demo [-- command flags…]`: the CLI (dist/cli/index.js) in your terminal against the bundled
 * AWS emulator — no account, no network. The emulator gets a sample fleet over three regions; the CLI gets
 * throwaway keys and AWS_ENDPOINT_URL, and runs in demo-output/cli/. Without arguments: an audit.
 *   npm run cli:demo
 *   npm run cli:demo -- plan --tags Environment=dev
 *   npm run cli:demo -- audit --regions us-east-1 --threshold 50 --json out.json
 * IMDS_GUARD_CLI=/path/to/cli/index.js runs another build.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { startEmulator } from '../test/emulator/index.js';

const REGIONS = ['us-east-1', 'eu-west-1', 'ap-southeast-2'];
const cli = resolve(process.env.IMDS_GUARD_CLI ?? 'dist/cli/index.js');
const args = process.argv.slice(2);
const cwd = resolve('demo-output/cli');
mkdirSync(cwd, { recursive: true });

const emu = await startEmulator({
  fleet: {
    seed: 42,
    regions: REGIONS,
    total: 150,
    mix: { v2Required: 0.6, v1Allowed: 0.32, disabled: 0.05, pending: 0.03 },
  },
});
console.error(
  `AWS emulator ${emu.url}: 150 instances in ${REGIONS.join(', ')} (seed 42). Working folder: ${cwd}\n`,
);
console.error(`$ imds-guard ${(args.length ? args : ['audit']).join(' ')}\n`);

const env: NodeJS.ProcessEnv = {
  PATH: process.env.PATH,
  HOME: cwd, // no ~/.aws of yours: the emulator's throwaway keys only
  TERM: process.env.TERM,
  AWS_ENDPOINT_URL: emu.url,
  AWS_ACCESS_KEY_ID: 'AKIADEMO',
  AWS_SECRET_ACCESS_KEY: 'demo',
  AWS_REGION: 'us-east-1',
};
// Asynchronous on purpose: the emulator answers from this process.
const child = spawn(process.execPath, [cli, ...(args.length ? args : ['audit'])], {
  cwd,
  env,
  stdio: 'inherit',
});
const code = await new Promise<number>((done) => child.on('close', (c) => done(c ?? 1)));
await emu.close();
process.exitCode = code;
