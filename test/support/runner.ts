/**
 * Run a bundled JavaScript action the way the GitHub Actions runner does: `node <entry>` in a clean
 * environment (nothing inherited but PATH), cwd = GITHUB_WORKSPACE, inputs as INPUT_<NAME> (with
 * action.yml defaults filled in), file-command files in a fresh temp dir, and workflow commands
 * (`::error::`, `::add-mask::`, ...) parsed from the output.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

/**
 * The Node that runs the bundle: IMDS_GUARD_NODE (CI sets it to a Node 24 binary, as GitHub runs the
 * Action on node24), else the test's own Node.
 */
export const ACTION_NODE = process.env.IMDS_GUARD_NODE || process.execPath;

import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export interface RunActionOptions {
  /** Script to run, relative to process.cwd(); default `dist/index.js`. */
  entry?: string;
  inputs?: Record<string, string>;
  /** Extra/overriding env vars (applied last). The only way AWS_* reaches the action. */
  env?: Record<string, string>;
  /** Default `{ name: 'push', payload: <minimal push payload> }`. */
  event?: { name: string; payload?: Record<string, unknown> };
  /** owner/repo; default `octo/infra`. */
  repository?: string;
  /** action.yml whose input defaults are applied like the runner does; default `action.yml` if it
   *  exists, `false` to skip. */
  actionYml?: string | false;
  /** Value of `${{ github.token }}` when an action.yml default uses it. */
  githubToken?: string;
  /** Reuse this folder as the workspace (kept between runs, e.g. for a history file); default: a new one. */
  workspace?: string;
  /** Files to create in the workspace before the run (path relative to workspace → content). */
  workspaceFiles?: Record<string, string>;
  /** Kill the process (SIGKILL) after this long; default 60 s. */
  timeoutMs?: number;
}

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
  stream: 'stdout' | 'stderr';
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  /** title, file, line, endLine, col, endColumn as emitted. */
  properties: Record<string, string>;
}

export interface RunResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
  /** Parsed GITHUB_OUTPUT. */
  outputs: Record<string, string>;
  /** Raw GITHUB_STEP_SUMMARY contents. */
  summary: string;
  /** Parsed GITHUB_STATE and GITHUB_ENV. */
  state: Record<string, string>;
  exportedEnv: Record<string, string>;
  /** Every `::cmd::` line (stdout and stderr, honouring ::stop-commands::). */
  commands: WorkflowCommand[];
  annotations: Annotation[];
  /** Values from `::add-mask::` lines. */
  secretsMasked: string[];
  /** The exact environment the action ran with. */
  env: Record<string, string>;
  workspace: string;
  tempDir: string;
  cleanup(): void;
}

/** Parse a GITHUB_OUTPUT/GITHUB_ENV/GITHUB_STATE file: `name=value` lines and `name<<DELIM` heredocs. */
export function parseFileCommand(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const eq = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    // Same precedence as the runner: whichever separator comes first wins.
    if (eq >= 0 && (heredoc < 0 || eq < heredoc)) {
      out[line.slice(0, eq)] = line.slice(eq + 1);
    } else if (heredoc >= 0) {
      const name = line.slice(0, heredoc);
      const delim = line.slice(heredoc + 2);
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i]);
      if (i >= lines.length) throw new Error(`Matching delimiter not found '${delim}'`);
      out[name] = value.join('\n');
    } else {
      throw new Error(`Invalid format '${line}'`);
    }
  }
  return out;
}

const unescapeData = (s: string) => s.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => unescapeData(s.replace(/%3A/gi, ':').replace(/%2C/gi, ','));

/** Parse workflow commands (`::name k=v,k=v::message`) from a process's output lines. */
export function parseCommands(text: string, stream: 'stdout' | 'stderr' = 'stdout'): WorkflowCommand[] {
  const cmds: WorkflowCommand[] = [];
  let stopToken: string | null = null;
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trimStart();
    if (stopToken !== null) {
      if (line === `::${stopToken}::`) stopToken = null;
      continue;
    }
    if (!line.startsWith('::')) continue;
    const end = line.indexOf('::', 2);
    if (end < 0) continue;
    const info = line.slice(2, end);
    const space = info.indexOf(' ');
    const command = space < 0 ? info : info.slice(0, space);
    const properties: Record<string, string> = {};
    if (space >= 0) {
      for (const pair of info.slice(space + 1).split(',')) {
        const eq = pair.indexOf('=');
        if (eq > 0) properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
      }
    }
    const message = unescapeData(line.slice(end + 2));
    if (command === 'stop-commands') stopToken = message;
    cmds.push({ command, properties, message, stream });
  }
  return cmds;
}

/** Input defaults from an action.yml `inputs:` block (tiny YAML subset: scalars, quotes, | and > blocks). */
export function readInputDefaults(yml: string): Record<string, string> {
  const lines = yml.split(/\r?\n/);
  const indentOf = (l: string) => l.length - l.trimStart().length;
  const blank = (l: string) => l.trim() === '' || l.trim().startsWith('#');
  const defaults: Record<string, string> = {};
  const start = lines.findIndex((l) => /^inputs:\s*(#.*)?$/.test(l));
  if (start < 0) return defaults;
  let inputIndent = -1;
  let current: string | null = null;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i];
    if (blank(line)) continue;
    const ind = indentOf(line);
    if (ind === 0) break;
    if (inputIndent < 0) inputIndent = ind;
    const key = /^\s*([^:#]+?)\s*:\s*(.*)$/.exec(line);
    if (!key) continue;
    if (ind === inputIndent) {
      current = key[1].replace(/^['"]|['"]$/g, '');
      continue;
    }
    if (current === null || key[1] !== 'default') continue;
    const raw = key[2].trim();
    if (/^[|>][-+]?$/.test(raw)) {
      const block: string[] = [];
      let blockIndent = -1;
      while (i + 1 < lines.length && (lines[i + 1].trim() === '' || indentOf(lines[i + 1]) > ind)) {
        const l = lines[++i];
        if (blockIndent < 0 && l.trim() !== '') blockIndent = indentOf(l);
        block.push(l.slice(Math.max(blockIndent, 0)));
      }
      while (block.length && block[block.length - 1].trim() === '') block.pop();
      const joined = raw.startsWith('|') ? block.join('\n') : block.join(' ');
      defaults[current] = raw.endsWith('-') ? joined : `${joined}\n`;
    } else if (raw.startsWith("'")) {
      defaults[current] = raw.slice(1, raw.lastIndexOf("'")).replace(/''/g, "'");
    } else if (raw.startsWith('"')) {
      defaults[current] = JSON.parse(raw.slice(0, raw.lastIndexOf('"') + 1));
    } else {
      defaults[current] = raw.replace(/\s+#.*$/, '');
    }
  }
  return defaults;
}

/** Evaluate the simple `${{ github.x }}` / `${{ runner.x }}` / `${{ github.event.a.b }}` forms. */
function evalExpressions(
  value: string,
  env: Record<string, string>,
  payload: unknown,
  token: string,
): string {
  return value.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_, expr: string) => {
    if (expr === 'github.token') return token;
    if (expr.startsWith('github.event.')) {
      let v: unknown = payload;
      for (const k of expr.slice('github.event.'.length).split('.')) v = (v as Record<string, unknown>)?.[k];
      return v == null ? '' : String(v);
    }
    const m = /^(github|runner)\.(\w+)$/.exec(expr);
    const envName = m && `${m[1].toUpperCase()}_${m[2].toUpperCase()}`;
    if (envName && envName in env) return env[envName];
    throw new Error(
      `runner.ts cannot evaluate \${{ ${expr} }} in an action.yml default; pass the input explicitly`,
    );
  });
}

export async function runAction(opts: RunActionOptions = {}): Promise<RunResult> {
  const entry = resolve(opts.entry ?? 'dist/index.js');
  const repository = opts.repository ?? 'octo/infra';
  const eventName = opts.event?.name ?? 'push';
  const isPr = /^pull_request/.test(eventName);
  // biome-ignore lint/suspicious/noExplicitAny: arbitrary webhook payload
  const payload: Record<string, any> = opts.event?.payload ?? {
    ref: 'refs/heads/main',
    repository: {
      full_name: repository,
      name: repository.split('/')[1],
      owner: { login: repository.split('/')[0] },
    },
    sender: { login: 'octocat' },
  };
  const prNumber = payload.number ?? payload.pull_request?.number;
  const ref = isPr && prNumber ? `refs/pull/${prNumber}/merge` : (payload.ref ?? 'refs/heads/main');

  const tempDir = mkdtempSync(join(tmpdir(), 'imds-guard-run-'));
  const dir = (...p: string[]) => {
    const d = join(tempDir, ...p);
    mkdirSync(d, { recursive: true });
    return d;
  };
  const workspace = opts.workspace ?? dir('work', repository.split('/')[1]);
  const runnerTemp = dir('_temp');
  const home = dir('home');
  const fileCmds = dir('_temp', '_runner_file_commands');
  const touch = (name: string) => {
    const f = join(fileCmds, `${name}_${randomUUID()}`);
    writeFileSync(f, '');
    return f;
  };
  const files = {
    GITHUB_OUTPUT: touch('set_output'),
    GITHUB_STEP_SUMMARY: touch('step_summary'),
    GITHUB_STATE: touch('save_state'),
    GITHUB_ENV: touch('set_env'),
    GITHUB_PATH: touch('add_path'),
  };
  const eventPath = join(dir('_github_workflow'), 'event.json');
  writeFileSync(eventPath, JSON.stringify(payload, null, 2));
  for (const [p, content] of Object.entries(opts.workspaceFiles ?? {})) {
    mkdirSync(dirname(join(workspace, p)), { recursive: true });
    writeFileSync(join(workspace, p), content);
  }

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
    // A fresh HOME so ~/.aws/{config,credentials} of the machine running the tests can't leak in.
    HOME: home,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION: '__octo_imds-guard',
    GITHUB_ACTION_PATH: dirname(dirname(entry)),
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: repository.split('/')[0],
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_GRAPHQL_URL: 'https://api.github.com/graphql',
    GITHUB_RUN_ID: '4242424242',
    GITHUB_RUN_NUMBER: '17',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTOR: 'octocat',
    GITHUB_TRIGGERING_ACTOR: 'octocat',
    GITHUB_SHA:
      payload.after ?? payload.pull_request?.head?.sha ?? 'ffac537e6cbbf934b08745a378932722df287a53',
    GITHUB_REF: ref,
    GITHUB_REF_NAME: ref.replace(/^refs\/(heads|tags|pull)\//, ''),
    GITHUB_REF_TYPE: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    GITHUB_HEAD_REF: isPr ? (payload.pull_request?.head?.ref ?? '') : '',
    GITHUB_BASE_REF: isPr ? (payload.pull_request?.base?.ref ?? '') : '',
    GITHUB_WORKFLOW: 'IMDS Guard',
    GITHUB_WORKFLOW_REF: `${repository}/.github/workflows/imds-guard.yml@${ref}`,
    GITHUB_JOB: 'audit',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'GitHub Actions 1',
    RUNNER_ENVIRONMENT: 'github-hosted',
    ...files,
  };
  const merged = { ...env, ...opts.env };

  const ymlPath = opts.actionYml === false ? null : resolve(opts.actionYml ?? 'action.yml');
  const defaults = ymlPath && existsSync(ymlPath) ? readInputDefaults(readFileSync(ymlPath, 'utf8')) : {};
  const token = opts.githubToken ?? 'ghs_fakeRunnerToken0000000000000000000';
  const inputs: Record<string, string> = {};
  for (const [name, v] of Object.entries(defaults)) inputs[name] = evalExpressions(v, merged, payload, token);
  Object.assign(inputs, opts.inputs);
  for (const [name, v] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = v;
  const finalEnv = { ...env, ...opts.env };

  const child = spawn(ACTION_NODE, [entry], {
    cwd: workspace,
    env: finalEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, opts.timeoutMs ?? 60_000);
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((res, rej) => {
    child.on('error', rej);
    child.on('close', (code, sig) => res([code, sig]));
  }).finally(() => clearTimeout(timer));

  const commands = [...parseCommands(stdout, 'stdout'), ...parseCommands(stderr, 'stderr')];
  const read = (f: string) => readFileSync(f, 'utf8');
  return {
    exitCode,
    signal,
    timedOut,
    stdout,
    stderr,
    outputs: parseFileCommand(read(files.GITHUB_OUTPUT)),
    summary: read(files.GITHUB_STEP_SUMMARY),
    state: parseFileCommand(read(files.GITHUB_STATE)),
    exportedEnv: parseFileCommand(read(files.GITHUB_ENV)),
    commands,
    annotations: commands
      .filter((c) => c.command === 'error' || c.command === 'warning' || c.command === 'notice')
      .map((c) => ({
        level: c.command as Annotation['level'],
        message: c.message,
        properties: c.properties,
      })),
    secretsMasked: commands.filter((c) => c.command === 'add-mask').map((c) => c.message),
    env: finalEnv,
    workspace,
    tempDir,
    cleanup: () => rmSync(tempDir, { recursive: true, force: true }),
  };
}
