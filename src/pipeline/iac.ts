/**
 * The pull request's infrastructure code: workspace globs → files → IaC readers → (with AWS access) the
 * live settings an unset HttpTokens resolves to (iac-live.ts) → the same globs read at the base revision
 * and compared per resource (iac-base.ts) → findings → SARIF and the gate's lines. Offline (no session) it
 * makes no AWS call and says what each outcome depends on.
 */
import { resolve } from 'node:path';
import { assessIac, type IacFinding, type IacResolverContext, liveInputsNeeded } from '../assess/iac.js';
import type { IacStageResult } from '../assess/iac-result.js';
import type { Session } from '../aws/session.js';
import type { Deps } from '../deps.js';
import { readIacFilesBounded } from '../iac/bounded.js';
import { expandIacGlobs, readWorkspaceIacFiles } from '../iac/workspace.js';
import type { AccountDefaults } from '../model/types.js';
import { writeWorkspaceFile } from '../publish/write.js';
import { findingsToSarif } from '../report/sarif.js';
import type { Settings } from '../settings/types.js';
import { attributeToChange } from './iac-base.js';
import { readLiveContext } from './iac-live.js';

export type { IacStageResult } from '../assess/iac-result.js';

const location = (f: { file: string; line?: number }): string => `${f.file}${f.line ? `:${f.line}` : ''}`;

/** The gate's line for one finding: resource, file and line, why, fix. */
export function failureLine(f: IacFinding): string {
  const why = f.message.startsWith(`${f.resourceType} ${f.address}: `)
    ? f.message.slice(f.resourceType.length + f.address.length + 3)
    : f.message;
  const verb =
    f.ruleId === 'IMDSG006' ? 'may allow IMDSv1 (a value the check cannot resolve)' : 'allows IMDSv1';
  return `${f.address} (${location(f)}) ${verb} [${f.ruleId}]: ${why} Fix: ${f.fix}`;
}

export async function runIacStage(
  settings: Settings,
  deps: Deps,
  session?: Session,
  /** Account defaults the live audit of this run already read (reused, not read again). */
  knownDefaults: readonly AccountDefaults[] = [],
): Promise<IacStageResult> {
  const ws = deps.github.workspace;
  const { iac } = settings;
  const files = await expandIacGlobs(ws, iac.globs);
  deps.log.info(
    `IaC: ${files.length} file(s) match ${iac.globs.join(', ')}${session ? '' : ' (offline: no AWS access, nothing live is read)'}.`,
  );
  if (!files.length)
    deps.log.warning(`IaC: no file matches input 'iac' (${iac.globs.join(', ')}); nothing to check.`);
  const read = await readWorkspaceIacFiles(ws, files);
  const parsed = await readIacFilesBounded({
    files: read.files,
    source: { kind: 'workspace', root: ws },
    options: { varFiles: iac.varFiles, cfnParameters: iac.cfnParameters },
  });
  const errors = [...read.errors, ...parsed.errors];
  const ctx: IacResolverContext = { defaultRegion: settings.homeRegion };
  const live = session
    ? await readLiveContext(parsed.resources, ctx, session, deps, knownDefaults)
    : { accountDefaults: {}, amis: {}, problems: [] };
  for (const p of live.problems)
    deps.log.warning(`IaC: ${p}; the resources it decides are reported as "depends".`);
  const { attribution, states, unchangedErrors } = await attributeToChange(
    settings,
    deps,
    parsed,
    ctx,
    read.files,
  );
  deps.log.info(`IaC: ${attribution.text}`);
  const { findings, verdicts, disagreements } = assessIac(parsed.resources, ctx, {
    unresolved: iac.unresolved,
    baseline: states ? (_r, i) => states[i] : undefined,
  });
  for (const d of disagreements) deps.log.warning(`IaC: ${location(d)} ${d.address}: ${d.text}.`);
  for (const n of parsed.notices ?? []) deps.log.warning(`IaC: ${location(n)}: ${n.message}`);
  for (const k of parsed.skipped ?? []) deps.log.info(`IaC: ${k.file} was not read as IaC: ${k.reason}.`);

  const suppressed = findings.filter((f) => f.suppression);
  const attributed = findings.filter((f) => f.attributed && !f.suppression);
  const notAttributed = findings.filter((f) => !f.attributed && !f.suppression);
  const sarifPath = resolve(ws, settings.reports.sarifPath);
  await writeWorkspaceFile(
    ws,
    'report-dir',
    sarifPath,
    `${JSON.stringify(findingsToSarif(findings, { version: deps.version }), null, 2)}\n`,
  );
  deps.outputs.set('sarif-file', sarifPath);
  for (const e of errors)
    deps.log.info(
      `IaC: ${location(e)} was not checked: ${e.message}${unchangedErrors?.has(e.file) ? ' (unchanged since the base, where it could not be read either: not gating)' : ''}`,
    );
  const errorsOnly = attributed.filter((f) => f.level === 'error');
  deps.log.info(
    `IaC: ${parsed.resources.length} resource(s) in ${files.length - errors.length} file(s); this change: ${errorsOnly.length} error(s), ${attributed.length - errorsOnly.length} warning(s)/note(s); ${notAttributed.length} not the change's own; ${suppressed.length} suppressed; ${errors.length} file error(s). SARIF: ${sarifPath}`,
  );
  return {
    files,
    findings,
    attributed,
    notAttributed,
    suppressed,
    errors,
    skipped: parsed.skipped ?? [],
    notices: parsed.notices ?? [],
    disagreements,
    attribution,
    verdicts,
    resourceCount: parsed.resources.length,
    offline: !session,
    dependsOn: liveInputsNeeded(parsed.resources, ctx).dependsOn,
    live,
    sarifPath,
    // A file that could not be checked cannot pass: it might hold what the gate is there to stop —
    // unless it is exactly as it was at the base, where it could not be read either.
    gateFailures: [
      ...errorsOnly.map(failureLine),
      ...errors
        .filter((e) => !unchangedErrors?.has(e.file))
        .map((e) => `${location(e)} could not be checked: ${e.message}`),
    ],
  };
}
