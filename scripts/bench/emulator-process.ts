/** Starts the emulator as its own process (tsx test/emulator/main.ts) and talks to its control API. */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { DEFAULT_REGIONS } from '../../test/emulator/index.js';

/** CPU seconds (user + system) `pid` has used so far, from /proc; NaN where there is no /proc. */
export function processCpuS(pid: number | undefined): number {
  try {
    // Fields after the command's parenthesised name; utime and stime are the 12th and 13th of them.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

export async function startEmulatorProcess(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/emulator/main.ts', ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line: string = await new Promise((resolve, reject) => {
    const rl = createInterface({ input: child.stdout });
    rl.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`emulator exited ${code}`)));
  });
  const info = JSON.parse(line) as { url: string };
  const control = (path: string) => `${info.url}/__emulator/${path}`;
  return {
    url: info.url,
    info,
    /** The emulator's CPU seconds so far (it shares the machine's cores with the Action measured). */
    cpuS: () => processCpuS(child.pid),
    get: async (path: string) => (await fetch(control(path))).json(),
    post: async (path: string, body?: unknown) =>
      (await fetch(control(path), { method: 'POST', body: body ? JSON.stringify(body) : undefined })).json(),
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}

/** The large fleets the speed bench's model is run on by name (timeline.ts, speed-pair.ts). */
export const MODEL_FLEETS: Record<string, { instances: number; regions: string[] }> = {
  '17-regions': { instances: 100_000, regions: [...DEFAULT_REGIONS] },
  'one-region': { instances: 100_000, regions: ['us-east-1'] },
};

/**
 * The emulator under the speed bench's latency model (speed.ts, timeline.ts): `fleet` generated from
 * seed 1, `baseMs` per call plus `perInstanceMs` per returned DescribeInstances instance, EC2's token
 * buckets on.
 */
export function startModelEmulator(
  fleet: { instances: number; regions: string[] },
  model: { baseMs: number; perInstanceMs: number },
) {
  return startEmulatorProcess([
    '--seed',
    '1',
    '--instances',
    String(fleet.instances),
    '--regions',
    fleet.regions.join(','),
    '--latency-ms',
    String(model.baseMs),
    '--latency-per-item',
    `DescribeInstances=${model.perInstanceMs}`,
    '--throttle',
    // Instances rendered once, up front: EC2 serializes on its own servers, and the emulator shares
    // this machine's two cores with the Action measured (test/emulator/context.ts RenderCache).
    '--render-cache',
  ]);
}
