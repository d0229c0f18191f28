/**
 * Runs a mode in-process — `run(parseSettings(inputs), deps)` — against the loopback servers, so a
 * change to orchestration is tested without a rebuild. Deps are the real ones (AWS clients, file system)
 * with a recording log and outputs; the bundle e2e tests keep the golden paths through dist/.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ClientFactory } from '../../src/aws/clients.js';
import type { Deps } from '../../src/deps.js';
import { readContext } from '../../src/github/context.js';
import type { Log } from '../../src/log.js';
import { type RunResult, run } from '../../src/run.js';
import { parseSettings } from '../../src/settings/parse.js';

export interface InProcessRun {
  result?: RunResult;
  error?: Error;
  /** Every log message as a stage sent it (`info …`, `warning …`), before the logger's sanitizing. */
  lines: string[];
  summaries: string[];
  annotations: Array<{ level: string; message: string; file: string; startLine?: number; title?: string }>;
  outputs: Record<string, string | number | boolean>;
  workspace: string;
}

export interface InProcessOptions {
  inputs: Record<string, string>;
  /** Extra environment (AWS_ENDPOINT_URL, credentials…); the GitHub variables are set here. */
  env?: Record<string, string>;
  event?: { name: string; payload?: object };
  workspaceFiles?: Record<string, string>;
  workspace?: string;
  idToken?: (audience: string) => Promise<string>;
  now?: () => Date;
}

/** The environment of a run that signs in to an emulator with one of its static keys (no OIDC). */
export function emulatorEnv(url: string, accessKeyId: string): Record<string, string> {
  return {
    AWS_ENDPOINT_URL: url,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: accessKeyId,
    AWS_SECRET_ACCESS_KEY: 'x',
  };
}

const created: string[] = [];

export function cleanupWorkspaces(): void {
  for (const d of created.splice(0)) rmSync(d, { recursive: true, force: true });
}

export async function runInProcess(o: InProcessOptions): Promise<InProcessRun> {
  const ws = o.workspace ?? mkdtempSync(join(tmpdir(), 'imds-inproc-'));
  if (!o.workspace) created.push(ws);
  for (const [p, text] of Object.entries(o.workspaceFiles ?? {})) {
    const full = join(ws, p);
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, text);
  }
  const eventPath = join(ws, '.event.json');
  writeFileSync(eventPath, JSON.stringify(o.event?.payload ?? { ref: 'refs/heads/main' }));
  const env: Record<string, string> = {
    GITHUB_WORKSPACE: ws,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_EVENT_NAME: o.event?.name ?? 'workflow_dispatch',
    GITHUB_REPOSITORY: 'octo/infra',
    GITHUB_RUN_ID: '4242',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_ACTIONS: 'true',
    ...(o.env ?? {}),
  };
  // The SDK reads endpoints and credentials from process.env.
  const saved = { ...process.env };
  Object.assign(process.env, env);
  const lines: string[] = [];
  // Raw messages: the Action's and the CLI's loggers sanitize (test/unit/log.test.ts proves it).
  const line = (level: string) => (m: string) => lines.push(`${level} ${m}`);
  const log: Log = {
    info: line('info'),
    warning: line('warning'),
    error: line('error'),
    debug: () => {},
    secret: () => {},
  };
  const summaries: string[] = [];
  const annotations: InProcessRun['annotations'] = [];
  const outputs: Record<string, string | number | boolean> = {};
  const clients = new ClientFactory(Number(env.AWS_MAX_ATTEMPTS) || 3);
  const deps: Deps = {
    log,
    clients,
    idToken: o.idToken,
    github: readContext(env),
    outputs: {
      set: (k, v) => {
        outputs[k] = v;
      },
      summary: async (m) => {
        summaries.push(m);
      },
      annotate: (level, message, place) => {
        annotations.push({ level, message, ...place });
      },
    },
    now: o.now ?? (() => new Date()),
    env: { ...process.env },
    version: 'test',
  };
  const out: InProcessRun = { lines, summaries, annotations, outputs, workspace: ws };
  try {
    out.result = await run(
      parseSettings((n) => o.inputs[n] ?? '', env),
      deps,
    );
  } catch (e) {
    out.error = e as Error;
  } finally {
    clients.destroy();
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  }
  return out;
}
