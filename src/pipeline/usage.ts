/**
 * The IMDSv1 usage stage of an audit: CloudWatch MetadataNoToken and MetadataNoTokenRejected, read while
 * the scan runs, each account with its own session.
 */
import { allowsV1, inScope } from '../assess/rules.js';
import { type AwsSession, sessionOf } from '../aws/clients.js';
import { usageWindow, type V1Metric, V1UsageReader } from '../aws/readiness.js';
import type { Deps } from '../deps.js';
import type { Instance, Inventory, V1UsageRead } from '../model/types.js';

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
export function v1UsageStream(
  options: { days: number; concurrency: number; includeStopped: boolean },
  deps: Deps,
) {
  const { days } = options;
  const now = deps.now();
  const { start, end } = usageWindow(now, days);
  const read: V1UsageRead = { days, from: start.toISOString(), to: end.toISOString(), errors: [] };
  const reader = (metric: V1Metric) =>
    new V1UsageReader({
      days,
      now,
      metric,
      concurrency: options.concurrency,
      cloudwatch: (accountId, region) => deps.clients.cloudwatch(sessionOf(sessions, accountId), region),
      log: deps.log,
      onError: (e) => read.errors.push({ ...e, metric }),
    });
  // Each account's session, from the scan of its first page.
  const sessions = new Map<string, AwsSession>();
  const noToken = reader('MetadataNoToken');
  const rejected = reader('MetadataNoTokenRejected');
  const measured = (i: Instance) => inScope(i, options.includeStopped);
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
      // The sums are on the instances now. The readers' maps (an entry per instance measured) would
      // otherwise stay alive, with this stream, through the reports: 3.6 MB of a 100,000-instance
      // audit's live heap (docs/performance.md).
      v1Usage.usage.clear();
      rejectedUsage.usage.clear();
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
