/**
 * mode: audit — read-only. The nightly audit and the required check on infrastructure pull requests:
 *
 *   inputs → sign in → inventory (IMDSv1 usage read while the scan runs) → [the IaC check] → assessment →
 *   reports → gate
 *
 * With `iac` set and no way into AWS (a fork's pull request, no role), the IaC check runs alone, offline.
 */
import { performance } from 'node:perf_hooks';
import type { IacStageResult } from '../assess/iac-result.js';
import { collectInventory } from '../aws/collect.js';
import { hasLoadableCredentials } from '../aws/credentials.js';
import { type Session, signIn } from '../aws/session.js';
import type { Deps } from '../deps.js';
import type { AccountDefaults, RunResult } from '../model/types.js';
import { annotateErrors, annotateFindings } from '../publish/annotations.js';
import type { Settings } from '../settings/types.js';
import { judgeAndPublish, loadReportStack } from './judge.js';
import { collectOptions, signInOptions } from './options.js';
import { v1UsageStream } from './usage.js';

/** How often the run's thread is looked at for idleness while the scan starts (ms). */
const IDLE_SAMPLE_MS = 20;
/** The share of a sample's time the run's thread may have been busy and still count as idle. */
const IDLE_UTILIZATION = 0.5;

/**
 * Runs `work` the first time the run's thread is mostly idle (waiting on AWS) after `start`; `stop`
 * gives up waiting. Used for the reports: loaded then, they are not loaded before the scan's first call
 * or after it, and a scan that ends first leaves them to the reports.
 */
function whenIdle(work: () => void): { start: () => void; stop: () => void } {
  let timer: NodeJS.Timeout | undefined;
  return {
    start: () => {
      let last = performance.eventLoopUtilization();
      timer = setInterval(() => {
        const now = performance.eventLoopUtilization();
        const busy = performance.eventLoopUtilization(now, last).utilization;
        last = now;
        if (busy >= IDLE_UTILIZATION) return;
        clearInterval(timer);
        work();
      }, IDLE_SAMPLE_MS);
    },
    stop: () => clearInterval(timer),
  };
}

/**
 * Loads the report stack. Never rejects: a module that cannot be loaded fails again, and says why,
 * when the reports need it.
 */
async function prepareReports(): Promise<void> {
  try {
    await loadReportStack();
  } catch {
    // Left to the reports' own load.
  }
}

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
    await (await loadReportStack()).publishIacOnly(settings, iac, deps);
    deps.outputs.set('passed', iac.gateFailures.length === 0);
    return { passed: iac.gateFailures.length === 0, failures: iac.gateFailures };
  }
  const session = await signIn(signInOptions(settings), deps.clients, deps.idToken, deps.log, deps.env);
  const usage = v1UsageStream(
    {
      days: settings.remediation.v1UsageDays,
      concurrency: settings.scope.concurrency,
      includeStopped: settings.scope.includeStopped,
    },
    deps,
  );
  // The reports' modules load while the scan waits on AWS, not before its first call or after it:
  // once every region's scan has started, at the first moment the run's thread is idle.
  const warm = whenIdle(() => void prepareReports());
  const { inventory, sessions } = await collectInventory(
    collectOptions(settings, session, deps, {
      onInstances: usage.add,
      onRegionScanned: usage.flush,
      onScanStarted: warm.start,
    }),
    session,
    deps.clients,
    deps.log,
    deps.now,
  ).finally(warm.stop);
  await usage.finish(inventory, sessions);
  const iac = iacOn ? await judgeIac(settings, deps, session, inventory.accountDefaults) : undefined;
  return judgeAndPublish(settings, deps, inventory, undefined, iac);
}

/** The IaC stage, its annotations on the diff. Its parsers are loaded only when `iac` is set. */
async function judgeIac(
  settings: Settings,
  deps: Deps,
  session?: Session,
  knownDefaults?: AccountDefaults[],
): Promise<IacStageResult> {
  const { runIacStage } = await import('./iac.js');
  const iac = await runIacStage(settings, deps, session, knownDefaults);
  annotateFindings(iac.findings, deps.outputs.annotate);
  annotateErrors(iac.errors, deps.outputs.annotate);
  return iac;
}
