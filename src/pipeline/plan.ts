/**
 * mode: plan — read-only. Writes a sealed plan file and outputs its digest (`plan-digest`), which the
 * approved apply job takes through `needs` and checks before any AWS call.
 *
 *   inputs → sign in → inventory (every account's session kept) → candidates → readiness
 *   (MetadataNoToken, each account read with its own session) → plan → waves → plan file
 */
import {
  buildPlan,
  buildPostureItems,
  namedNotFound,
  type PlanInput,
  type PosturePlanInput,
  planCandidates,
  planScanFailures,
  postureCandidates,
  readinessTargets,
} from '../assess/plan.js';
import { inScope } from '../assess/rules.js';
import { sessionOf } from '../aws/clients.js';
import { collectInventory } from '../aws/collect.js';
import { measureV1Usage } from '../aws/readiness.js';
import { signIn } from '../aws/session.js';
import type { Deps } from '../deps.js';
import type { RunResult } from '../model/types.js';
import type { Settings } from '../settings/types.js';
import { collectOptions, signInOptions, today } from './options.js';
import { writePlan } from './plan-output.js';

import { readInstancesFile, selectionOf, staged } from './plan-steps.js';

export async function planMode(settings: Settings, deps: Deps): Promise<RunResult> {
  const r = settings.remediation;
  const postureTargets = r.targets.filter((t) => t !== 'instances');
  if (postureTargets.length && r.action !== 'require-v2')
    deps.log.warning(
      `remediation-targets: ${postureTargets.join(', ')} are remediated only with remediation: require-v2; not planned with ${r.action}.`,
    );
  // 1. Inputs first: a bad file fails before any AWS call.
  const file = readInstancesFile(settings, deps);

  // 2. Sign in and collect; every account's session travels on with its facts.
  const session = await signIn(signInOptions(settings), deps.clients, deps.idToken, deps.log, deps.env);
  // A plan needs the fleet and its posture, not the exposure context (GuardDuty, IAM, other services).
  const { inventory, sessions } = await collectInventory(
    collectOptions(settings, session, deps, { exposure: false }),
    session,
    deps.clients,
    deps.log,
    deps.now,
  );

  // 3. Judge: which resources change, to what.
  const input: PlanInput = {
    instances: inventory.instances,
    selection: r.selection,
    fileRows: file.rows,
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
  const targets = readinessTargets(cands, posture.templates, postureInput.instances);
  const { usage, calls } = await measureV1Usage(targets, {
    days: r.v1UsageDays,
    now: deps.now(),
    cloudwatch: (accountId, region) => deps.clients.cloudwatch(sessionOf(sessions, accountId), region),
    log: deps.log,
  });
  if (targets.length)
    deps.log.info(
      `Readiness: MetadataNoToken over ${r.v1UsageDays} days for ${targets.length} instance(s) in ${calls} GetMetricData call(s).`,
    );

  // 5. Freeze the plan, with what selected it; 6. stage it into waves, sealed with the rest.
  const selectedBy = selectionOf(settings, inventory, file.recorded);
  const flat = buildPlan(
    { ...input, createdAt: deps.now().toISOString(), selectedBy },
    cands,
    usage,
    r.includeInUse,
    buildPostureItems(postureInput, usage, r.includeInUse),
  );
  const plan = staged(flat, settings, inventory, deps);

  // 7. Write it, and say what it does not cover.
  const named = new Set([...r.selection.instances, ...file.rows.map((f) => f.instanceId)]);
  const missing = namedNotFound(plan, named, Boolean(r.selection.instancesFile));
  if (missing.warning) deps.log.warning(missing.warning);
  const expired = cands.expiredExceptions.map(
    (e) =>
      `${e.instance.instanceId} (${e.instance.region}): ${e.expires ? `expired ${e.expires}` : 'malformed'} — ${e.reason}`,
  );
  for (const e of expired) deps.log.warning(`Exception not honoured: ${e}`);
  const gaps = planScanFailures(inventory, settings.gate);
  const inUse = plan.heldBack.filter((h) => (h.v1Calls ?? 0) > 0).length;
  deps.log.info(
    `Plan (${plan.remediation}): ${plan.items.length} change(s) (${r.targets.join(', ')}), ${plan.heldBack.length} held back (${inUse} still using IMDSv1).`,
  );
  await writePlan(plan, r.planFile, deps, { expired, failedRegions: gaps.failedRegions });
  const failures = [...(missing.failure ? [missing.failure] : []), ...gaps.failures];
  return { passed: failures.length === 0, failures, inventory, plan };
}
