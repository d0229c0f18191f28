/**
 * Judging a remediation: which resources change, to what, and why (selection, exceptions, target
 * state, readiness, launch templates and account defaults). Pure: no I/O, no clock (callers pass times
 * in). The plan file itself is plan-file.ts; rollback plans are rollback.ts.
 */
import { changedFields, defaultsSettings, type Readiness, settingsOf } from '../model/metadata.js';
import { compareCode } from '../model/text.js';
import type {
  AccountDefaults,
  ExceptionInfo,
  GateTarget,
  HeldBackItem,
  Instance,
  Inventory,
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
import { sealPlan } from './plan-file.js';
import { defaultsVerdict, templateVerdict } from './posture.js';
import { inScope } from './rules.js';
import { applySelection, type CsvSelection } from './selection.js';

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
export const itemOrder = (
  a: { accountId: string; region: string; resourceId: string; kind?: string },
  b: typeof a,
) =>
  compareCode(a.accountId, b.accountId) ||
  compareCode(a.region, b.region) ||
  (KIND_ORDER[a.kind ?? 'instance'] ?? 9) - (KIND_ORDER[b.kind ?? 'instance'] ?? 9) ||
  compareCode(a.resourceId, b.resourceId);

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

/** Every instance a change would break, once: the candidates' and the templates' readiness evidence. */
export function readinessTargets(
  cands: Candidates,
  templates: LaunchTemplateInfo[],
  instances: Instance[],
): Array<{ accountId: string; region: string; instanceId: string }> {
  const seen = new Set<string>();
  return [
    ...cands.candidates.filter((c) => needsReadiness(c.instance.metadata, c.after)).map((c) => c.instance),
    ...templates.flatMap((t) => templateReadinessInstances(t, instances)),
  ]
    .filter((i) => !seen.has(i.instanceId) && Boolean(seen.add(i.instanceId)))
    .map((i) => ({ accountId: i.accountId, region: i.region, instanceId: i.instanceId }));
}

/**
 * Instances the `instances` input (and its file) named that were not found: a failure when none of them
 * was, a warning when some were not.
 */
export function namedNotFound(
  plan: Pick<Plan, 'heldBack'>,
  named: ReadonlySet<string>,
  fromFile: boolean,
): { failure?: string; warning?: string } {
  const notFound = plan.heldBack.filter((h) => named.has(h.resourceId) && /not found/.test(h.reason));
  const ids = `${notFound
    .slice(0, 10)
    .map((h) => h.resourceId)
    .join(', ')}${notFound.length > 10 ? ', …' : ''}`;
  if (named.size && notFound.length === named.size)
    return {
      failure: `None of the ${named.size} instance(s) named in instances${fromFile ? ' (and its file)' : ''} exist in the scanned regions (${ids}). Check the ids and the regions input; the plan changes nothing.`,
    };
  if (notFound.length)
    return { warning: `${notFound.length} named instance(s) were not found in the scanned regions: ${ids}.` };
  return {};
}

/** Regions and accounts the plan does not cover, as failures where `fail-on-scan-error` says so. */
export function planScanFailures(
  inventory: Pick<Inventory, 'regions' | 'accounts'>,
  gate: { failOnRegionError: boolean; failOnAccountError: boolean },
): { failedRegions: string[]; failures: string[] } {
  const failedRegions = inventory.regions
    .filter((x) => x.status === 'failed')
    .map((x) => `${x.region} (${x.error?.code})`);
  // An account that could not be reached (its member role refused, say) is as missing as a region.
  const failedAccounts = inventory.accounts
    .filter((x) => x.status === 'failed')
    .map((x) => `${x.accountId} (${x.error?.code})`);
  const failures: string[] = [];
  if (failedRegions.length && gate.failOnRegionError)
    failures.push(
      `${failedRegions.length} region scan(s) failed (${failedRegions.join(', ')}); the plan does not cover them. Set fail-on-scan-error: false to accept a partial plan.`,
    );
  if (failedAccounts.length && gate.failOnAccountError)
    failures.push(
      `${failedAccounts.length} account(s) could not be read (${failedAccounts.join(', ')}); the plan does not cover them. Set fail-on-scan-error: regions (or false) to accept a plan without them.`,
    );
  return { failedRegions, failures };
}
