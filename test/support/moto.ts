/**
 * moto (getmoto/moto), an AWS emulator this project did not write, serving a seeded fleet on loopback:
 * test/support/moto-fleet.py, started and stopped from TypeScript (test/e2e/moto.test.ts, the bench's
 * moto scenario). Only where python3 has moto's server: `motoVersion()` says whether.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';

/** Per region: `reservations` RunInstances calls of `per` instances; `mixed` draws varied settings. */
export type MotoFleetSpec = Record<string, { reservations: number; per: number; mixed?: boolean }>;
/**
 * Per region, what moto holds after seeding: every instance id, how many allow IMDSv1, whether a
 * 1,000-result page had a NextToken, and whether an `instance-id` prefix wildcard matched (null: empty).
 */
export type MotoTruth = Record<
  string,
  { ids: string[]; optional: number; paged: boolean; wildcards: boolean | null }
>;

export interface MotoFleet {
  url: string;
  truth: MotoTruth;
  /** Whether this moto answers GetInstanceMetadataDefaults (5.2 does not). */
  metadataDefaults: boolean;
  stop(): void;
}

/** moto's version when python3 has moto's server (and boto3, flask), else undefined. */
export function motoVersion(): string | undefined {
  const r = spawnSync('python3', ['-c', 'import moto.server, boto3, flask; print(moto.__version__)'], {
    encoding: 'utf8',
  });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** Seeds `spec` and serves it; resolves once moto listens. */
export async function startMotoFleet(spec: MotoFleetSpec): Promise<MotoFleet> {
  const child = spawn('python3', ['test/support/moto-fleet.py', JSON.stringify(spec)], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  // moto logs a traceback per request it cannot answer: kept only to explain a failed start.
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr = (stderr + d).slice(-4000);
  });
  const first = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`moto-fleet.py exited ${code}: ${stderr}`)));
  });
  const { url, truth, metadataDefaults } = JSON.parse(first) as {
    url: string;
    truth: MotoTruth;
    metadataDefaults: boolean;
  };
  return {
    url,
    truth,
    metadataDefaults,
    stop() {
      child.stdin.end();
      child.kill();
    },
  };
}
