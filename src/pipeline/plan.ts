/**
 * mode: plan and mode: plan-rollback — read-only. Each writes a sealed plan file and outputs its digest
 * (`plan-digest`), which the approved apply job takes through `needs` and checks before any AWS call.
 *
 *   plan:          inputs → sign in → inventory (every account's session kept) → candidates →
 *                  readiness (MetadataNoToken, each account read with its own session) → plan
 *   plan-rollback: change log → the exact before-states of one run → re-read names and current state
 *                  (each account with its own session) → rollback plan
 */
import { createHash } from 'node:crypto';
import { relative } from 'node:path';
import {
  buildPlan,
  buildPostureItems,
  needsReadiness,
  type PlanInput,
  type PosturePlanInput,
  planCandidates,
  postureCandidates,
  templateReadinessInstances,
} from '../assess/plan.js';
import { PlanError, sealPlan } from '../assess/plan-file.js';
import {
  buildRollbackPlan,
  candidateRuns,
  type LoggedRecord,
  leftOutRows,
  noProvenRunError,
  type ProvenanceSort,
  parseRollbackRun,
  provenanceOfPlan,
  type RollbackRunSpec,
  sortByProvenance,
  writerOf,
} from '../assess/rollback.js';
import { inScope } from '../assess/rules.js';
import { type CsvSelection, parseInstancesCsv } from '../assess/selection.js';
import { planWithWaves, withoutAutoRestored } from '../assess/waves.js';
import { resolveAccounts } from '../aws/accounts.js';
import { type AwsSession, sessionOf } from '../aws/clients.js';
import { collectInventory } from '../aws/collect.js';
import { measureV1Usage } from '../aws/readiness.js';
import { rereadInstances } from '../aws/reread.js';
import { signIn } from '../aws/session.js';
import type { Deps } from '../deps.js';
import { writeFileSafe } from '../fs/safe.js';
import { ProvenanceUnavailable, provenanceSource } from '../github/provenance.js';
import type { Plan, PlanSelection, RunResult, Settings } from '../model/types.js';
import { parseChangeLogLines } from '../remediate/changelog.js';
import { provenanceSummary } from '../report/provenance.js';
import { planSummary } from '../report/remediation.js';
import { readOptionalWorkspaceFile, readWorkspaceFile, workspacePath } from './files.js';

const today = (d: Date) => d.toISOString().slice(0, 10);

export async function planMode(settings: Settings, deps: Deps): Promise<RunResult> {
  const r = settings.remediation;
  const postureTargets = r.targets.filter((t) => t !== 'instances');
  if (postureTargets.length && r.action !== 'require-v2') {
    deps.log.warning(
      `remediation-targets: ${postureTargets.join(', ')} are remediated only with remediation: require-v2; not planned with ${r.action}.`,
    );
  }
  // 1. Inputs first: a bad file fails before any AWS call.
  let fileRows: CsvSelection[] = [];
  let instancesFile: PlanSelection['instancesFile'];
  if (r.selection.instancesFile) {
    const text = readWorkspaceFile(deps, 'instances', r.selection.instancesFile, 'inside');
    fileRows = parseInstancesCsv(text, r.selection.instancesFile);
    instancesFile = {
      path: r.selection.instancesFile,
      sha256: createHash('sha256').update(text).digest('hex'),
      rows: fileRows.length,
    };
    deps.log.info(
      `instances (file: ${r.selection.instancesFile}): ${fileRows.length} instance id(s) from ${r.selection.instancesFile}`,
    );
  }

  // 2. Sign in and collect; every account's session travels on with its facts.
  const session = await signIn(settings, deps.clients, deps.idToken, deps.log, deps.env);
  // A plan needs the fleet and its posture, not the exposure context (GuardDuty, IAM, other services).
  const { inventory, sessions } = await collectInventory(
    {
      homeRegion: settings.homeRegion,
      scope: settings.scope,
      v1UsageDays: settings.remediation.v1UsageDays,
      accounts: () => resolveAccounts(settings, session, deps.clients, deps.log),
      exposure: false,
    },
    session,
    deps.clients,
    deps.log,
    deps.now,
  );

  // 3. Judge: which resources change, to what.
  const input: PlanInput = {
    instances: inventory.instances,
    selection: r.selection,
    fileRows,
    policy: { remediation: r.action, hopLimit: r.hopLimit },
    exceptions: settings.exceptions,
    today: today(deps.now()),
    includeStopped: settings.scope.includeStopped,
    createdAt: deps.now().toISOString(),
    scannedAt: inventory.scannedAt,
    v1UsageDays: r.v1UsageDays,
  };
  const cands = r.targets.includes('instances')
    ? planCandidates(input)
    : { candidates: [], heldBack: [], expiredExceptions: [] };
  const postureInput: PosturePlanInput = {
    targets: r.targets,
    remediation: r.action,
    accountDefaults: inventory.accountDefaults ?? [],
    launchTemplates: inventory.launchTemplates ?? [],
    postureErrors: inventory.postureErrors ?? [],
    instances: inventory.instances.filter((i) => inScope(i, settings.scope.includeStopped)),
    v1UsageDays: r.v1UsageDays,
  };
  const posture = postureCandidates(postureInput);

  // 4. Readiness: MetadataNoToken of every instance a change would break, read in its own account.
  const seen = new Set<string>();
  const targets = [
    ...cands.candidates.filter((c) => needsReadiness(c.instance.metadata, c.after)).map((c) => c.instance),
    ...posture.templates.flatMap((t) => templateReadinessInstances(t, postureInput.instances)),
  ]
    .filter((i) => !seen.has(i.instanceId) && Boolean(seen.add(i.instanceId)))
    .map((i) => ({ accountId: i.accountId, region: i.region, instanceId: i.instanceId }));
  const { usage, calls } = await measureV1Usage(targets, {
    days: r.v1UsageDays,
    now: deps.now(),
    cloudwatch: (accountId, region) => deps.clients.cloudwatch(sessionOf(sessions, accountId), region),
    log: deps.log,
  });
  if (targets.length) {
    deps.log.info(
      `Readiness: MetadataNoToken over ${r.v1UsageDays} days for ${targets.length} instance(s) in ${calls} GetMetricData call(s).`,
    );
  }

  // 5. Freeze the plan, with what selected it.
  const selectedBy: PlanSelection = {
    accountId: inventory.callerAccountId,
    regions: settings.scope.regions,
    excludeRegions: settings.scope.excludeRegions,
    targets: r.targets,
    instances: r.selection.instances,
    tags: r.selection.tags,
    excludeInstances: r.selection.excludeInstances,
    excludeTags: r.selection.excludeTags,
  };
  if (instancesFile) selectedBy.instancesFile = instancesFile;
  const flat = buildPlan(
    { ...input, createdAt: deps.now().toISOString(), selectedBy },
    cands,
    usage,
    r.includeInUse,
    buildPostureItems(postureInput, usage, r.includeInUse),
  );
  // 6. Staged waves: each item's wave, the soak and the failure budget, sealed with the rest.
  let plan = flat;
  if (r.waves) {
    const tags = new Map(inventory.instances.map((i) => [i.instanceId, i.tags]));
    plan = sealPlan(planWithWaves(flat, r.waves, (it, key) => tags.get(it.resourceId)?.[key]));
    const w = plan.waves!;
    deps.log.info(
      `Waves: ${w.waves.map((x) => `${x.wave}. ${x.definition} (${x.items})`).join('; ')}; soak ${w.soakMinutes} min, failure budget ${w.failureBudget}.`,
    );
    if (w.soakMinutes < 10 && w.waves.length > 1) {
      deps.log.warning(
        `waves: soak=${w.soakMinutes} is shorter than CloudWatch needs to show refused IMDSv1 calls reliably (EC2 publishes its metrics every 5 minutes, 1 with detailed monitoring, a few minutes late); use soak=10 or more.`,
      );
    }
  }
  const failures: string[] = [];
  const named = new Set([...r.selection.instances, ...fileRows.map((f) => f.instanceId)]);
  const notFound = plan.heldBack.filter((h) => named.has(h.resourceId) && /not found/.test(h.reason));
  if (named.size && notFound.length === named.size) {
    failures.push(
      `None of the ${named.size} instance(s) named in instances${r.selection.instancesFile ? ' (and its file)' : ''} exist in the scanned regions (${notFound
        .slice(0, 10)
        .map((h) => h.resourceId)
        .join(
          ', ',
        )}${notFound.length > 10 ? ', …' : ''}). Check the ids and the regions input; the plan changes nothing.`,
    );
  } else if (notFound.length) {
    deps.log.warning(
      `${notFound.length} named instance(s) were not found in the scanned regions: ${notFound
        .slice(0, 10)
        .map((h) => h.resourceId)
        .join(', ')}${notFound.length > 10 ? ', …' : ''}.`,
    );
  }
  const expired = cands.expiredExceptions.map(
    (e) =>
      `${e.instance.instanceId} (${e.instance.region}): ${e.expires ? `expired ${e.expires}` : 'malformed'} — ${e.reason}`,
  );
  for (const e of expired) deps.log.warning(`Exception not honoured: ${e}`);
  const failedRegions = inventory.regions
    .filter((x) => x.status === 'failed')
    .map((x) => `${x.region} (${x.error?.code})`);
  const inUse = plan.heldBack.filter((h) => (h.v1Calls ?? 0) > 0).length;
  deps.log.info(
    `Plan (${plan.remediation}): ${plan.items.length} change(s) (${r.targets.join(', ')}), ${plan.heldBack.length} held back (${inUse} still using IMDSv1).`,
  );
  await writePlan(plan, settings, deps, { expired, failedRegions });

  if (failedRegions.length && settings.gate.failOnRegionError) {
    failures.push(
      `${failedRegions.length} region scan(s) failed (${failedRegions.join(', ')}); the plan does not cover them. Set fail-on-scan-error: false to accept a partial plan.`,
    );
  }
  // An account that could not be reached (its member role refused, say) is as missing as a region.
  const failedAccounts = inventory.accounts
    .filter((x) => x.status === 'failed')
    .map((x) => `${x.accountId} (${x.error?.code})`);
  if (failedAccounts.length && settings.gate.failOnAccountError) {
    failures.push(
      `${failedAccounts.length} account(s) could not be read (${failedAccounts.join(', ')}); the plan does not cover them. Set fail-on-scan-error: regions (or false) to accept a plan without them.`,
    );
  }
  return { passed: failures.length === 0, failures, inventory, plan };
}

export async function planRollbackMode(settings: Settings, deps: Deps): Promise<RunResult> {
  const r = settings.remediation;
  // 1. The change log: parsed (and validated) before any AWS call.
  const text = readOptionalWorkspaceFile(deps, 'changelog-path', r.changelogPath);
  if (text === undefined) {
    throw new Error(
      `changelog-path: no change log at ${r.changelogPath}. Check out the branch the apply run committed it to (or set changelog-path).`,
    );
  }
  const spec = parseRollbackRun(r.rollbackRun ?? 'last');
  const lines = parseChangeLogLines(text, r.changelogPath);

  // 2. Provenance: only records IMDS Guard wrote are restored (docs/remediation.md, "Provenance").
  const proven = await provenRecords(lines, spec, settings, deps);
  // Instances a wave's soak already restored automatically need no rollback: never re-apply them.
  const { records, restored } = withoutAutoRestored(proven.sorted.records);
  let built: ReturnType<typeof buildRollbackPlan>;
  try {
    built = buildRollbackPlan(
      records,
      {
        run: proven.run ?? spec.run,
        instances: r.selection.instances,
        excludeInstances: r.selection.excludeInstances,
      },
      deps.now().toISOString(),
      {
        regions: settings.scope.regions,
        excludeRegions: settings.scope.excludeRegions,
        targets: [],
        instances: r.selection.instances,
        tags: [],
        excludeInstances: r.selection.excludeInstances,
        excludeTags: [],
        rollbackRun: r.rollbackRun ?? 'last',
      },
      proven.sorted.unproven,
    );
  } catch (e) {
    // Nothing of the run passed: say what was left out rather than "no applied changes".
    throw (e instanceof PlanError && noProvenRunError(proven.sorted.leftOut, spec, r.changelogPath)) || e;
  }
  const { plan: bare, runId } = built;
  const leftOut = leftOutRows(proven.sorted.leftOut, r.changelogPath);
  for (const h of leftOut) deps.log.warning(`Rollback plan: ${h.resourceId} (${h.region}) ${h.reason}`);

  // 3. Instance names, read with the signed-in account's session, so the approver sees which instance
  //    each restore is for (apply runs per account: other accounts' items keep their ids). Read-only:
  //    reconciling records are written by the approved job.
  const session = await signIn(settings, deps.clients, deps.idToken, deps.log, deps.env);
  const sessions = new Map<string, AwsSession>([[session.accountId, session]]);
  const byRegion = new Map<string, string[]>();
  for (const i of bare.items.filter((x) => x.kind === 'instance')) {
    if (!sessions.has(i.accountId)) continue;
    const k = `${i.accountId}/${i.region}`;
    byRegion.set(k, [...(byRegion.get(k) ?? []), i.resourceId]);
  }
  const names = new Map<string, string>();
  await Promise.all(
    [...byRegion].map(async ([k, ids]) => {
      const [accountId, region] = k.split('/');
      try {
        const { found } = await rereadInstances(
          deps.clients.ec2(sessionOf(sessions, accountId), region),
          accountId,
          region,
          ids,
        );
        for (const [id, inst] of found) if (inst.name) names.set(id, inst.name);
      } catch (e) {
        deps.log.warning(
          `Rollback plan: could not read instance names in ${region} (${(e as Error).message}); the plan lists ids only.`,
        );
      }
    }),
  );
  const { digest: _old, ...unsealed } = bare;
  const autoRestored = restored
    .filter((x) => x.runId === runId)
    .map((x) => ({
      accountId: x.accountId,
      region: x.region,
      resourceId: x.resourceId,
      reason: `already restored automatically after wave ${x.autoRollback?.wave} (${x.autoRollback?.metric} ${x.autoRollback?.sum}): nothing to roll back`,
    }));
  const provenance = provenanceOfPlan(proven.sorted, unsealed, leftOut.length, spec, r.changelogPath);
  const plan = sealPlan({
    ...unsealed,
    items: unsealed.items.map((i) => (names.has(i.resourceId) ? { ...i, name: names.get(i.resourceId) } : i)),
    heldBack: [...unsealed.heldBack, ...autoRestored, ...leftOut],
    provenance,
  });
  (provenance.checked && !provenance.unverifiedPlanned ? deps.log.info : deps.log.warning)(
    provenance.statement,
  );
  deps.log.info(
    `Rollback plan for run ${runId}: ${plan.items.length} change(s) to restore to their recorded before-state.`,
  );
  await writePlan(plan, settings, deps, {});
  return { passed: true, failures: [], plan };
}

/**
 * The records a rollback may use, judged by provenance. With a run id, that run's lines are judged; with
 * `last`, runs are judged newest first until one has an applied change IMDS Guard provably wrote (the
 * lines of newer runs left out on the way are listed). One GraphQL query for the line commits, one REST
 * call per run judged. No answer from GitHub: refused, unless rollback-run says unverified.
 */
async function provenRecords(
  lines: LoggedRecord[],
  spec: RollbackRunSpec,
  settings: Settings,
  deps: Deps,
): Promise<{ sorted: ProvenanceSort; run?: string }> {
  const source = await provenanceSource({
    token: settings.github.token,
    apiUrl: deps.github.apiUrl,
    repository: deps.github.repository,
    ref: deps.github.ref,
    path: settings.remediation.changelogPath,
  });
  const unavailable = (why: string) => ({ sorted: sortByProvenance(lines, { unavailable: why }, spec) });
  if ('unavailable' in source) return unavailable(source.unavailable);
  const order = spec.run === 'last' ? candidateRuns(lines.map((l) => l.record)) : [spec.run];
  const skipped: ProvenanceSort['leftOut'] = [];
  let last: ProvenanceSort | undefined;
  for (const run of order) {
    const mine = lines.filter((l) => l.record.runId === run);
    try {
      await source.readRuns([...new Set(mine.map((l) => writerOf(l.record)))]);
    } catch (e) {
      if (e instanceof ProvenanceUnavailable) return unavailable(e.message);
      throw e;
    }
    const sorted = sortByProvenance(mine, source.facts, spec);
    last = sorted;
    const ok =
      spec.run !== 'last' || sorted.records.some((x) => x.result === 'applied' && x.mode !== 'rollback');
    if (ok) return { sorted: { ...sorted, leftOut: [...skipped, ...sorted.leftOut] }, run };
    skipped.push(...sorted.leftOut);
  }
  // Nothing to roll back: an empty sort that carries everything left out, for the error.
  const empty: ProvenanceSort = {
    records: [],
    unproven: new Map(),
    leftOut: skipped,
    lineOf: new Map(),
    checked: last?.checked ?? { identity: source.facts.identity },
  };
  return { sorted: empty };
}

/** Writes the sealed plan, outputs its path and digest, and shows it to the approver. */
async function writePlan(
  plan: Plan,
  settings: Settings,
  deps: Deps,
  extra: { expired?: string[]; failedRegions?: string[] },
): Promise<void> {
  const path = workspacePath(deps, settings.remediation.planFile, 'plan-file');
  writeFileSafe(
    { root: deps.github.workspace, input: 'plan-file', path },
    `${JSON.stringify(plan, null, 2)}\n`,
  );
  deps.outputs.set('plan-file', path);
  deps.outputs.set('plan-digest', plan.digest);
  deps.log.info(`Plan written to ${settings.remediation.planFile} (plan-digest ${plan.digest}).`);
  await deps.outputs.summary(planSummary(plan, relative(deps.github.workspace, path) || path, extra));
  if (plan.provenance) await deps.outputs.summary(provenanceSummary(plan.provenance));
}
