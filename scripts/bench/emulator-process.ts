/** Starts the emulator as its own process (tsx test/emulator/main.ts) and talks to its control API. */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

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
