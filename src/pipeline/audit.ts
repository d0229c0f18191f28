/**
 * mode: audit — settings → sign in → inventory (every account, every enabled region) → assessment →
 * reports and gate. mode: merge joins here after reading the shards' reports (merge.ts).
 */
import { assess, formatPercent, optionsFromSettings } from '../assess/assess.js';
import { collectInventory } from '../aws/collect.js';
import { signIn } from '../aws/session.js';
import type { Deps } from '../deps.js';
import type { Assessment, Inventory, RunResult, Settings } from '../model/types.js';
import { publishAudit } from '../report/publish.js';

export function today(now: Date): string {
  return now.toISOString().slice(0, 10);
}

export async function auditMode(settings: Settings, deps: Deps): Promise<RunResult> {
  const session = await signIn(settings, deps.clients, deps.idToken, deps.log, deps.env);
  const { inventory } = await collectInventory(settings, session, deps.clients, deps.log, deps.now);
  return judgeAndPublish(settings, deps, inventory);
}

/** Assessment → log line → reports → outputs; the gate's verdict is the run's. */
export async function judgeAndPublish(
  settings: Settings,
  deps: Deps,
  inventory: Inventory,
  mergedOutOfScope?: number,
): Promise<RunResult> {
  const assessment = assess(inventory, optionsFromSettings(settings, today(deps.now())));
  // Shard reports hold in-scope instances only; their out-of-scope counts add up.
  if (mergedOutOfScope !== undefined) assessment.outOfScope = mergedOutOfScope;
  const t = assessment.totals;
  const accounts =
    inventory.accounts.length > 1
      ? `; ${assessment.accountsScanned} account${assessment.accountsScanned === 1 ? '' : 's'}${assessment.failedAccounts.length ? ` (${assessment.failedAccounts.length} failed)` : ''}`
      : '';
  deps.log.info(
    `IMDSv2 enforcement: ${formatPercent(t.compliant, t.inScope)} — ${t.compliant} of ${t.inScope} in-scope instances compliant under ${assessment.rule.id} (${t.buckets['v1-allowed']} allow IMDSv1, ${t.buckets.disabled} disabled, ${t.buckets.pending} pending; ${assessment.regionsScanned} regions${accounts}, ${inventory.durationMs} ms, ${Object.values(inventory.apiCalls).reduce((a, b) => a + b, 0)} API calls).`,
  );
  const pc = assessment.posture?.counts;
  if (pc) {
    deps.log.info(
      `Launch posture: ${pc.launchTemplates.allowV1} of ${pc.launchTemplates.total} launch templates allow IMDSv1; account defaults allow IMDSv1 in ${pc.accountDefaults.allowV1} of ${pc.accountDefaults.regions} regions; ${pc.images.v2Only} of ${pc.images.total} AMIs in use are ImdsSupport v2.0; ${pc.autoScalingGroupsOnLaunchConfigurations} Auto Scaling groups on launch configurations${pc.errors ? `; ${pc.errors} posture calls failed` : ''}.`,
    );
  }
  // Hold one copy of a large fleet: the assessed list (a superset of each instance's fields) replaces
  // the scanned one, which nothing reads after assessment.
  inventory.instances = assessment.instances;
  const published = await publishAudit(settings, inventory, assessment, deps);
  setAuditOutputs(assessment, published, deps);
  return { passed: assessment.gate.passed, failures: assessment.gate.failures, assessment, inventory };
}

export function setAuditOutputs(
  a: Assessment,
  paths: { jsonPath?: string; htmlPath?: string; markdownPath?: string },
  deps: Deps,
): void {
  const t = a.totals;
  // Truncated, like every percentage IMDS Guard shows: 99.996 % is not reported as 100.
  deps.outputs.set(
    'enforcement-percent',
    t.inScope === 0 ? 100 : Math.floor((t.compliant * 10_000) / t.inScope) / 100,
  );
  deps.outputs.set('compliant-count', t.compliant);
  deps.outputs.set('in-scope-count', t.inScope);
  deps.outputs.set('v1-allowed-count', t.buckets['v1-allowed']);
  deps.outputs.set('passed', a.gate.passed);
  deps.outputs.set('failed-regions', a.failedRegions.map((r) => `${r.accountId}/${r.region}`).join(','));
  if (paths.jsonPath) deps.outputs.set('report-json', paths.jsonPath);
  if (paths.htmlPath) deps.outputs.set('report-html', paths.htmlPath);
  if (paths.markdownPath) deps.outputs.set('report-markdown', paths.markdownPath);
}
