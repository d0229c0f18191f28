/**
 * The plan file: its canonical form and sha256 digest (what the plan job outputs as `plan-digest` and
 * apply pins), reading it back with every field validated, and the refusal reasons for a plan that is
 * not the reviewed one, too old, or made in the future. Pure.
 */
import { createHash } from 'node:crypto';
import { applyDefaultsChange, changedFields, defaultsDrift, settingsOf } from '../model/metadata.js';
import type { Plan } from '../model/types.js';
import { wavesProblem } from './waves.js';

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
  const waves = wavesProblem(p as Plan);
  if (waves) throw bad(`waves: ${waves}`);
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
