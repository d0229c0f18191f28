/**
 * Judging a collected (or merged) inventory: the assessment, its log lines, the guardrails, the reports
 * and the outputs; the gate's verdict is the run's. The audit and merge pipelines end here.
 */
import { assess, formatPercent } from '../assess/assess.js';
import { buildGuardrails } from '../assess/guardrails.js';
import type { IacStageResult } from '../assess/iac-result.js';
import type { Deps } from '../deps.js';
import { isChangeEvent } from '../github/context.js';
import { collectNow } from '../heap.js';
import type { Assessment, Inventory, RunResult } from '../model/types.js';
import { ruleSplit } from '../report/view-sections.js';
import type { Settings } from '../settings/types.js';
import { assessOptions, today } from './options.js';

/**
 * The reports' modules and the libraries only they use (Handlebars, yaml, Ajv, the GitHub client: ~1.5 MB
 * of the bundle), loaded when first needed, or earlier by an audit while its scan waits on AWS: not
 * before a run's first AWS call.
 */
export const loadReportStack = () => import('../publish/publish.js');

/** Instances from which an audit collects its heap before the reports (heap.ts collectNow: 70–95 ms at 100,000). */
const FULL_COLLECTION_AT = 10_000;

/**
 * Which verdicts fail the run. On a pull request or in a merge queue with `iac` set, what the change adds gates; the live
 * threshold gates too only with `pr-gate: iac-and-live` (a check no pull request can pass gets switched
 * off). Elsewhere the live threshold gates, plus the IaC errors when `iac` is set.
 */
export function liveGates(settings: Settings, deps: Deps, iac?: IacStageResult): boolean {
  return !iac || !isChangeEvent(deps.github.eventName) || settings.iac.prGate === 'iac-and-live';
}

/** Assessment → log line → reports → outputs; the gate's verdict is the run's. */
export async function judgeAndPublish(
  settings: Settings,
  deps: Deps,
  inventory: Inventory,
  mergedOutOfScope?: number,
  iac?: IacStageResult,
): Promise<RunResult> {
  // In place: the scanned list is replaced by the assessed one below (one copy of a large fleet).
  const assessment = assess(inventory, assessOptions(settings, today(deps.now())), { inPlace: true });
  // Shard reports hold in-scope instances only; their out-of-scope counts add up.
  if (mergedOutOfScope !== undefined) assessment.outOfScope = mergedOutOfScope;
  const t = assessment.totals;
  const accounts =
    inventory.accounts.length > 1
      ? `; ${assessment.accountsScanned} account${assessment.accountsScanned === 1 ? '' : 's'}${assessment.failedAccounts.length ? ` (${assessment.failedAccounts.length} failed)` : ''}`
      : '';
  const split = ruleSplit(assessment);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  deps.log.info(
    `IMDSv2 enforcement: ${formatPercent(t.compliant, t.inScope)} — ${t.compliant} of ${t.inScope} in-scope instances compliant under ${assessment.rule.id}: ${split.compliantText}; ${split.notCompliantText} (${plural(assessment.regionsScanned, 'region')}${accounts}, ${inventory.durationMs} ms, ${plural(
      Object.values(inventory.apiCalls).reduce((a, b) => a + b, 0),
      'API call',
    )}).`,
  );
  const pc = assessment.posture?.counts;
  if (pc) {
    deps.log.info(
      `Launch posture: ${pc.launchTemplates.allowV1} of ${pc.launchTemplates.total} launch templates allow IMDSv1; account defaults allow IMDSv1 in ${pc.accountDefaults.allowV1} of ${pc.accountDefaults.regions} regions; ${pc.images.v2Only} of ${pc.images.total} AMIs in use are ImdsSupport v2.0; ${pc.autoScalingGroupsOnLaunchConfigurations} Auto Scaling groups on launch configurations${pc.errors ? `; ${pc.errors} posture calls failed` : ''}.`,
    );
  }
  // The assessed list (the in-scope records, assessed in place) replaces the scanned one, which nothing
  // reads after assessment.
  inventory.instances = assessment.instances;
  const gatesLive = liveGates(settings, deps, iac);
  if (!gatesLive && !assessment.gate.passed)
    deps.log.info(
      `The live fleet is below the threshold: reported, not gating this pull request (pr-gate: ${settings.iac.prGate}).`,
    );
  // Posture collected (every live audit): the guardrails that would keep IMDSv1 from coming back.
  const guardrails = inventory.accountDefaults
    ? buildGuardrails({
        instances: assessment.instances,
        accountDefaults: inventory.accountDefaults,
        launchTemplates: inventory.launchTemplates,
        exemptionTagKey: settings.exceptions.tagKey,
      })
    : undefined;
  // The scan's garbage goes before the reports make theirs (heap.ts): a large fleet's peak is here.
  if (assessment.instances.length >= FULL_COLLECTION_AT) collectNow();
  const { publishAudit } = await loadReportStack();
  const published = await publishAudit(settings, inventory, assessment, deps, {
    iac,
    liveGates: gatesLive,
    guardrails,
  });
  setAuditOutputs(assessment, published, deps);
  const failures = [...(gatesLive ? assessment.gate.failures : []), ...(iac?.gateFailures ?? [])];
  const passed = (gatesLive ? assessment.gate.passed : true) && !iac?.gateFailures.length;
  if (iac) deps.outputs.set('passed', passed);
  return { passed, failures, assessment, inventory };
}

function setAuditOutputs(
  a: Assessment,
  paths: { jsonPath?: string; htmlPath?: string; markdownPath?: string },
  deps: Deps,
): void {
  const t = a.totals;
  // The same digits as every report (formatPercent: one decimal, truncated, so 99.96 % is not 100).
  deps.outputs.set('enforcement-percent', formatPercent(t.compliant, t.inScope).replace('%', ''));
  deps.outputs.set('compliant-count', t.compliant);
  deps.outputs.set('in-scope-count', t.inScope);
  deps.outputs.set('v1-allowed-count', t.buckets['v1-allowed']);
  deps.outputs.set('passed', a.gate.passed);
  deps.outputs.set('failed-regions', a.failedRegions.map((r) => `${r.accountId}/${r.region}`).join(','));
  if (paths.jsonPath) deps.outputs.set('report-json', paths.jsonPath);
  if (paths.htmlPath) deps.outputs.set('report-html', paths.htmlPath);
  if (paths.markdownPath) deps.outputs.set('report-markdown', paths.markdownPath);
}
