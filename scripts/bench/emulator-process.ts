/** Starts the emulator as its own process (tsx test/emulator/main.ts) and talks to its control API. */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

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
    get: async (path: string) => (await fetch(control(path))).json(),
    post: async (path: string, body?: unknown) =>
      (await fetch(control(path), { method: 'POST', body: body ? JSON.stringify(body) : undefined })).json(),
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}
