/**
 * What the approver and the operator read: the plan, and the apply/rollback outcome. Rendered from
 * templates/plan.md.hbs and templates/apply.md.hbs over a view whose every string goes through the one
 * Markdown escaper (`escapeDeep`), like the audit report: tag values and names are attacker-controlled.
 */
import { describeFields } from '../model/metadata.js';
import type {
  ApplyOutcome,
  ChangeRecord,
  DryRunResult,
  MetadataOptions,
  Plan,
  PlanItem,
  PlanSelection,
  WaveReport,
} from '../model/types.js';
import { escapeDeep, markdownUrl, trusted } from './escape.js';
import { formatScanTime, formatTimeSeconds } from './format.js';
import { applyTemplate, planTemplate } from './templates.js';

/** Rows shown per table; the plan file and change log hold them all. */
export const MAX_ROWS = 2000;

function countText(plan: Plan): string {
  const n = (kind: string) => plan.items.filter((i) => i.kind === kind).length;
  const parts = [
    [n('instance'), 'instance', 'instances'],
    [n('launch-template'), 'launch template', 'launch templates'],
    [n('account-defaults'), 'account default', 'account defaults (regions)'],
  ] as const;
  const some = parts.filter(([c]) => c > 0);
  if (some.length === 0) return '0 instances';
  return some.map(([c, one, many]) => `${c} ${c === 1 ? one : many}`).join(', ');
}

const list = (xs: readonly unknown[]) => xs.map(String).join(', ');

/**
 * The inputs that selected the plan, as name/value pairs written as the inputs take them (only those
 * set): exclusions are the `!` entries of regions, instances and tags.
 */
export function selectionRows(s: PlanSelection | undefined): Array<{ name: string; value: string }> {
  if (!s) return [];
  const rows: Array<{ name: string; value: string }> = [];
  const add = (name: string, value: string | undefined) => {
    if (value) rows.push({ name, value });
  };
  const not = (x: string) => `!${x}`;
  const tag = (t: { key: string; value?: string }) => (t.value === undefined ? t.key : `${t.key}=${t.value}`);
  if (s.rollbackRun) add('rollback-run', s.rollbackRun);
  add('account', s.accountId);
  if (!s.rollbackRun)
    add('regions', list([...(s.regions === 'all' ? ['all'] : s.regions), ...s.excludeRegions.map(not)]));
  add('remediation-targets', list(s.targets));
  add('instances', list([...s.instances, ...s.excludeInstances.map(not)]));
  // The file as the input names it; its row count and digest follow in their own row.
  if (s.instancesFile) {
    add('instances', `file: ${s.instancesFile.path}`);
    add('instances (file)', `${s.instancesFile.rows} rows, sha256 ${s.instancesFile.sha256.slice(0, 12)}…`);
  }
  add('tags', list([...s.tags.map(tag), ...s.excludeTags.map((t) => not(tag(t)))]));
  return rows;
}

/** A reviewer reads the change itself: `httpTokens: optional → required`. */
export function transitionText(
  it: Pick<PlanItem, 'kind' | 'before' | 'after' | 'beforeVersion' | 'afterVersion'>,
): string {
  if (it.kind === 'launch-template') {
    return it.afterVersion !== undefined
      ? `default version ${it.beforeVersion} → ${it.afterVersion}`
      : `new version from default ${it.beforeVersion} with ${describeFields(it.after)}, made default`;
  }
  const changed = (Object.keys(it.after) as Array<keyof MetadataOptions>).filter(
    (f) => it.after[f] !== undefined && it.before[f] !== it.after[f],
  );
  return changed.map((f) => `${f}: ${String(it.before[f] ?? 'unset')} → ${String(it.after[f])}`).join(', ');
}

/** The settings a change keeps, so a row shows the whole resulting state without repeating it. */
export function keptText(it: { before: MetadataOptions; after: MetadataOptions }): string {
  const kept: MetadataOptions = {};
  for (const [f, v] of Object.entries(it.before) as Array<[keyof MetadataOptions, never]>) {
    if (f !== 'state' && (it.after[f] === undefined || it.after[f] === v)) kept[f] = v;
  }
  return describeFields(kept) || '—';
}

export function planSummary(
  plan: Plan,
  file: string,
  extra: { expired?: string[]; failedRegions?: string[] } = {},
): string {
  const view = {
    title:
      plan.mode === 'rollback'
        ? `IMDS Guard rollback plan: ${countText(plan)} to restore`
        : `IMDS Guard plan (${plan.remediation}): ${countText(plan)} to change`,
    digest: plan.digest,
    // Times as every report shows them (format.ts): '2026-05-04 03:00 UTC'.
    scannedAt: formatScanTime(plan.scannedAt),
    createdAt: formatScanTime(plan.createdAt),
    file,
    selection: selectionRows(plan.selectedBy),
    showUsage: plan.mode === 'plan',
    v1UsageDays: plan.v1UsageDays,
    items: plan.items.slice(0, MAX_ROWS).map((it) => ({
      accountId: it.accountId,
      region: it.region,
      resourceId: it.resourceId,
      name: it.name ?? '',
      change: transitionText(it),
      kept: keptText(it),
      v1Calls: it.v1Calls === undefined ? '—' : String(it.v1Calls),
      reason: it.reason,
      wave: it.wave === undefined ? '' : String(it.wave),
    })),
    moreItems: Math.max(0, plan.items.length - MAX_ROWS),
    heldBackCount: plan.heldBack.length,
    heldBack: plan.heldBack.slice(0, MAX_ROWS).map((h) => ({
      accountId: h.accountId,
      region: h.region,
      resourceId: h.resourceId,
      name: h.name ?? '',
      reason: h.reason,
    })),
    moreHeldBack: Math.max(0, plan.heldBack.length - MAX_ROWS),
    staged: plan.waves
      ? {
          spec: plan.waves.spec,
          soakMinutes: String(plan.waves.soakMinutes),
          failureBudget: String(plan.waves.failureBudget),
          waves: plan.waves.waves.map((w) => ({
            wave: String(w.wave),
            definition: w.definition,
            items: String(w.items),
            soak: w.soak ? `${plan.waves?.soakMinutes} min` : 'none (no instance metrics)',
          })),
        }
      : undefined,
    expired: extra.expired ?? [],
    failedRegions: extra.failedRegions ?? [],
  };
  return planTemplate()(escapeDeep(view));
}

export function refusedDryRunSummary(results: DryRunResult[], mode: 'apply' | 'rollback' = 'apply'): string {
  return applyTemplate()(
    escapeDeep({
      refused: true,
      mode,
      dryRun: results.map((r) => ({
        accountId: r.accountId,
        region: r.region,
        operation: r.operation ?? 'ModifyInstanceMetadataOptions',
        result: r.ok ? '✅ permitted' : `❌ ${r.code}: ${r.message}`,
      })),
    }),
  );
}

function reconciledRows(records: ChangeRecord[]) {
  return records.slice(0, MAX_ROWS).map((r) => ({
    runId: r.runId,
    kind: r.kind,
    resourceId: r.resourceId,
    region: r.region,
    shows: r.result === 'applied' ? 'change made' : r.result === 'failed' ? 'change not made' : r.result,
    detail: r.errorMessage ?? '',
  }));
}

export function nothingToChangeSummary(mode: 'apply' | 'rollback', reconciled: ChangeRecord[]): string {
  return applyTemplate()(
    escapeDeep({ title: `IMDS Guard ${mode}: nothing to change`, reconciled: reconciledRows(reconciled) }),
  );
}

export function applySummary(
  mode: 'apply' | 'rollback',
  plan: Plan,
  outcome: ApplyOutcome,
  records: ChangeRecord[],
  changelog: { path: string; commitUrl?: string; note?: string },
  reconciled: ChangeRecord[] = [],
  staged?: { waves: WaveReport[]; stopped?: string; brokenTotal: number },
): string {
  const c = outcome.counts;
  const ok = c.failed === 0 && c.unknown === 0 && !staged?.stopped;
  const applied = records.filter((r) => r.result === 'applied');
  const ver = (r: ChangeRecord) =>
    r.kind === 'launch-template' ? { beforeVersion: r.beforeVersion, afterVersion: r.afterVersion } : {};
  const commitHref = markdownUrl(changelog.commitUrl);
  const view = {
    title: `IMDS Guard ${mode}: ${c.applied} applied, ${c.drifted} drifted, ${c.failed} failed, ${c.unknown} unknown, ${c.skipped} skipped ${ok ? '✅' : '❌'}`,
    planDigest: plan.digest,
    planned: countText(plan),
    seconds: (outcome.durationMs / 1000).toFixed(1),
    changelog: changelog.path,
    commitUrl: trusted(commitHref ? `[commit](${commitHref})` : ''),
    note: changelog.note ?? '',
    regions: outcome.regions.map((r) => ({
      accountId: r.accountId,
      region: r.region,
      ...r.counts,
      modifyCalls: r.modifyCalls,
      throttled: r.throttled,
      seconds: (r.durationMs / 1000).toFixed(1),
    })),
    reconciled: reconciledRows(reconciled),
    staged: staged && wavesView(plan, staged),
    notApplied: records
      .filter((r) => r.result !== 'applied')
      .slice(0, MAX_ROWS)
      .map((r) => ({
        resourceId: r.resourceId,
        region: r.region,
        result: r.result,
        code: r.errorCode ?? '',
        detail: r.errorMessage ?? '',
      })),
    appliedCount: applied.length,
    applied: applied.slice(0, MAX_ROWS).map((r) => ({
      resourceId: r.resourceId,
      region: r.region,
      change: transitionText({ kind: r.kind, before: r.before, after: r.after, ...ver(r) }),
      kept: keptText(r),
    })),
  };
  return applyTemplate()(escapeDeep(view));
}

const WAVE_STATUS: Record<WaveReport['status'], string> = {
  soaked: '✅ soaked',
  'soaked-earlier': '✅ soaked by an earlier run',
  applied: 'applied',
  stopped: '❌ stopped: over the failure budget',
  unverified: '❌ stopped: soak outcome unknown (not broken)',
  'not-started': 'not started',
};

/** Per wave: what changed, what was rolled back automatically and why (staged plans). */
function wavesView(plan: Plan, staged: { waves: WaveReport[]; stopped?: string; brokenTotal: number }) {
  return {
    soakMinutes: String(plan.waves?.soakMinutes ?? 0),
    failureBudget: String(plan.waves?.failureBudget ?? 0),
    brokenTotal: String(staged.brokenTotal),
    stopped: staged.stopped ?? '',
    waves: staged.waves.map((w) => ({
      wave: String(w.wave),
      definition: w.definition,
      planned: String(w.planned),
      applied: String(w.applied),
      earlier: String(w.earlier),
      notApplied: String(w.notApplied),
      rolledBack: String(w.rolledBack.filter((r) => r.result === 'restored').length),
      window: w.window
        ? `${formatTimeSeconds(w.window.from)} → ${formatTimeSeconds(w.window.to)} (${w.window.periodSeconds} s)`
        : '—',
      status: WAVE_STATUS[w.status],
    })),
    rolledBack: staged.waves.flatMap((w) =>
      w.rolledBack.slice(0, MAX_ROWS).map((r) => ({ wave: String(w.wave), ...r })),
    ),
  };
}
