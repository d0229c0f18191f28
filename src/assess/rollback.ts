/**
 * Rollback plans from the change log: which run, which records, and for each the exact before-state
 * to restore. Intents without a settled outcome (a crash, or an unknown outcome) are included and
 * restored only if AWS shows the change was made (apply's drift check). Pure.
 */
import {
  applyDefaultsChange,
  changedFields,
  defaultsDrift,
  defaultsSettings,
  settingsOf,
} from '../model/metadata.js';
import type {
  ChangeRecord,
  HeldBackItem,
  MetadataOptions,
  Plan,
  PlanItem,
  PlanProvenance,
  PlanSelection,
  ProvenanceFacts,
} from '../model/types.js';
import { itemOrder } from './plan.js';
import { PlanError, sealPlan } from './plan-file.js';

// ───────────────────────────── rollback ─────────────────────────────

export interface RollbackSelection {
  /** A run id, or 'last' (the run of the last record in the log). */
  run: string;
  instances?: string[];
  excludeInstances?: string[];
}

/** Which run 'last' means: the most recent apply run with applied changes (never a rollback run). */
export function resolveRun(records: ChangeRecord[], run: string): string | undefined {
  if (run !== 'last') return run;
  for (let i = records.length - 1; i >= 0; i--)
    if (records[i].result === 'applied' && records[i].mode !== 'rollback') return records[i].runId;
  return undefined;
}

/**
 * Intents with no settled outcome after them: the process died with the answer on the wire, or the
 * outcome was recorded as `unknown`. The next run re-reads each and records what AWS has.
 */
export function openIntents(records: readonly ChangeRecord[]): ChangeRecord[] {
  const open = new Map<string, ChangeRecord>();
  for (const r of records) {
    const k = `${r.runId}|${r.mode}|${r.kind}|${r.accountId}|${r.region}|${r.resourceId}`;
    if (r.result === 'started') {
      open.delete(k);
      open.set(k, r);
    } else if (r.result !== 'unknown') open.delete(k);
  }
  return [...open.values()];
}

/** The rollback item for one applied (or outcome-unknown) record: every field it altered, set back. */
function restoreItem(r: ChangeRecord, reason: string): PlanItem | undefined {
  const base = { kind: r.kind, accountId: r.accountId, region: r.region, resourceId: r.resourceId, reason };
  if (r.kind === 'launch-template') {
    if (r.beforeVersion === undefined || r.afterVersion === undefined || r.beforeVersion === r.afterVersion)
      return undefined;
    return {
      ...base,
      before: settingsOf(r.after),
      after: settingsOf(r.before),
      beforeVersion: r.afterVersion,
      afterVersion: r.beforeVersion,
    };
  }
  if (r.kind === 'account-defaults') {
    const left = applyDefaultsChange(r.before, r.after);
    const was = defaultsSettings(r.before);
    const restore: MetadataOptions = {};
    for (const f of defaultsDrift(was, left)) {
      const v = was[f] ?? (f === 'httpPutResponseHopLimit' ? -1 : 'no-preference');
      (restore as Record<string, unknown>)[f] = v;
    }
    if (Object.keys(restore).length === 0) return undefined;
    return { ...base, before: left, after: restore };
  }
  const leftState = { ...settingsOf(r.before), ...settingsOf(r.after) };
  const restore: MetadataOptions = {};
  for (const f of changedFields(leftState, settingsOf(r.before)))
    (restore as Record<string, unknown>)[f] = r.before[f];
  if (Object.keys(restore).length === 0) return undefined;
  return { ...base, before: settingsOf(leftState), after: restore };
}

/**
 * A plan that restores each applied change's exact before-state. The plan's before is the state the
 * change left (so apply's drift check refuses resources someone changed since), its after is every
 * field the change altered, set back to what it was (`no-preference` for an account default that was
 * unset; the old default version for a launch template). An intent of the run that still has no
 * outcome (reconciliation could not read it) is planned too: its drift check restores it only if AWS
 * shows the change was made.
 */
export function buildRollbackPlan(
  records: ChangeRecord[],
  sel: RollbackSelection,
  createdAt: string,
  selectedBy?: PlanSelection,
  /** Records planned though unproven (rollback-run `unverified`) → why; shown in the item's reason. */
  unproven?: ReadonlyMap<ChangeRecord, string>,
): { plan: Plan; runId: string; matched: number } {
  const runId = resolveRun(records, sel.run);
  if (!runId) throw new PlanError('rollback-run: last — the change log has no applied changes to roll back');
  const applied = records.filter((r) => r.runId === runId && r.result === 'applied');
  const unknown = openIntents(records).filter((r) => r.runId === runId);
  if (applied.length === 0 && unknown.length === 0) {
    const runs = [...new Set(records.map((r) => r.runId))].slice(-10);
    throw new PlanError(
      `rollback-run: run ${runId} has no applied changes in the change log${runs.length ? ` (runs in the log: ${runs.join(', ')})` : ''}`,
    );
  }
  const items: PlanItem[] = [];
  const heldBack: HeldBackItem[] = [];
  const seen = new Set<string>();
  let matched = 0;
  const candidates: Array<{ r: ChangeRecord; reason: string }> = [
    ...[...applied].reverse().map((r) => ({
      r,
      reason: `restore the before-state recorded by run ${runId} at ${r.time}${r.reconciledBy ? ` (outcome reconciled by run ${r.reconciledBy})` : ''}`,
    })),
    ...unknown.map((r) => ({
      r,
      reason: `outcome unknown (run ${runId} wrote an intent at ${r.time} but no outcome): restored only if AWS shows the change was made`,
    })),
  ];
  // The last applied record per resource wins (a run changes a resource at most once, but be safe).
  for (const { r, reason } of candidates) {
    const key = `${r.kind}/${r.accountId}/${r.region}/${r.resourceId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (sel.instances?.length && !sel.instances.includes(r.resourceId)) continue;
    matched++;
    if (sel.excludeInstances?.includes(r.resourceId)) {
      heldBack.push({
        accountId: r.accountId,
        region: r.region,
        resourceId: r.resourceId,
        reason: `excluded by instances (!${r.resourceId})`,
      });
      continue;
    }
    const doubt = unproven?.get(r);
    const item = restoreItem(r, doubt ? `${reason} (unverified: ${doubt})` : reason);
    if (item) items.push(item);
    else if (r.result === 'started') {
      heldBack.push({
        accountId: r.accountId,
        region: r.region,
        resourceId: r.resourceId,
        reason: 'outcome unknown and not reconcilable from the log (re-run rollback once AWS can be read)',
      });
    }
  }
  if (sel.instances?.length) {
    for (const id of sel.instances) {
      if (!applied.some((r) => r.resourceId === id) && !unknown.some((r) => r.resourceId === id)) {
        heldBack.push({
          accountId: '',
          region: '',
          resourceId: id,
          reason: `run ${runId} did not change this instance`,
        });
      }
    }
  }
  items.sort(itemOrder);
  heldBack.sort(itemOrder);
  const plan = sealPlan({
    schema: 'imds-guard/plan',
    version: 1,
    createdAt,
    scannedAt: createdAt,
    mode: 'rollback',
    remediation: 'restore',
    v1UsageDays: 0,
    ...(selectedBy ? { selectedBy } : {}),
    items,
    heldBack,
  });
  return { plan, runId, matched };
}

// ───────────────────────────── provenance ─────────────────────────────

/** `rollback-run` as given: a run id or `last`, optionally followed by `unverified` (the opt-in). */
export interface RollbackRunSpec {
  run: string;
  /** Plan also from records IMDS Guard could not prove it wrote (each one named in the plan). */
  unverified: boolean;
}

/** Parses `rollback-run`: `last`, `<run id>`, `last, unverified` or `<run id> unverified`. */
export function parseRollbackRun(value: string): RollbackRunSpec {
  const words = value
    .trim()
    .split(/[\s,]+/)
    .filter(Boolean);
  const [run, ...rest] = words;
  const bad = (why: string) =>
    new PlanError(
      `Input 'rollback-run': ${why}. Give a run id or \`last\`, optionally followed by \`unverified\` to plan also from change-log records whose provenance cannot be proven (e.g. \`rollback-run: last, unverified\`).`,
    );
  if (!run) throw bad('is empty');
  if (run === 'unverified') throw bad('names no run before `unverified`');
  if (rest.length > 1 || (rest.length === 1 && rest[0] !== 'unverified'))
    throw bad(`'${value.trim()}' has more than a run and \`unverified\``);
  return { run, unverified: rest.length === 1 };
}

/** One change-log record with its 1-based line number and exact text. */
export interface LoggedRecord {
  record: ChangeRecord;
  line: number;
  text: string;
}

/** GitHub's timestamps for a run and for a commit come from different services: allow this much apart. */
export const CLOCK_SKEW_MS = 5 * 60_000;

export type ProvenanceVerdict = { ok: true; note?: string } | { ok: false; why: string };

/** The run that wrote a line: its stamp, else (older logs) the reconciling run, else the record's run. */
export function writerOf(r: ChangeRecord): string {
  return r.writtenBy?.runId ?? r.reconciledBy ?? r.runId;
}

/** `owner/repo/.github/workflows/x.yml@refs/heads/main` → `owner/repo/.github/workflows/x.yml`. */
function workflowPath(ref: string): string {
  const at = ref.lastIndexOf('@');
  return at > 0 ? ref.slice(0, at) : ref;
}

/**
 * Whether IMDS Guard wrote this line: it came in a commit GitHub signed whose author is the token's own
 * identity (the change-log commits are createCommitOnBranch commits by that identity), the run that
 * wrote it is a run of this repository's workflow named in the record, not a pull request's, that ran
 * (in progress or completed) and whose lifetime contains that commit. Records written before the stamp
 * existed (no `writtenBy`) are proven by the commit and the run alone. Pure.
 */
export function judgeRecord(l: LoggedRecord, facts: ProvenanceFacts): ProvenanceVerdict {
  const r = l.record;
  const writer = writerOf(r);
  const w = r.writtenBy;
  if (w && w.runId !== (r.reconciledBy ?? r.runId))
    return {
      ok: false,
      why: `its stamp names run ${w.runId} but the record is of run ${r.reconciledBy ?? r.runId}`,
    };
  if (w && !r.reconciledBy && w.planDigest !== r.planDigest)
    return { ok: false, why: `its stamp names plan ${w.planDigest} but the record names ${r.planDigest}` };
  const commits = facts.lineCommits.get(l.text.trim());
  if (!commits?.length)
    return { ok: false, why: `the line is not in ${facts.path} as committed to ${facts.branch}` };
  const ours = commits.filter((c) => c.signedByGitHub && c.author === facts.identity);
  if (!ours.length) {
    const c = commits[0];
    return {
      ok: false,
      why: `the line came in commit ${c.oid.slice(0, 7)} by ${c.author ?? 'an author with no GitHub account'}${c.signedByGitHub ? '' : ', not signed by GitHub'}, not a change-log commit of ${facts.identity}`,
    };
  }
  const run = facts.runs.get(writer);
  if (!run) return { ok: false, why: `run ${writer} is not a workflow run of ${facts.repository}` };
  if (run.repository && run.repository.toLowerCase() !== facts.repository.toLowerCase())
    return { ok: false, why: `run ${writer} belongs to ${run.repository}, not ${facts.repository}` };
  if (run.status !== 'completed' && run.status !== 'in_progress')
    return { ok: false, why: `run ${writer} has not run (status ${run.status})` };
  if (run.event.startsWith('pull_request'))
    return { ok: false, why: `run ${writer} ran on ${run.event}, where IMDS Guard refuses to apply` };
  if (w?.workflow) {
    const want = `${facts.repository}/${run.path}`.toLowerCase();
    if (workflowPath(w.workflow).toLowerCase() !== want)
      return { ok: false, why: `run ${writer} is of workflow ${run.path}, not ${workflowPath(w.workflow)}` };
  }
  if (w && Number(w.runAttempt) > run.runAttempt)
    return { ok: false, why: `run ${writer} has no attempt ${w.runAttempt}` };
  const from = Date.parse(run.createdAt) - CLOCK_SKEW_MS;
  const to =
    run.status === 'completed' ? Date.parse(run.updatedAt) + CLOCK_SKEW_MS : Number.POSITIVE_INFINITY;
  const during = ours.find((c) => {
    const t = Date.parse(c.committedDate);
    return t >= from && t <= to;
  });
  if (!during) {
    return {
      ok: false,
      why: `commit ${ours[0].oid.slice(0, 7)} was made at ${ours[0].committedDate}, outside run ${writer} (${run.createdAt} to ${run.status === 'completed' ? run.updatedAt : 'now'})`,
    };
  }
  if (!w)
    return {
      ok: true,
      note: `recorded before provenance stamps; proven by commit ${during.oid.slice(0, 7)} and run ${writer}`,
    };
  return { ok: true };
}

/** A line's result that a rollback plan can act on (an applied change or one of unknown outcome). */
const plannable = (r: ChangeRecord) =>
  r.result === 'applied' || r.result === 'started' || r.result === 'unknown';

export interface ProvenanceSort {
  /** The records the rollback plan is built from. */
  records: ChangeRecord[];
  /** Records planned though unproven (`unverified` opt-in) → why, appended to the item's reason. */
  unproven: Map<ChangeRecord, string>;
  /** Every line left out, with why (the plan lists those of the run it undoes). */
  leftOut: Array<{ l: LoggedRecord; why: string }>;
  /** Each record's line number. */
  lineOf: Map<ChangeRecord, number>;
  /** What GitHub answered, or why it could not be asked. */
  checked: { identity: string } | { unavailable: string };
  /** Kept records with a remark (written before provenance stamps, proven by commit and run). */
  notes?: Map<ChangeRecord, string>;
}

/**
 * Sorts the change log's records by provenance. `facts` is what GitHub answered, or the reason it could
 * not be asked; without an answer the plan is refused unless `unverified` opts in. Pure.
 */
export function sortByProvenance(
  lines: readonly LoggedRecord[],
  facts: ProvenanceFacts | { unavailable: string },
  spec: RollbackRunSpec,
): ProvenanceSort {
  const lineOf = new Map(lines.map((l) => [l.record, l.line] as const));
  if ('unavailable' in facts) {
    if (!spec.unverified) {
      throw new PlanError(
        `plan-rollback refused: provenance was not checked (${facts.unavailable}), so nothing shows the change log's records were written by IMDS Guard. Fix: give plan-rollback the github-token input with \`permissions: actions: read, contents: read\`, on the branch the change log is committed to; or, having read the log yourself, set \`rollback-run: ${spec.run}, unverified\` to plan from unverified records (the plan says so).`,
      );
    }
    return {
      records: lines.map((l) => l.record),
      unproven: new Map(lines.map((l) => [l.record, 'provenance not checked'] as const)),
      leftOut: [],
      lineOf,
      checked: facts,
    };
  }
  const records: ChangeRecord[] = [];
  const unproven = new Map<ChangeRecord, string>();
  const leftOut: Array<{ l: LoggedRecord; why: string }> = [];
  const notes = new Map<ChangeRecord, string>();
  for (const l of lines) {
    const v = judgeRecord(l, facts);
    if (v.ok) {
      records.push(l.record);
      if (v.note) notes.set(l.record, v.note);
    } else if (spec.unverified) {
      records.push(l.record);
      unproven.set(l.record, v.why);
    } else leftOut.push({ l, why: v.why });
  }
  return { records, unproven, leftOut, lineOf, checked: { identity: facts.identity }, notes };
}

const OLD_RECORD_FIX =
  'it predates provenance stamps and its commit does not prove it: roll those instances back with mode: plan, remediation: allow-v1 and an instances list, or re-record them';

function leftOutRow(l: LoggedRecord, why: string, file: string): HeldBackItem {
  return {
    accountId: l.record.accountId,
    region: l.record.region,
    resourceId: l.record.resourceId,
    reason: `not written by IMDS Guard — left out: run ${l.record.runId}, ${file} line ${l.line} (${why}${l.record.writtenBy ? '' : `; ${OLD_RECORD_FIX}`})`,
  };
}

/** The left-out lines a rollback could have used (applied changes and open intents), as held-back rows. */
export function leftOutRows(leftOut: ProvenanceSort['leftOut'], file: string): HeldBackItem[] {
  return leftOut.filter(({ l }) => plannable(l.record)).map(({ l, why }) => leftOutRow(l, why, file));
}

/**
 * The runs `last` may mean, newest first: each run with an applied change of an apply (not a rollback),
 * ordered by its last such line. With provenance checked, `last` is the newest whose records pass.
 */
export function candidateRuns(records: readonly ChangeRecord[]): string[] {
  const order: string[] = [];
  for (let i = records.length - 1; i >= 0; i--) {
    const r = records[i];
    if (r.result === 'applied' && r.mode !== 'rollback' && !order.includes(r.runId)) order.push(r.runId);
  }
  return order;
}

/** No run to roll back among the records IMDS Guard wrote: the error lists what was left out. */
export function noProvenRunError(
  leftOut: ProvenanceSort['leftOut'],
  spec: RollbackRunSpec,
  file: string,
): PlanError | undefined {
  const rows = leftOutRows(leftOut, file);
  if (!rows.length) return undefined;
  return new PlanError(
    `rollback-run: ${spec.run} — no applied change of ${spec.run === 'last' ? 'any run' : `run ${spec.run}`} in the change log was written by IMDS Guard. ${rows.length} record(s) left out: ${rows
      .slice(0, 10)
      .map((h) => `${h.resourceId} (${h.reason})`)
      .join(
        '; ',
      )}${rows.length > 10 ? '; …' : ''}. To plan from them anyway, read them and set rollback-run: ${spec.run}, unverified.`,
  );
}

/** The plan's provenance statement, for the approver. */
export function provenanceOfPlan(
  sorted: ProvenanceSort,
  plan: Pick<Plan, 'items'>,
  leftOut: number,
  spec: RollbackRunSpec,
  file: string,
): PlanProvenance {
  const planned = plan.items.filter((i) => / \(unverified: /.test(i.reason)).length;
  if ('unavailable' in sorted.checked) {
    return {
      checked: false,
      statement: `Provenance was NOT checked (${sorted.checked.unavailable}). rollback-run says unverified, so this plan restores records nobody proved IMDS Guard wrote: read ${file} before approving.`,
      leftOut: 0,
      unverifiedPlanned: planned,
    };
  }
  const id = sorted.checked.identity;
  const base = `Provenance checked: each record must have come in a GitHub-signed change-log commit by ${id} during a run of this repository's workflow that wrote it.`;
  const out = leftOut
    ? ` ${leftOut} record(s) not written by IMDS Guard were left out (listed under held back).`
    : ' Every record this plan restores passed.';
  const old = [...(sorted.notes?.keys() ?? [])].filter((r) => r.result === 'applied').length;
  const pre = old
    ? ` ${old} applied record(s) predate provenance stamps: proven by their commit and run (their workflow is not recorded).`
    : '';
  const opt = planned
    ? ` ${planned} change(s) are planned from records that did NOT pass, because rollback-run says unverified (${spec.run}, unverified): read their reasons before approving.`
    : '';
  return {
    checked: true,
    identity: id,
    statement: base + (spec.unverified ? '' : out) + pre + opt,
    leftOut,
    unverifiedPlanned: planned,
  };
}

/** Instances a wave's soak restored already, as held-back rows of the rollback plan. */
export function autoRestoredRows(restored: ChangeRecord[], runId: string) {
  return restored
    .filter((x) => x.runId === runId)
    .map((x) => ({
      accountId: x.accountId,
      region: x.region,
      resourceId: x.resourceId,
      reason: `already restored automatically after wave ${x.autoRollback?.wave} (${x.autoRollback?.metric} ${x.autoRollback?.sum}): nothing to roll back`,
    }));
}
