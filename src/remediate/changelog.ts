/**
 * The change log, write-ahead: before every AWS write a `started` intent (before-state + intended
 * after-state) is appended and fsynced; after the final outcome, one outcome line. A crash therefore
 * leaves either an outcome or an intent for every change AWS made. `unresolvedIntents` pairs them;
 * `reconcileRecord` turns an unpaired intent plus a fresh read of AWS into the reconciling outcome the
 * next apply/rollback appends. Reading validates every line and names file and line on error.
 */
import { closeSync, fsyncSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { openIntents } from '../assess/rollback.js';
import { openForWrite } from '../fs/safe.js';
import { defaultsDrift, driftOf, settingsOf } from '../model/metadata.js';
import type { ChangeRecord, ChangeRecordResult, MetadataOptions, RecordProvenance } from '../model/types.js';

export class ChangeLogError extends Error {
  override name = 'ChangeLogError';
}

/** Appends records to a JSON-lines file; each append is one write(2) of a whole line, then fsync. */
export class ChangeLogWriter {
  private fd: number | undefined;
  written = 0;

  /** `root`: the workspace; the file and its folders are never reached through a link (src/fs/safe.ts). */
  constructor(
    readonly path: string,
    readonly root: string = dirname(path),
  ) {}

  open(): void {
    if (this.fd !== undefined) return;
    this.fd = openForWrite({ root: this.root, input: 'changelog-path', path: this.path }, 'append');
  }

  append(record: ChangeRecord): void {
    this.open();
    const line = `${JSON.stringify(record)}\n`;
    // One write of the whole line (O_APPEND): lines never interleave, a crash cuts at most the last one.
    writeSync(this.fd!, line);
    fsyncSync(this.fd!);
    this.written++;
  }

  close(): void {
    if (this.fd !== undefined) {
      closeSync(this.fd);
      this.fd = undefined;
    }
  }
}

/**
 * The provenance stamped on every line a run appends: its run id and attempt, its workflow
 * (GITHUB_WORKFLOW_REF; GITHUB_WORKFLOW when the runner does not set it) and the plan digest it verified.
 */
export function provenanceOf(
  run: { runId: string; runAttempt: string; workflowRef?: string; workflow?: string },
  planDigest: string,
): RecordProvenance {
  const workflow = run.workflowRef || run.workflow || undefined;
  return { runId: run.runId, runAttempt: run.runAttempt, ...(workflow ? { workflow } : {}), planDigest };
}

const RESULTS: readonly ChangeRecordResult[] = [
  'applied',
  'failed',
  'drifted',
  'skipped',
  'unknown',
  'started',
];

/** One record with where it is: its 1-based line number and the line's exact text (as committed). */
export interface ChangeLogLine {
  record: ChangeRecord;
  line: number;
  text: string;
}

/**
 * Parses a change log. Blank lines are ignored; a final line without a newline that is not valid
 * JSON (a torn write from a crash) is reported as such. Every other problem names the line.
 */
export function parseChangeLog(text: string, file: string): ChangeRecord[] {
  return parseChangeLogLines(text, file).map((l) => l.record);
}

/** parseChangeLog, keeping each record's line number and text (plan-rollback's provenance check needs both). */
export function parseChangeLogLines(text: string, file: string): ChangeLogLine[] {
  const lines = text.split('\n');
  const records: ChangeLogLine[] = [];
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n].trim();
    if (!line) continue;
    const where = `${file}:${n + 1}`;
    let r: Partial<ChangeRecord>;
    try {
      r = JSON.parse(line) as Partial<ChangeRecord>;
    } catch (e) {
      const torn = n === lines.length - 1;
      throw new ChangeLogError(
        `${where}: not a JSON line (${(e as Error).message})${torn ? ' — the last line looks cut off (a crash mid-write?); check it against AWS and remove it' : '; each line must be one JSON change record'}`,
      );
    }
    if (!r || typeof r !== 'object' || Array.isArray(r))
      throw new ChangeLogError(`${where}: not a JSON object; each line must be one JSON change record`);
    const missing = (['time', 'runId', 'accountId', 'region', 'resourceId', 'result'] as const).filter(
      (k) => typeof r[k] !== 'string' || r[k] === '',
    );
    if (missing.length)
      throw new ChangeLogError(`${where}: missing ${missing.join(', ')}; not an IMDS Guard change record`);
    if (!RESULTS.includes(r.result as ChangeRecordResult)) {
      throw new ChangeLogError(`${where}: result '${r.result}' is not one of ${RESULTS.join(', ')}`);
    }
    if (!r.before || typeof r.before !== 'object' || !r.after || typeof r.after !== 'object') {
      throw new ChangeLogError(`${where}: before and after must be objects of metadata options`);
    }
    if (r.writtenBy !== undefined && !validProvenance(r.writtenBy)) {
      throw new ChangeLogError(
        `${where}: writtenBy must be { runId, runAttempt, workflow?, planDigest } (strings); not an IMDS Guard change record`,
      );
    }
    records.push({ record: { kind: 'instance', ...r } as ChangeRecord, line: n + 1, text: line });
  }
  return records;
}

function validProvenance(p: unknown): p is RecordProvenance {
  const w = p as Partial<RecordProvenance>;
  const str = (v: unknown) => typeof v === 'string' && v !== '';
  return (
    Boolean(w) &&
    typeof w === 'object' &&
    str(w.runId) &&
    str(w.runAttempt) &&
    str(w.planDigest) &&
    (w.workflow === undefined || str(w.workflow))
  );
}

// ───────────────────────────── write-ahead pairing ─────────────────────────────

/** One attempt's identity: a run changes a resource at most once per mode. */
export function attemptKey(
  r: Pick<ChangeRecord, 'runId' | 'mode' | 'kind' | 'accountId' | 'region' | 'resourceId'>,
): string {
  return `${r.runId}|${r.mode}|${r.kind}|${r.accountId}|${r.region}|${r.resourceId}`;
}

/**
 * Intents (`started`) with no later outcome for the same attempt, in log order: the process died
 * between the AWS write and its outcome line. A launch template writes two intents (before
 * CreateLaunchTemplateVersion, then with afterVersion before ModifyLaunchTemplate): the last one counts.
 */
/** Intents with no settled outcome (see assess/plan.ts `openIntents`): reconciled by the next run. */
export const unresolvedIntents = openIntents;

/** Only the final outcome lines (intents dropped). */
export function outcomes(records: readonly ChangeRecord[]): ChangeRecord[] {
  return records.filter((r) => r.result !== 'started');
}

/** What AWS has now for an intent's resource (undefined: it no longer exists). */
export interface Observed {
  /** Instance metadata options, the launch template default version's MetadataOptions, or the account defaults. */
  state: MetadataOptions;
  /** Launch templates: the default version number. */
  version?: number;
}

function sameState(kind: ChangeRecord['kind'], want: MetadataOptions, have: MetadataOptions): boolean {
  return kind === 'account-defaults'
    ? defaultsDrift(want, have).length === 0
    : driftOf(settingsOf(want), settingsOf(have)).length === 0;
}

/**
 * The reconciling outcome for an unresolved intent, from a fresh read: `applied` when AWS shows the
 * intended state (so rollback restores it), `failed`/NotApplied when it shows the before-state,
 * `drifted`/OutcomeUnknown when it shows neither, `skipped` when the resource is gone. Pure.
 */
export function reconcileRecord(
  intent: ChangeRecord,
  observed: Observed | undefined,
  by: { runId: string; time: string },
): ChangeRecord {
  const { result: _r, errorCode: _c, errorMessage: _m, ...base } = intent;
  const rec = (result: ChangeRecord['result'], extra: Partial<ChangeRecord>): ChangeRecord => ({
    ...base,
    time: by.time,
    result,
    reconciledBy: by.runId,
    ...extra,
  });
  const lead = `outcome unknown — state re-read by run ${by.runId}`;
  if (!observed) {
    return rec('skipped', {
      before: {},
      after: {},
      errorCode: 'OutcomeUnknown',
      errorMessage: `${lead}: the resource no longer exists`,
    });
  }
  const isTemplate = intent.kind === 'launch-template';
  const applied = isTemplate
    ? intent.afterVersion !== undefined && observed.version === intent.afterVersion
    : sameState(intent.kind, intent.after, observed.state);
  if (applied)
    return rec('applied', { errorCode: 'Reconciled', errorMessage: `${lead}: the change was made` });
  const notApplied = isTemplate
    ? observed.version === intent.beforeVersion
    : sameState(intent.kind, intent.before, observed.state);
  const now: Partial<ChangeRecord> = { before: observed.state, after: observed.state };
  if (isTemplate) Object.assign(now, { beforeVersion: observed.version, afterVersion: observed.version });
  if (notApplied) {
    return rec('failed', {
      ...now,
      errorCode: 'NotApplied',
      errorMessage: `${lead}: the change was not made${isTemplate && intent.afterVersion === undefined ? ' (a version the interrupted call may have created is not the default)' : ''}`,
    });
  }
  return rec('drifted', {
    ...now,
    errorCode: 'OutcomeUnknown',
    errorMessage: `${lead}: AWS shows neither the before-state nor the intended state; someone else changed it`,
  });
}
