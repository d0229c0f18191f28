// Reading IaC files under a time and memory bound: a hostile file (a quadratic shape, a parser bomb, a
// file that is huge in memory) becomes a named error for that file, while every other file is still
// judged. The files are read together in a worker thread with a heap limit and a deadline; when that
// fails, each file is read alone under the per-file bound to find the culprits, then the rest together.
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { IacFileSource, IacParseError, IacReadResult } from '../model/iac.js';
import { type IacFile, type ReadIacOptions, readIacFiles } from './index.js';
import { openGitRevision, workspaceSource } from './sources.js';

/** Where module sources and var files are read from, as data a worker can rebuild. */
export type SourceSpec =
  | { kind: 'workspace'; root: string }
  | { kind: 'git'; workspace: string; sha: string };

export interface ReadJob {
  files: IacFile[];
  source: SourceSpec;
  options: Pick<ReadIacOptions, 'varFiles' | 'cfnParameters'>;
}

export interface ReadLimits {
  /** The worker's old-generation heap (MB). */
  heapMb: number;
  /** Wall time (ms). */
  ms: number;
}

/** One file read alone: 10 s and 512 MB of heap (a 50 MB plan reads in about a second). */
export const PER_FILE_LIMITS: ReadLimits = { heapMb: 512, ms: 10_000 };

/** All files together: the per-file bound, widened by the input's size. */
export function batchLimits(files: IacFile[]): ReadLimits {
  const mb = files.reduce((n, f) => n + f.text.length, 0) / 1048576;
  return {
    heapMb: Math.min(4096, 512 + Math.ceil(mb * 12)),
    ms: 10_000 + Math.ceil(mb * 2000) + files.length * 50,
  };
}

async function sourceOf(spec: SourceSpec): Promise<IacFileSource> {
  if (spec.kind === 'workspace') return workspaceSource(spec.root);
  const opened = await openGitRevision(spec.workspace, spec.sha);
  if (!opened.ok) throw new Error(opened.problem);
  return opened.revision;
}

/** What the worker runs (and the calling thread, when there is no worker bundle). */
export async function readJob(job: ReadJob): Promise<IacReadResult> {
  return readIacFiles(job.files, { ...job.options, source: await sourceOf(job.source) });
}

/** The worker entry beside the bundle (dist/iac-worker/index.js) or beside this module (lib/). */
export function readWorkerEntry(): string | undefined {
  const here = dirname(fileURLToPath(import.meta.url));
  // Joined at run time (not `new URL('./x', import.meta.url)`) so ncc does not copy the file as an asset.
  const candidates = [[here, 'iac-worker', 'index.js'].join('/'), [here, 'read-worker.js'].join('/')];
  return candidates.find((p) => existsSync(p));
}

type Outcome = { ok: true; result: IacReadResult } | { ok: false; why: string };

function inWorker(entry: string, job: ReadJob, limits: ReadLimits): Promise<Outcome> {
  return new Promise((done) => {
    let settled = false;
    const worker = new Worker(entry, { resourceLimits: { maxOldGenerationSizeMb: limits.heapMb } });
    const finish = (o: Outcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      done(o);
    };
    const timer = setTimeout(
      () => finish({ ok: false, why: `reading it took longer than ${Math.round(limits.ms / 1000)} s` }),
      limits.ms,
    );
    worker.on('message', (m: { result?: IacReadResult; error?: string }) =>
      finish(m.result ? { ok: true, result: m.result } : { ok: false, why: `the reader failed: ${m.error}` }),
    );
    worker.on('error', (e: Error & { code?: string }) =>
      finish({
        ok: false,
        why:
          e.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? `reading it needed more than ${limits.heapMb} MB of memory`
            : `the reader stopped: ${e.message}`,
      }),
    );
    worker.on('exit', (code) => finish({ ok: false, why: `the reader stopped (exit ${code})` }));
    worker.postMessage(job);
  });
}

/**
 * Reads the files as readIacFiles does, bounded. Without a worker bundle (tests run from source) it
 * reads on the calling thread, unbounded.
 */
export async function readIacFilesBounded(
  job: ReadJob,
  entry: string | undefined = readWorkerEntry(),
  limits: { batch?: ReadLimits; perFile?: ReadLimits } = {},
): Promise<IacReadResult> {
  if (!entry || !job.files.length) return readJob(job);
  const all = await inWorker(entry, job, limits.batch ?? batchLimits(job.files));
  if (all.ok) return all.result;
  // Find the files that cannot be read within the bound on their own; read the others together.
  const errors: IacParseError[] = [];
  const kept: IacFile[] = [];
  for (const f of job.files) {
    const alone = await inWorker(entry, { ...job, files: [f] }, limits.perFile ?? PER_FILE_LIMITS);
    if (alone.ok) kept.push(f);
    else errors.push({ file: f.file, message: `not checked: ${alone.why}` });
  }
  const rest = kept.length
    ? await inWorker(entry, { ...job, files: kept }, limits.batch ?? batchLimits(kept))
    : undefined;
  if (rest && !rest.ok) {
    // Each file reads alone, but not together: none can be judged with its folder, so none passes.
    for (const f of kept)
      errors.push({ file: f.file, message: `not checked: together with the other files, ${rest.why}` });
    return { resources: [], errors };
  }
  const result = rest?.ok ? rest.result : { resources: [], errors: [] };
  return { ...result, errors: [...errors, ...result.errors] };
}
