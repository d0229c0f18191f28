/**
 * Judging a remediation: which instances change, to what, and why — and, for apply, whether a plan
 * file is intact, fresh, and whether the world drifted from it. Pure: no I/O, no clock (callers pass
 * times in), so every rule here is a table-driven unit test.
 */
import { createHash } from 'node:crypto';
import {
  applyDefaultsChange,
  changedFields,
  defaultsDrift,
  defaultsSettings,
  type Readiness,
  settingsOf,
} from '../model/metadata.js';
import type {
  AccountDefaults,
  ChangeRecord,
  ExceptionInfo,
  GateTarget,
  HeldBackItem,
  Instance,
  LaunchTemplateInfo,
  MetadataOptions,
  Plan,
  PlanItem,
  PlanSelection,
  PostureError,
  Remediation,
  Selection,
} from '../model/types.js';
import { exceptionOf } from './exceptions.js';
import { defaultsVerdict, templateVerdict } from './posture.js';
import { inScope } from './rules.js';
import { applySelection, type CsvSelection, InputFileError } from './selection.js';

export interface TargetPolicy {
  remediation: Remediation;
  hopLimit?: number;
}

/**
 * The change a remediation makes to one instance: only the fields that change, or undefined when the
 * instance is already in the target state.
 *  - require-v2: HttpTokens=required (+ hop limit policy). Never touches HttpEndpoint, so a disabled
 *    endpoint stays disabled (Metabadger re-enabled it); a disabled endpoint still gets tokens
 *    required, so re-enabling it later cannot bring IMDSv1 back.
 *  - disable: HttpEndpoint=disabled only. Never weakens HttpTokens (Metabadger set them optional).
 *  - allow-v1: HttpTokens=optional only (the blanket rollback; prefer mode: rollback's exact one).
 */
export function targetChange(before: MetadataOptions, policy: TargetPolicy): MetadataOptions | undefined {
  const want: MetadataOptions = {};
  switch (policy.remediation) {
    case 'require-v2':
      want.httpTokens = 'required';
      if (policy.hopLimit !== undefined && before.httpEndpoint !== 'disabled') {
        want.httpPutResponseHopLimit = policy.hopLimit;
      }
      break;
    case 'disable':
      want.httpEndpoint = 'disabled';
      break;
    case 'allow-v1':
      want.httpTokens = 'optional';
      break;
  }
  const fields = changedFields(before, want);
  if (fields.length === 0) return undefined;
  const change: MetadataOptions = {};
  for (const f of fields) (change as Record<string, unknown>)[f] = want[f];
  return change;
}

function reasonFor(i: Instance & { exception?: ExceptionInfo }, change: MetadataOptions): string {
  const parts: string[] = [];
  const m = i.metadata;
  if (change.httpTokens === 'required') {
    parts.push(
      m.httpEndpoint === 'disabled'
        ? 'tokens optional behind a disabled endpoint: require IMDSv2 so re-enabling cannot restore IMDSv1 (endpoint stays disabled)'
        : 'allows IMDSv1 (HttpTokens=optional): require IMDSv2',
    );
  }
  if (change.httpPutResponseHopLimit !== undefined) {
    parts.push(
      `hop limit ${m.httpPutResponseHopLimit ?? '?'} → ${change.httpPutResponseHopLimit} (hop-limit policy)`,
    );
  }
  if (change.httpEndpoint === 'disabled')
    parts.push('metadata endpoint enabled: disable it (tokens unchanged)');
  if (change.httpTokens === 'optional') parts.push('allow-v1: set HttpTokens=optional (blanket rollback)');
  if (i.state === 'stopped' || i.state === 'stopping') parts.push('stopped: takes effect at next start');
  if (i.exception && !i.exception.honoured) {
    const e = i.exception;
    parts.push(
      e.expired
        ? `exception expired ${e.expires}`
        : !e.valid
          ? 'exception tag malformed (not honoured)'
          : 'exception tag present but exceptions: false',
    );
  }
  return parts.join('; ');
}

export interface PlanInput {
  instances: Instance[];
  /** Recorded in the plan: what selected its resources. */
  selectedBy?: PlanSelection;
  selection: Selection;
  fileRows?: CsvSelection[];
  policy: TargetPolicy;
  exceptions: { enabled: boolean; tagKey: string };
  /** YYYY-MM-DD for exception expiry. */
  today: string;
  includeStopped: boolean;
  createdAt: string;
  scannedAt: string;
  v1UsageDays: number;
}

export interface Candidates {
  /** Instances that would change, with their change, before readiness. */
  candidates: Array<{ instance: Instance; after: MetadataOptions; reason: string }>;
  heldBack: HeldBackItem[];
  /** Expired or malformed exception tags among the selected instances. */
  expiredExceptions: Array<{ instance: Instance; expires?: string; reason: string }>;
}

/** Selection, exceptions and target state: everything about the plan except readiness. */
export function planCandidates(input: PlanInput): Candidates {
  const scoped = input.instances.filter((i) => inScope(i, input.includeStopped));
  const sel = applySelection(scoped, input.selection, input.fileRows);
  const heldBack: HeldBackItem[] = [];
  const candidates: Candidates['candidates'] = [];
  const expiredExceptions: Candidates['expiredExceptions'] = [];
  const seenNotFound = new Set<string>();
  for (const n of sel.notFound) {
    const key = `${n.accountId ?? ''}/${n.region ?? ''}/${n.instanceId}`;
    if (seenNotFound.has(key)) continue;
    seenNotFound.add(key);
    const outOfScope = input.instances.find((i) => i.instanceId === n.instanceId);
    heldBack.push({
      accountId: n.accountId ?? outOfScope?.accountId ?? '',
      region: n.region ?? outOfScope?.region ?? '',
      resourceId: n.instanceId,
      reason: outOfScope
        ? `selected but out of scope (${outOfScope.state})`
        : `selected but not found in any scanned region${n.region ? ` (file says ${n.region})` : ''}`,
    });
  }
  for (const i of sel.selected) {
    const ex = exceptionOf(i, input.exceptions.tagKey, input.exceptions.enabled, input.today);
    const inst: Instance & { exception?: typeof ex } = ex ? { ...i, exception: ex } : i;
    if (ex && (ex.expired || !ex.valid)) {
      expiredExceptions.push({
        instance: i,
        expires: ex.expires,
        reason: ex.valid ? ex.reason : `malformed: '${i.tags[input.exceptions.tagKey]}'`,
      });
    }
    const after = targetChange(i.metadata, input.policy);
    if (!after) continue; // already in the target state
    if (ex?.honoured) {
      heldBack.push(held(i, `exempt: ${ex.reason}${ex.expires ? ` (until ${ex.expires})` : ''}`));
      continue;
    }
    if (i.metadata.state === 'pending') {
      heldBack.push(held(i, 'a metadata change is still pending on this instance; plan again once applied'));
      continue;
    }
    candidates.push({ instance: inst, after, reason: reasonFor(inst, after) });
  }
  return { candidates, heldBack, expiredExceptions };
}

function held(i: Instance, reason: string, v1Calls?: number): HeldBackItem {
  const h: HeldBackItem = { accountId: i.accountId, region: i.region, resourceId: i.instanceId, reason };
  if (i.name) h.name = i.name;
  if (v1Calls !== undefined) h.v1Calls = v1Calls;
  return h;
}

/** Does this change need the v1-usage readiness check? (Tokens optional and endpoint on: v1 callers would break.) */
export function needsReadiness(before: MetadataOptions, after: MetadataOptions): boolean {
  const breaksV1 = after.httpTokens === 'required' || after.httpEndpoint === 'disabled';
  return breaksV1 && before.httpTokens !== 'required' && before.httpEndpoint !== 'disabled';
}

const KIND_ORDER: Record<string, number> = { instance: 0, 'launch-template': 1, 'account-defaults': 2 };
const itemOrder = (
  a: { accountId: string; region: string; resourceId: string; kind?: string },
  b: typeof a,
) =>
  a.accountId.localeCompare(b.accountId) ||
  a.region.localeCompare(b.region) ||
  (KIND_ORDER[a.kind ?? 'instance'] ?? 9) - (KIND_ORDER[b.kind ?? 'instance'] ?? 9) ||
  a.resourceId.localeCompare(b.resourceId);

/** Candidates + readiness → the plan. Instances with v1 calls (or unmeasured) are held back unless includeInUse. */
export function buildPlan(
  input: PlanInput,
  cands: Candidates,
  readiness: Map<string, Readiness>,
  includeInUse: boolean,
  posture?: { items: PlanItem[]; heldBack: HeldBackItem[] },
): Plan {
  const items: PlanItem[] = [...(posture?.items ?? [])];
  const heldBack = [...cands.heldBack, ...(posture?.heldBack ?? [])];
  for (const c of cands.candidates) {
    const i = c.instance;
    const needs = needsReadiness(i.metadata, c.after);
    const r = needs ? readiness.get(i.instanceId) : undefined;
    let reason = c.reason;
    let v1Calls: number | undefined;
    if (needs) {
      if (!r) {
        if (!includeInUse) {
          heldBack.push(held(i, 'IMDSv1 usage not measured'));
          continue;
        }
        reason += '; IMDSv1 usage not measured (include-in-use)';
      } else if ('error' in r) {
        if (!includeInUse) {
          heldBack.push(held(i, `IMDSv1 usage unknown (${r.error}); cannot confirm readiness`));
          continue;
        }
        reason += `; IMDSv1 usage unknown (${r.error}), planned because include-in-use`;
      } else {
        v1Calls = r.v1Calls;
        if (r.v1Calls > 0) {
          if (!includeInUse) {
            heldBack.push(
              held(
                i,
                `still using IMDSv1: ${r.v1Calls} MetadataNoToken calls in ${input.v1UsageDays} days`,
                r.v1Calls,
              ),
            );
            continue;
          }
          reason += `; still using IMDSv1 (${r.v1Calls} calls in ${input.v1UsageDays} days) — planned because include-in-use, these calls will fail`;
        }
      }
    }
    const item: PlanItem = {
      kind: 'instance',
      accountId: i.accountId,
      region: i.region,
      resourceId: i.instanceId,
      before: settingsOf(i.metadata),
      after: c.after,
      reason,
    };
    if (i.name) item.name = i.name;
    if (v1Calls !== undefined) item.v1Calls = v1Calls;
    items.push(item);
  }
  items.sort(itemOrder);
  heldBack.sort(itemOrder);
  return sealPlan({
    schema: 'imds-guard/plan',
    version: 1,
    createdAt: input.createdAt,
    scannedAt: input.scannedAt,
    mode: 'plan',
    remediation: input.policy.remediation,
    v1UsageDays: input.v1UsageDays,
    ...(input.selectedBy ? { selectedBy: input.selectedBy } : {}),
    items,
    heldBack,
  });
}

// ───────────────────────────── launch templates and account defaults ─────────────────────────────

export interface PosturePlanInput {
  targets: GateTarget[];
  remediation: Remediation;
  accountDefaults: AccountDefaults[];
  launchTemplates: LaunchTemplateInfo[];
  postureErrors: PostureError[];
  /** In-scope instances: those launched from a template are its readiness evidence. */
  instances: Instance[];
  v1UsageDays: number;
}

/** Instances that say whether a template's workload still calls IMDSv1: launched from it, v1 allowed today. */
export function templateReadinessInstances(t: LaunchTemplateInfo, instances: Instance[]): Instance[] {
  return instances.filter(
    (i) =>
      i.launchTemplateId === t.launchTemplateId &&
      i.accountId === t.accountId &&
      i.region === t.region &&
      i.metadata.httpTokens !== 'required' &&
      i.metadata.httpEndpoint !== 'disabled',
  );
}

/** The templates and defaults the plan would change (before readiness), and what is held back why. */
export function postureCandidates(input: PosturePlanInput): {
  templates: LaunchTemplateInfo[];
  defaults: AccountDefaults[];
  heldBack: HeldBackItem[];
} {
  const heldBack: HeldBackItem[] = [];
  const templates: LaunchTemplateInfo[] = [];
  const defaults: AccountDefaults[] = [];
  if (input.remediation !== 'require-v2') return { templates, defaults, heldBack };
  const failed = (op: string) => input.postureErrors.filter((e) => e.operation === op);
  if (input.targets.includes('launch-templates')) {
    for (const e of failed('DescribeLaunchTemplateVersions')) {
      heldBack.push({
        accountId: e.accountId,
        region: e.region,
        resourceId: 'launch-templates',
        reason: `launch templates could not be read (${e.code}); none planned in this region`,
      });
    }
    for (const t of input.launchTemplates) if (templateVerdict(t).allowsV1) templates.push(t);
  }
  if (input.targets.includes('account-defaults')) {
    for (const e of failed('GetInstanceMetadataDefaults')) {
      heldBack.push({
        accountId: e.accountId,
        region: e.region,
        resourceId: 'account-defaults',
        reason: `account defaults could not be read (${e.code})`,
      });
    }
    for (const d of input.accountDefaults) {
      if (!defaultsVerdict(d).allowsV1) continue;
      if (d.managedBy === 'declarative-policy') {
        heldBack.push({
          accountId: d.accountId,
          region: d.region,
          resourceId: 'account-defaults',
          reason:
            'managed by a declarative policy: cannot be changed from the account; set HttpTokens=required in the organization’s EC2 declarative policy',
        });
        continue;
      }
      defaults.push(d);
    }
  }
  return { templates, defaults, heldBack };
}

/**
 * Plan items for launch templates (a new version from the current default with HttpTokens=required,
 * made the default) and account defaults (HttpTokens=required per region). A template whose launched
 * instances still call IMDSv1 (or whose usage is unknown) is held back unless includeInUse: its next
 * launches would break that workload.
 */
export function buildPostureItems(
  input: PosturePlanInput,
  readiness: Map<string, Readiness>,
  includeInUse: boolean,
): { items: PlanItem[]; heldBack: HeldBackItem[] } {
  const cands = postureCandidates(input);
  const items: PlanItem[] = [];
  const heldBack = [...cands.heldBack];
  for (const t of cands.templates) {
    const users = templateReadinessInstances(t, input.instances);
    let calls = 0;
    let unknown = 0;
    for (const i of users) {
      const r = readiness.get(i.instanceId);
      if (!r || 'error' in r) unknown++;
      else calls += r.v1Calls;
    }
    const verdict = templateVerdict(t);
    let reason = `${verdict.reason}: new version from default version ${t.defaultVersion.versionNumber} with HttpTokens=required, made the default`;
    if (calls > 0 || unknown > 0) {
      const why =
        calls > 0
          ? `instances launched from it still use IMDSv1: ${calls} MetadataNoToken calls in ${input.v1UsageDays} days`
          : `IMDSv1 usage of ${unknown} instance(s) launched from it unknown`;
      if (!includeInUse) {
        const h: HeldBackItem = {
          accountId: t.accountId,
          region: t.region,
          resourceId: t.launchTemplateId,
          reason: why,
        };
        if (t.name) h.name = t.name;
        if (calls > 0) h.v1Calls = calls;
        heldBack.push(h);
        continue;
      }
      reason += `; ${why} — planned because include-in-use`;
    }
    const before: MetadataOptions = {};
    const d = t.defaultVersion;
    if (d.httpTokens !== undefined) before.httpTokens = d.httpTokens;
    if (d.httpPutResponseHopLimit !== undefined) before.httpPutResponseHopLimit = d.httpPutResponseHopLimit;
    if (d.httpEndpoint !== undefined) before.httpEndpoint = d.httpEndpoint;
    const item: PlanItem = {
      kind: 'launch-template',
      accountId: t.accountId,
      region: t.region,
      resourceId: t.launchTemplateId,
      before: settingsOf(before),
      after: { httpTokens: 'required' },
      reason,
      beforeVersion: d.versionNumber,
    };
    if (t.name) item.name = t.name;
    if (users.length) item.v1Calls = calls;
    items.push(item);
  }
  for (const d of cands.defaults) {
    items.push({
      kind: 'account-defaults',
      accountId: d.accountId,
      region: d.region,
      resourceId: 'account-defaults',
      before: defaultsSettings(d as MetadataOptions),
      after: { httpTokens: 'required' },
      reason: `${defaultsVerdict(d).reason}: set the region's default HttpTokens=required (existing instances are not changed)`,
    });
  }
  return { items, heldBack };
}

// ───────────────────────────── digest ─────────────────────────────

/** JSON with object keys sorted at every level, no whitespace; undefined members dropped (as JSON.stringify does). */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('non-finite number in plan');
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value))
    return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function planDigest(plan: Omit<Plan, 'digest'> | Plan): string {
  const { digest: _ignored, ...rest } = plan as Plan;
  return `sha256:${createHash('sha256').update(canonicalJson(rest)).digest('hex')}`;
}

export function sealPlan(plan: Omit<Plan, 'digest'>): Plan {
  return { ...plan, digest: planDigest(plan) };
}

// ───────────────────────────── reading a plan ─────────────────────────────

export class PlanError extends Error {
  override name = 'PlanError';
}

const REMEDIATIONS = ['require-v2', 'disable', 'allow-v1', 'restore'];

/** Parses and structurally validates a plan file; throws PlanError naming the file and what to fix. */
export function parsePlan(text: string, file: string): Plan {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new PlanError(
      `${file}: is not JSON (${(e as Error).message}); pass the plan-file written by a mode: plan run`,
    );
  }
  const p = raw as Partial<Plan>;
  const bad = (what: string) =>
    new PlanError(`${file}: ${what}; pass the plan-file written by a mode: plan run, unedited`);
  if (!p || typeof p !== 'object' || p.schema !== 'imds-guard/plan')
    throw bad("not an IMDS Guard plan (schema is not 'imds-guard/plan')");
  if (p.version !== 1)
    throw bad(`plan version ${String(p.version)} is not supported by this version (expects 1)`);
  if (typeof p.digest !== 'string') throw bad('has no digest');
  if (typeof p.createdAt !== 'string' || Number.isNaN(Date.parse(p.createdAt)))
    throw bad('createdAt is missing or not a time');
  if (!Array.isArray(p.items) || !Array.isArray(p.heldBack)) throw bad('items or heldBack is not a list');
  if (!REMEDIATIONS.includes(String(p.remediation)))
    throw bad(`remediation '${String(p.remediation)}' is unknown`);
  p.items.forEach((it, n) => {
    const where = `item ${n + 1}`;
    if (!it || typeof it !== 'object') throw bad(`${where} is not an object`);
    const id = String(it.resourceId);
    if (it.kind === 'instance') {
      if (!/^i-[0-9a-f]{8}([0-9a-f]{9})?$/.test(id)) throw bad(`${where}: '${id}' is not an instance id`);
    } else if (it.kind === 'launch-template') {
      if (!/^lt-[0-9a-f]{17}$/.test(id)) throw bad(`${where}: '${id}' is not a launch template id`);
      if (
        !Number.isInteger(it.beforeVersion) ||
        (it.afterVersion !== undefined && !Number.isInteger(it.afterVersion))
      )
        throw bad(`${where} (${id}): beforeVersion/afterVersion must be version numbers`);
    } else if (it.kind === 'account-defaults') {
      if (id !== 'account-defaults')
        throw bad(`${where}: account defaults must have resourceId 'account-defaults'`);
    } else throw bad(`${where}: kind '${String(it.kind)}' cannot be applied by this version`);
    if (!/^\d{12}$/.test(String(it.accountId)))
      throw bad(`${where} (${id}): account '${String(it.accountId)}' is not a 12-digit id`);
    if (typeof it.region !== 'string' || !it.region) throw bad(`${where} (${id}): region is missing`);
    if (!it.before || typeof it.before !== 'object' || !it.after || typeof it.after !== 'object') {
      throw bad(`${where} (${id}): before/after must be objects`);
    }
    const changes =
      it.kind === 'launch-template'
        ? it.afterVersion !== undefined
          ? it.afterVersion !== it.beforeVersion
          : Object.keys(settingsOf(it.after)).length > 0
        : it.kind === 'account-defaults'
          ? defaultsDrift(it.before, applyDefaultsChange(it.before, it.after)).length > 0
          : changedFields(it.before, it.after).length > 0;
    if (!changes) throw bad(`${where} (${id}): changes nothing`);
  });
  const ids = new Set<string>();
  for (const it of p.items) {
    const key = `${it.kind}/${it.accountId}/${it.region}/${it.resourceId}`;
    if (ids.has(key)) throw bad(`${it.resourceId} (${it.region}) appears twice`);
    ids.add(key);
  }
  return p as Plan;
}

/** Integrity and freshness. Returns the refusal reason, or undefined when the plan may be applied. */
export function checkPlan(
  plan: Plan,
  file: string,
  now: Date,
  maxAgeHours: number,
  pinnedDigest: string,
): string | undefined {
  const digest = planDigest(plan);
  // The pin comes from the plan job's output (through `needs`), not from the file: whoever can write
  // the plan artifact can recompute the file's own digest field, but not change what the plan job said.
  if (digest !== pinnedDigest.trim().toLowerCase()) {
    return `${file}: its content hashes to ${digest}, but plan-digest (the plan job's output) is ${pinnedDigest}: this is not the plan that was reviewed. Apply only the plan the plan job wrote, passing its plan-digest output through needs.`;
  }
  if (digest !== plan.digest) {
    return `${file}: digest mismatch — the plan was changed after it was made (recorded ${plan.digest}, content hashes to ${digest}). Make a new plan and have it reviewed; never edit a plan by hand.`;
  }
  const ageMs = now.getTime() - Date.parse(plan.createdAt);
  if (ageMs > maxAgeHours * 3_600_000) {
    return `${file}: the plan is ${(ageMs / 3_600_000).toFixed(1)} hours old (made ${plan.createdAt}), older than plan-max-age-hours (${maxAgeHours}). Make a fresh plan: the fleet may have changed since.`;
  }
  if (ageMs < -5 * 60_000)
    return `${file}: the plan was made in the future (${plan.createdAt}); check the clock.`;
  return undefined;
}

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
        reason: 'excluded by exclude-instances',
      });
      continue;
    }
    const item = restoreItem(r, reason);
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

export { InputFileError };
