import { assess, formatPercent } from '../assess/assess.js';
import { buildGuardrails } from '../assess/guardrails.js';
import { allowsV1, inScope } from '../assess/rules.js';
import { type AwsSession, sessionOf } from '../aws/clients.js';
import { collectInventory } from '../aws/collect.js';
import { hasLoadableCredentials } from '../aws/credentials.js';
import { usageWindow, type V1Metric, V1UsageReader } from '../aws/readiness.js';
import { type Session, signIn } from '../aws/session.js';
import type { Deps } from '../deps.js';
import { isChangeEvent } from '../github/context.js';
import { collectNow } from '../heap.js';
import type {
  AccountDefaults,
  Assessment,
  Instance,
  Inventory,
  RunResult,
  V1UsageRead,
} from '../model/types.js';
import { publishAudit, publishIacOnly } from '../publish/publish.js';
import { ruleSplit } from '../report/view-sections.js';
import type { Settings } from '../settings/types.js';
import type { IacStageResult } from './iac.js';
import { assessOptions, collectOptions, signInOptions, today } from './options.js';

/** Instances from which an audit collects its heap before the reports (heap.ts collectNow: 70–95 ms at 100,000). */
const FULL_COLLECTION_AT = 10_000;

/**
 * Credentials the SDK's default chain would find without instance metadata (which is never used
 * unasked): the environment, a web-identity or container provider, or a shared credentials/config file
 * (a terminal user's ~/.aws).
 */
export async function auditMode(settings: Settings, deps: Deps): Promise<RunResult> {
  const iacOn = settings.iac.globs.length > 0;
  // A fork's pull request gets no OIDC token even when the workflow names a role: with `iac` set that
  // is no reason to fail — the IaC check runs offline, as it does with no role at all.
  const noOidc = Boolean(settings.auth.roleToAssume) && !deps.env.ACTIONS_ID_TOKEN_REQUEST_URL;
  if (iacOn && ((!settings.auth.roleToAssume && !(await hasLoadableCredentials(deps.env))) || noOidc)) {
    // The IaC check needs no AWS access: a fork's PR or a repository without a role still gets it.
    deps.log.info(
      noOidc
        ? 'role-to-assume is set but this job cannot get a GitHub OIDC token (a fork pull request, or no `id-token: write`): checking the IaC only, offline (no AWS call, no live audit).'
        : 'No role-to-assume and no AWS credentials: checking the IaC only, offline (no AWS call, no live audit).',
    );
    const iac = await judgeIac(settings, deps);
    await publishIacOnly(settings, iac, deps);
    deps.outputs.set('passed', iac.gateFailures.length === 0);
    return { passed: iac.gateFailures.length === 0, failures: iac.gateFailures };
  }
  const session = await signIn(signInOptions(settings), deps.clients, deps.idToken, deps.log, deps.env);
  const usage = v1UsageStream(settings, deps);
  const { inventory, sessions } = await collectInventory(
    collectOptions(settings, session, deps, { onInstances: usage.add, onRegionScanned: usage.flush }),
    session,
    deps.clients,
    deps.log,
    deps.now,
  );
  await usage.finish(inventory, sessions);
  const iac = iacOn ? await judgeIac(settings, deps, session, inventory.accountDefaults) : undefined;
  return judgeAndPublish(settings, deps, inventory, undefined, iac);
}

/**
 * Who still uses IMDSv1: MetadataNoToken for every in-scope v1-allowed instance, and
 * MetadataNoTokenRejected for those that require tokens (what hardening broke), over `v1-usage-days`,
 * per account and region with that account's session (500 queries a GetMetricData call). The reads
 * start while the scan runs: `add` takes each page's instances as they arrive (a full batch is sent at
 * once), `flush` sends a region's rest when its listing ends (beside its DescribeImages), and `finish`
 * waits for them all once the inventory is complete and puts the sums on its instances. A
 * read that fails (a role without cloudwatch:GetMetricData) is a notice, and those instances' usage
 * stays unknown.
 */
export function v1UsageStream(settings: Settings, deps: Deps) {
  const days = settings.remediation.v1UsageDays;
  const now = deps.now();
  const { start, end } = usageWindow(now, days);
  const read: V1UsageRead = { days, from: start.toISOString(), to: end.toISOString(), errors: [] };
  const reader = (metric: V1Metric) =>
    new V1UsageReader({
      days,
      now,
      metric,
      concurrency: settings.scope.concurrency,
      cloudwatch: (accountId, region) => deps.clients.cloudwatch(sessionOf(sessions, accountId), region),
      log: deps.log,
      onError: (e) => read.errors.push({ ...e, metric }),
    });
  // Each account's session, from the scan of its first page.
  const sessions = new Map<string, AwsSession>();
  const noToken = reader('MetadataNoToken');
  const rejected = reader('MetadataNoTokenRejected');
  const measured = (i: Instance) => inScope(i, settings.scope.includeStopped);
  // Who is asked what: MetadataNoToken for those that may still use IMDSv1, MetadataNoTokenRejected
  // for those that require tokens (a pending change is neither yet).
  const mayUseV1 = (i: Instance) => allowsV1(i.metadata) && i.metadata.state !== 'pending';
  const requiresTokens = (i: Instance) => i.metadata.httpTokens === 'required';
  return {
    add: (session: AwsSession, instances: readonly Instance[]) => {
      // An instance the account does not own (a reservation of another) is not measured with its session.
      if (!sessions.has(session.accountId)) sessions.set(session.accountId, session);
      for (const i of instances) {
        if (i.accountId !== session.accountId || !measured(i)) continue;
        if (mayUseV1(i)) noToken.add(i);
        else if (requiresTokens(i)) rejected.add(i);
      }
    },
    flush: (session: AwsSession, region: string) => {
      noToken.flush(session.accountId, region);
      rejected.flush(session.accountId, region);
    },
    finish: async (inventory: Inventory, reached: ReadonlyMap<string, AwsSession>) => {
      const [v1Usage, rejectedUsage] = await Promise.all([noToken.finish(), rejected.finish()]);
      // The readers count every GetMetricData of the audit (the inventory's snapshot of the clients'
      // counts caught only those answered before the scan ended).
      const calls = v1Usage.calls + rejectedUsage.calls;
      if (calls) inventory.apiCalls.GetMetricData = calls;
      else delete inventory.apiCalls.GetMetricData;
      // Instances of regions whose scan failed were measured but are not in the inventory: they are
      // simply not looked up.
      const live = inventory.instances.filter((i) => measured(i) && reached.has(i.accountId));
      const v1 = live.filter(mayUseV1);
      for (const i of v1) {
        const u = v1Usage.usage.get(i.instanceId);
        if (u && 'v1Calls' in u) i.v1Calls = u.v1Calls;
      }
      for (const i of live) {
        if (!requiresTokens(i)) continue;
        const u = rejectedUsage.usage.get(i.instanceId);
        if (u && 'v1Calls' in u) i.v1Rejected = u.v1Calls;
      }
      inventory.v1Usage = read;
      logUsage(deps, read, v1);
    },
  };
}

function logUsage(deps: Deps, read: V1UsageRead, v1: Instance[]): void {
  const inUse = v1.filter((i) => (i.v1Calls ?? 0) > 0).length;
  const known = v1.filter((i) => i.v1Calls !== undefined).length;
  if (v1.length)
    deps.log.info(
      `IMDSv1 usage (MetadataNoToken, ${read.days} days): ${inUse} of ${v1.length} v1-allowed instance(s) made IMDSv1 calls; ${known - inUse} made none (safe to harden now)${known < v1.length ? `; ${v1.length - known} unknown` : ''}.`,
    );
  const seen = new Set<string>();
  for (const e of read.errors) {
    const key = `${e.metric} ${e.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const n = read.errors.filter((x) => `${x.metric} ${x.code}` === key).length;
    deps.log.info(usageReadNotice(e, n));
  }
}

/** Error codes (and the StatusCode Forbidden of a query) that mean the role may not read it: the fix is a grant. */
const NOT_PERMITTED = /AccessDenied|UnauthorizedOperation|AuthorizationError|NotAuthorized|Forbidden/;

/** The log line for a CloudWatch usage read that failed in `n` account/regions like `e`. */
export function usageReadNotice(e: V1UsageRead['errors'][number], n: number): string {
  const fix = NOT_PERMITTED.test(e.code)
    ? 'Grant cloudwatch:GetMetricData to the role to see it.'
    : /^HTTP \d{3}$/.test(e.code)
      ? "The answer was not CloudWatch's (an HTML page or other text, from a proxy or an endpoint override): check what serves the CloudWatch endpoint."
      : 'CloudWatch answered with an error, not a refusal: the next run reads it again.';
  return `Notice: could not read CloudWatch ${e.metric} in ${n} account/region(s) (e.g. ${e.region}${e.accountId ? ` of ${e.accountId}` : ''}: ${e.code}); their instances' IMDSv1 usage is reported as unknown. ${fix}`;
}

/** The IaC stage, its annotations on the diff. Its parsers are loaded only when `iac` is set. */
async function judgeIac(
  settings: Settings,
  deps: Deps,
  session?: Session,
  knownDefaults?: AccountDefaults[],
): Promise<IacStageResult> {
  const { annotateErrors, annotateFindings, runIacStage } = await import('./iac.js');
  const iac = await runIacStage(settings, deps, session, knownDefaults);
  annotateFindings(iac.findings, deps.outputs.annotate);
  annotateErrors(iac.errors, deps.outputs.annotate);
  return iac;
}

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
  const assessment = assess(inventory, assessOptions(settings, today(deps.now())));
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
  // Hold one copy of a large fleet: the assessed list (a superset of each instance's fields) replaces
  // the scanned one, which nothing reads after assessment.
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

export function setAuditOutputs(
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
