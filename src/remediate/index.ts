/**
 * Remediation modes. `plan` is read-only: select, judge, measure readiness, freeze a digested plan.
 * `apply` does exactly what an approved plan says: refuses unless every gate passes (event, plan
 * digest and age, the OIDC `environment` claim, a DryRun per region), then re-reads each instance,
 * skips drift, and for each change appends a write-ahead intent, makes the call, and appends the
 * outcome; the log is then committed to the branch. Both apply and rollback first reconcile intents an
 * earlier (crashed) run left without an outcome. `rollback` turns change-log records into a plan restoring the exact
 * before-states and applies it through the same gates.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import {
  buildPlan,
  buildPostureItems,
  buildRollbackPlan,
  checkPlan,
  needsReadiness,
  PlanError,
  type PlanInput,
  type PosturePlanInput,
  parsePlan,
  planCandidates,
  postureCandidates,
  templateReadinessInstances,
} from '../assess/plan.js';
import { inScope } from '../assess/rules.js';
import { type CsvSelection, InputFileError, parseInstancesCsv } from '../assess/selection.js';
import { ClientFactory } from '../aws/clients.js';
import { collectInventory } from '../aws/collect.js';
import { measureV1Usage } from '../aws/readiness.js';
import { readDefaults, readDefaultVersion, rereadInstances } from '../aws/reread.js';
import { type Session, signIn } from '../aws/session.js';
import type { Deps } from '../deps.js';
import { commitChangelog, octokitFor } from '../github/commit.js';
import { errorMessage } from '../log.js';
import { settingsOf } from '../model/metadata.js';
import type { ChangeRecord, Plan, Settings } from '../model/types.js';
import type { RunResult } from '../run.js';
import {
  type ApplyOutcome,
  applyItems,
  dryRunRegions,
  limiterFor,
  type RegionOutcome,
} from './apply-instances.js';
import { applyPostureItems, dryRunPosture, isPostureItem, type PostureLimiters } from './apply-posture.js';
import { checkApproval, RefusedError } from './approval.js';
import { ChangeLogWriter, parseChangeLog, unresolvedIntents } from './changelog.js';
import type { TokenBucketLimiter } from './pacing.js';
import { reconcileIntents } from './reconcile.js';
import { applySummary, planSummary, reconciledSummary, refusedDryRunSummary } from './summary.js';

export { RefusedError } from './approval.js';

export async function runRemediation(settings: Settings, deps: Deps): Promise<RunResult> {
  switch (settings.mode) {
    case 'plan':
      return planMode(settings, deps);
    case 'apply':
      return applyMode(settings, deps);
    case 'rollback':
      return rollbackMode(settings, deps);
    default:
      throw new Error(
        `mode: ${settings.mode} is not available in this build; use audit, plan, apply or rollback`,
      );
  }
}

const inWorkspace = (deps: Deps, p: string) => resolve(deps.github.workspace, p);
const today = (d: Date) => d.toISOString().slice(0, 10);

// ───────────────────────────── plan ─────────────────────────────

export async function planMode(settings: Settings, deps: Deps): Promise<RunResult> {
  const r = settings.remediation;
  const postureTargets = r.targets.filter((t) => t !== 'instances');
  if (postureTargets.length && r.action !== 'require-v2') {
    deps.log.warning(
      `remediation-targets: ${postureTargets.join(', ')} are remediated only with remediation: require-v2; not planned with ${r.action}.`,
    );
  }
  // Inputs first: a bad file fails before any AWS call.
  let fileRows: CsvSelection[] = [];
  if (r.selection.instancesFile) {
    const path = inWorkspace(deps, r.selection.instancesFile);
    if (!existsSync(path)) {
      throw new InputFileError(
        r.selection.instancesFile,
        undefined,
        'does not exist (instances-file is read relative to the workspace)',
      );
    }
    fileRows = parseInstancesCsv(readFileSync(path, 'utf8'), r.selection.instancesFile);
    deps.log.info(`instances-file: ${fileRows.length} instance id(s) from ${r.selection.instancesFile}`);
  }

  const session = await signIn(settings, deps.clients, deps.idToken, deps.log, deps.env);
  const inventory = await collectInventory(settings, session, deps.clients, deps.log, deps.now);
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
  const withInstances = r.targets.includes('instances');
  const cands = withInstances
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

  const seen = new Set<string>();
  const targets = [
    ...cands.candidates.filter((c) => needsReadiness(c.instance.metadata, c.after)).map((c) => c.instance),
    ...posture.templates.flatMap((t) => templateReadinessInstances(t, postureInput.instances)),
  ]
    .filter((i) => !seen.has(i.instanceId) && Boolean(seen.add(i.instanceId)))
    .map((i) => ({ accountId: i.accountId, region: i.region, instanceId: i.instanceId }));
  const credsByAccount = new Map([[session.accountId, session.credentials]]);
  const { usage, calls } = await measureV1Usage(targets, {
    days: r.v1UsageDays,
    now: deps.now(),
    cloudwatch: (accountId, region) =>
      deps.clients.cloudwatch(region, credsByAccount.get(accountId) ?? session.credentials, accountId),
    log: deps.log,
  });
  if (targets.length) {
    deps.log.info(
      `Readiness: MetadataNoToken over ${r.v1UsageDays} days for ${targets.length} instance(s) in ${calls} GetMetricData call(s).`,
    );
  }
  const plan = buildPlan(
    { ...input, createdAt: deps.now().toISOString() },
    cands,
    usage,
    r.includeInUse,
    buildPostureItems(postureInput, usage, r.includeInUse),
  );

  const path = inWorkspace(deps, r.planFile);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(plan, null, 2)}\n`);
  deps.outputs.set('plan-file', path);
  const inUse = plan.heldBack.filter((h) => (h.v1Calls ?? 0) > 0).length;
  deps.log.info(
    `Plan (${plan.remediation}): ${plan.items.length} change(s) (${r.targets.join(', ')}), ${plan.heldBack.length} held back (${inUse} still using IMDSv1). Written to ${path} (${plan.digest}).`,
  );
  const expired = cands.expiredExceptions.map(
    (e) =>
      `${e.instance.instanceId} (${e.instance.region}): ${e.expires ? `expired ${e.expires}` : 'malformed'} — ${e.reason}`,
  );
  for (const e of expired) deps.log.warning(`Exception not honoured: ${e}`);
  const failedRegions = inventory.regions
    .filter((x) => x.status === 'failed')
    .map((x) => `${x.region} (${x.error?.code})`);
  await deps.outputs.summary(
    planSummary(plan, relative(deps.github.workspace, path) || path, { expired, failedRegions }),
  );

  const failures: string[] = [];
  if (failedRegions.length && settings.gate.failOnRegionError) {
    failures.push(
      `${failedRegions.length} region scan(s) failed (${failedRegions.join(', ')}); the plan does not cover them. Set fail-on-region-error: false to accept a partial plan.`,
    );
  }
  return { passed: failures.length === 0, failures, inventory };
}

// ───────────────────────────── apply / rollback ─────────────────────────────

function refuseOnEvent(settings: Settings, deps: Deps): void {
  const ev = deps.github.eventName;
  if (ev.startsWith('pull_request')) {
    throw new RefusedError(
      `mode: ${settings.mode} refuses to run on ${ev} events: changes are made only from an approved workflow run (workflow_dispatch with an environment), never from code under review.`,
    );
  }
}

function loadPlan(settings: Settings, deps: Deps): { plan: Plan; path: string } {
  const file = settings.remediation.planFile;
  const path = inWorkspace(deps, file);
  if (!existsSync(path)) {
    throw new PlanError(
      `${file}: no plan file at ${path}. Download the plan job's artifact into the workspace, or set plan-file.`,
    );
  }
  const plan = parsePlan(readFileSync(path, 'utf8'), file);
  if (plan.mode !== 'plan')
    throw new PlanError(
      `${file}: a ${plan.mode} plan cannot be applied with mode: apply; use mode: rollback`,
    );
  const problem = checkPlan(plan, file, deps.now(), settings.remediation.planMaxAgeHours);
  if (problem) throw new RefusedError(`apply refused: ${problem} Nothing was changed.`);
  return { plan, path };
}

export async function applyMode(settings: Settings, deps: Deps): Promise<RunResult> {
  refuseOnEvent(settings, deps);
  const { plan } = loadPlan(settings, deps);
  return executePlan('apply', settings, deps, async () => plan);
}

export async function rollbackMode(settings: Settings, deps: Deps): Promise<RunResult> {
  refuseOnEvent(settings, deps);
  const r = settings.remediation;
  const logPath = inWorkspace(deps, r.changelogPath);
  if (!existsSync(logPath)) {
    throw new PlanError(
      `${r.changelogPath}: no change log at ${logPath}. Check out the branch the apply run committed it to (or set changelog-path).`,
    );
  }
  // Parse now: a malformed log fails before any AWS call.
  parseChangeLog(readFileSync(logPath, 'utf8'), r.changelogPath);
  // The plan is built after reconciliation (inside the gated path), so outcomes an earlier crash left
  // unknown are settled first and rolled back if AWS shows they were made.
  return executePlan('rollback', settings, deps, async (records) => {
    const { plan, runId } = buildRollbackPlan(
      records,
      {
        run: r.rollbackRun ?? 'last',
        instances: r.selection.instances,
        excludeInstances: r.selection.excludeInstances,
      },
      deps.now().toISOString(),
    );
    const planPath = inWorkspace(deps, rollbackPlanFile(r.planFile));
    await mkdir(dirname(planPath), { recursive: true });
    await writeFile(planPath, `${JSON.stringify(plan, null, 2)}\n`);
    deps.outputs.set('plan-file', planPath);
    deps.log.info(
      `Rollback of run ${runId}: ${plan.items.length} change(s) to restore to their recorded before-state (plan ${planPath}).`,
    );
    await deps.outputs.summary(planSummary(plan, relative(deps.github.workspace, planPath) || planPath));
    return plan;
  });
}

export function rollbackPlanFile(planFile: string): string {
  return planFile.endsWith('.json')
    ? planFile.replace(/\.json$/, '.rollback.json')
    : `${planFile}.rollback.json`;
}

const zeroOutcome = (): ApplyOutcome => ({
  regions: [],
  counts: { applied: 0, failed: 0, drifted: 0, skipped: 0 },
  durationMs: 0,
});

/** Instance and posture outcomes as one (rows of the same account/region summed). */
function mergeOutcomes(a: ApplyOutcome, b: ApplyOutcome): ApplyOutcome {
  const rows = new Map<string, RegionOutcome>();
  for (const r of [...a.regions, ...b.regions]) {
    const k = `${r.accountId}/${r.region}`;
    const have = rows.get(k);
    if (!have) rows.set(k, { ...r, counts: { ...r.counts } });
    else {
      for (const c of Object.keys(have.counts) as Array<keyof typeof have.counts>)
        have.counts[c] += r.counts[c];
      have.modifyCalls += r.modifyCalls;
      have.throttled += r.throttled;
      have.durationMs = Math.max(have.durationMs, r.durationMs);
    }
  }
  const counts = { ...a.counts };
  for (const c of Object.keys(counts) as Array<keyof typeof counts>) counts[c] += b.counts[c];
  return {
    regions: [...rows.values()].sort((x, y) =>
      `${x.accountId}/${x.region}`.localeCompare(`${y.accountId}/${y.region}`),
    ),
    counts,
    durationMs: Math.max(a.durationMs, b.durationMs),
  };
}

/**
 * The shared gated path: sign in → approval → reconcile earlier unknown outcomes → plan → accounts →
 * DryRun → apply (write-ahead change log) → commit.
 */
async function executePlan(
  mode: 'apply' | 'rollback',
  settings: Settings,
  deps: Deps,
  makePlan: (records: ChangeRecord[]) => Promise<Plan>,
): Promise<RunResult> {
  const r = settings.remediation;
  // Approval before any AWS write (and before the DryRun): the environment claim of the OIDC token.
  const session: Session = await signIn(settings, deps.clients, deps.idToken, deps.log, deps.env);
  checkApproval({
    mode,
    claims: session.oidcClaims,
    environment: r.approvalEnvironment ?? '',
    eventName: deps.github.eventName,
    usedOidc: Boolean(settings.auth.roleToAssume),
  });
  deps.log.info(
    `Approved: OIDC environment claim '${String(session.oidcClaims?.environment)}' matches approval-environment.`,
  );

  const changelogPath = inWorkspace(deps, r.changelogPath);
  deps.outputs.set('changelog-path', changelogPath);
  const creds = session.credentials;
  const read = (accountId: string, region: string) => deps.clients.ec2(region, creds, accountId);
  const writer = new ChangeLogWriter(changelogPath);
  const lines: string[] = [];
  const append = (rec: ChangeRecord) => {
    writer.append(rec);
    lines.push(JSON.stringify(rec));
  };

  try {
    // Reconcile: intents an earlier run left without an outcome (it died with the answer on the wire).
    let logged: ChangeRecord[] = existsSync(changelogPath)
      ? parseChangeLog(readFileSync(changelogPath, 'utf8'), r.changelogPath)
      : [];
    const open = unresolvedIntents(logged);
    let reconciled: ChangeRecord[] = [];
    if (open.length) {
      deps.log.info(
        `Change log: ${open.length} change(s) of earlier runs have an intent but no outcome — re-reading them (outcome unknown — state re-read).`,
      );
      const rec = await reconcileIntents(
        open,
        {
          instances: async (accountId, region, ids) => {
            const { found } = await rereadInstances(read(accountId, region), accountId, region, ids);
            return new Map([...found].map(([id, inst]) => [id, settingsOf(inst.metadata)]));
          },
          launchTemplate: async (accountId, region, id) => {
            const v = await readDefaultVersion(read(accountId, region), id);
            return v && { state: v.metadata, version: v.version };
          },
          accountDefaults: async (accountId, region) =>
            (await readDefaults(read(accountId, region), accountId, region)).state,
        },
        { runId: deps.github.runId, now: deps.now, accountId: session.accountId, log: deps.log },
      );
      for (const x of rec.records) append(x);
      reconciled = rec.records;
      logged = [...logged, ...rec.records];
    }

    const plan = await makePlan(logged);
    const foreign = [...new Set(plan.items.map((i) => i.accountId))].filter((a) => a !== session.accountId);
    if (foreign.length) {
      throw new RefusedError(
        `${mode} refused: the plan changes account(s) ${foreign.join(', ')}, but this run is signed in to ${session.accountId}. Run one apply per account with that account's write role. Nothing was changed.`,
      );
    }

    if (plan.items.length === 0) {
      deps.log.info('The plan changes nothing; no AWS writes made.');
      deps.outputs.set('applied-count', 0);
      deps.outputs.set('failed-count', 0);
      const committed = await commitLog(settings, deps, lines, mode, zeroOutcome().counts);
      await deps.outputs.summary(
        `## IMDS Guard ${mode}: nothing to change\n${reconciled.length ? `\n${reconciledSummary(reconciled)}` : ''}`,
      );
      return { passed: !committed.failure, failures: committed.failure ? [committed.failure] : [] };
    }

    // The write client makes one attempt per send: apply.ts retries throttling itself, so it counts
    // every attempt against its token bucket and writes exactly one outcome per change.
    const writeClients = new ClientFactory(1);
    const clients = {
      read,
      write: (accountId: string, region: string) => writeClients.ec2(region, creds, `${accountId}-write`),
    };
    const instanceItems = plan.items.filter((i) => i.kind === 'instance');
    const postureItems = plan.items.filter(isPostureItem);
    const limiters = new Map<string, TokenBucketLimiter>();
    for (const it of instanceItems) limiterFor(limiters, it, {});
    const postureLimiters: PostureLimiters = new Map();
    try {
      const dry = [
        ...(instanceItems.length
          ? await dryRunRegions(instanceItems, { clients, log: deps.log }, limiters)
          : []),
        ...(postureItems.length ? await dryRunPosture(postureItems, { clients }, postureLimiters) : []),
      ];
      const denied = dry.filter((d) => !d.ok);
      if (denied.length) {
        await deps.outputs.summary(refusedDryRunSummary(dry));
        const committed = await commitLog(settings, deps, lines, mode, zeroOutcome().counts);
        if (committed.failure) deps.log.warning(committed.failure);
        throw new RefusedError(
          `${mode} refused: the DryRun permission check failed in ${denied.map((d) => `${d.region} (${d.operation ?? 'ModifyInstanceMetadataOptions'} ${d.code}: ${d.message})`).join('; ')}. Grant the write role the actions in docs/remediation.md. Nothing was changed.`,
        );
      }
      deps.log.info(`DryRun passed (${dry.length} check(s)); applying ${plan.items.length} change(s)…`);

      const records: ChangeRecord[] = [];
      const onRecord = (rec: ChangeRecord) => {
        append(rec);
        if (rec.result === 'started') return;
        records.push(rec);
        if (rec.result !== 'applied')
          deps.log.warning(
            `${rec.resourceId} (${rec.region}): ${rec.result} — ${rec.errorCode}: ${rec.errorMessage}`,
          );
      };
      const applyOpts = {
        clients,
        log: deps.log,
        now: deps.now,
        base: {
          runId: deps.github.runId,
          runUrl: deps.github.runUrl,
          actor: deps.github.actor,
          mode,
          planDigest: plan.digest,
        },
        onRecord,
      };
      const [a, b] = await Promise.all([
        instanceItems.length ? applyItems(instanceItems, applyOpts, limiters) : zeroOutcome(),
        postureItems.length ? applyPostureItems(postureItems, applyOpts, postureLimiters) : zeroOutcome(),
      ]);
      const outcome = mergeOutcomes(a, b);
      const c = outcome.counts;
      deps.log.info(
        `${mode}: ${c.applied} applied, ${c.drifted} drifted, ${c.failed} failed, ${c.skipped} skipped in ${(outcome.durationMs / 1000).toFixed(1)} s. Change log: ${changelogPath}`,
      );
      deps.outputs.set('applied-count', c.applied);
      deps.outputs.set('failed-count', c.failed);

      const failures: string[] = [];
      if (c.failed)
        failures.push(
          `${c.failed} change(s) failed; see the change log (${r.changelogPath}) and the summary.`,
        );
      const committed = await commitLog(settings, deps, lines, mode, c);
      if (committed.failure) failures.push(committed.failure);
      await deps.outputs.summary(
        applySummary(
          mode,
          plan,
          outcome,
          records,
          { path: r.changelogPath, commitUrl: committed.url, note: committed.note },
          reconciled,
        ),
      );
      return { passed: failures.length === 0, failures };
    } finally {
      writeClients.destroy();
    }
  } finally {
    writer.close();
  }
}

async function commitLog(
  settings: Settings,
  deps: Deps,
  lines: string[],
  mode: string,
  counts: Record<string, number>,
): Promise<{ url?: string; note?: string; failure?: string }> {
  const r = settings.remediation;
  if (!r.commitChangelog) return { note: 'left in the workspace (commit-changelog: false)' };
  if (lines.length === 0) return { note: 'nothing to commit' };
  const repo = deps.github.repository;
  const ref = deps.github.ref ?? '';
  const branch = ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
  const why = !settings.github.token
    ? 'no github-token'
    : !repo
      ? 'GITHUB_REPOSITORY is not set'
      : !branch
        ? `the run is not on a branch (ref '${ref}')`
        : undefined;
  if (why) {
    return {
      note: `not committed: ${why}`,
      failure: `The change log was written to ${r.changelogPath} but not committed (${why}). Upload it as an artifact and commit it, or set commit-changelog: false to opt out.`,
    };
  }
  try {
    const res = await commitChangelog(
      octokitFor(settings.github.token!, deps.github.apiUrl),
      { owner: repo!.owner, repo: repo!.repo, branch: branch!, path: r.changelogPath.replace(/^\.\//, '') },
      lines,
      {
        headline: `imds-guard: ${mode} change log for run ${deps.github.runId}`,
        body: `${counts.applied} applied, ${counts.drifted} drifted, ${counts.failed} failed, ${counts.skipped} skipped.${deps.github.runUrl ? `\n\nRun: ${deps.github.runUrl}` : ''}${deps.github.actor ? `\nActor: ${deps.github.actor}` : ''}`,
      },
    );
    deps.log.info(
      `Change log committed to ${branch}: ${res.url ?? res.oid} (${res.added} line(s), ${res.attempts} attempt(s)).`,
    );
    return { url: res.url };
  } catch (e) {
    return {
      note: 'commit failed',
      failure: `The change log was written to ${r.changelogPath} but committing it failed: ${errorMessage(e)}. The changes in AWS stand; commit the file by hand.`,
    };
  }
}
