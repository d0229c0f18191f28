import { resolve } from 'node:path';
import {
  type AccountDefaultTokens,
  type AmiImdsSupport,
  assessIac,
  type BaselineState,
  type IacFinding,
  type IacLevel,
  type IacResolverContext,
  iacRule,
  liveInputsNeeded,
} from '../assess/iac.js';
import { compareWithBase } from '../assess/iac-baseline.js';
import type { IacAttribution, IacStageResult } from '../assess/iac-result.js';
import { readAccountDefaults, readImages } from '../aws/posture.js';
import type { Session } from '../aws/session.js';
import type { Deps } from '../deps.js';
import { readIacFilesBounded } from '../iac/bounded.js';
import type { IacFile } from '../iac/index.js';
import { type GitRevision, matchRevision, openGitRevision } from '../iac/sources.js';
import { expandIacGlobs, readWorkspaceIacFiles } from '../iac/workspace.js';
import { errorMessage } from '../log.js';
import type { IacParseError, IacReadResult, IacResource } from '../model/iac.js';
import type { AccountDefaults } from '../model/types.js';
import { writeWorkspaceFile } from '../publish/write.js';
import { findingsToSarif } from '../report/sarif.js';
import type { Settings } from '../settings/types.js';

export type { IacStageResult } from '../assess/iac-result.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';
export type Annotate = Deps['outputs']['annotate'];

// ----- finding the files ---------------------------------------------------------------------------

// ----- the live settings an unset HttpTokens resolves to ---------------------------------------------

function toTokens(value: string | undefined): AccountDefaultTokens {
  return value === 'required' || value === 'optional' ? value : 'no-preference';
}

/** Reads (read-only) the account defaults and AMI ImdsSupport the outcome depends on; failures are warnings. */
async function readLiveContext(
  resources: IacResource[],
  ctx: IacResolverContext,
  session: Session,
  deps: Deps,
  known: readonly AccountDefaults[],
): Promise<IacStageResult['live']> {
  const live: IacStageResult['live'] = { accountDefaults: {}, amis: {}, problems: [] };
  const accountDefaults: Record<string, AccountDefaultTokens | undefined> = {};
  ctx.accountDefaults = accountDefaults;
  // The live audit of this run already read the signed-in account's defaults: not read twice.
  const audited = new Map(known.filter((d) => d.accountId === session.accountId).map((d) => [d.region, d]));
  for (const region of liveInputsNeeded(resources, ctx).regions) {
    const have = audited.get(region);
    if (have) {
      accountDefaults[region] = toTokens(have.httpTokens);
      live.accountDefaults[region] = accountDefaults[region];
      continue;
    }
    try {
      const d = await readAccountDefaults(
        deps.clients.ec2(session, region, 'secondary'),
        session.accountId,
        region,
      );
      accountDefaults[region] = toTokens(d.httpTokens);
      live.accountDefaults[region] = accountDefaults[region];
    } catch (e) {
      live.problems.push(`account default HttpTokens in ${region} could not be read: ${errorMessage(e)}`);
    }
  }
  // Only the AMIs still deciding an outcome once the account defaults are known.
  const amiIds = liveInputsNeeded(resources, ctx).amiIds;
  if (!amiIds.length) return live;
  const amiSupport: Record<string, AmiImdsSupport | undefined> = {};
  ctx.amiImdsSupport = amiSupport;
  // An AMI id is regional: ask the region of the (first) resource that launches it.
  const regionOf = new Map<string, string>();
  for (const r of resources)
    if (r.amiId && !regionOf.has(r.amiId)) regionOf.set(r.amiId, r.region ?? ctx.defaultRegion ?? '');
  const byRegion = new Map<string, string[]>();
  for (const id of amiIds) {
    const region = regionOf.get(id) ?? '';
    byRegion.set(region, [...(byRegion.get(region) ?? []), id]);
  }
  for (const [region, ids] of byRegion) {
    try {
      const images = await readImages(
        deps.clients.ec2(session, region, 'secondary'),
        session.accountId,
        region,
        ids,
      );
      for (const img of images) amiSupport[img.imageId] = img.imdsSupport === 'v2.0' ? 'v2.0' : 'none';
      for (const id of ids) {
        if (amiSupport[id]) live.amis[id] = amiSupport[id];
        else live.problems.push(`AMI ${id} was not found in ${region} (not visible to the account)`);
      }
    } catch (e) {
      live.problems.push(
        `ImdsSupport of ${ids.join(', ')} in ${region} could not be read: ${errorMessage(e)}`,
      );
    }
  }
  return live;
}

// ----- the stage ---------------------------------------------------------------------------------------

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

const CHECKOUT_FIX =
  'fetch the base with actions/checkout (`fetch-depth: 0`), or give the job `contents: read` so the Action can fetch that one commit';

/**
 * Which findings are the change's own: on a pull request or in a merge queue, the same globs are read
 * at the base revision and each resource compared (new, updated, unchanged); elsewhere, or with
 * `pr-gate: …, everything`, every resource counts. A base that cannot be read makes every finding count,
 * and says why.
 */
async function attributeToChange(
  settings: Settings,
  deps: Deps,
  head: IacReadResult,
  ctx: IacResolverContext,
  headFiles: IacFile[],
): Promise<{ attribution: IacAttribution; states?: BaselineState[]; unchangedErrors?: Set<string> }> {
  const base = deps.github.base;
  if (settings.iac.judge === 'everything')
    return {
      attribution: {
        mode: 'everything',
        text: 'every resource is judged (pr-gate: everything), not only what the change adds.',
      },
    };
  if (!base)
    return {
      attribution: {
        mode: 'no-base',
        text: `every resource is judged: a ${deps.github.eventName || 'local'} run has no base revision to compare with.`,
      },
    };
  const short = base.sha.slice(0, 12);
  const opened = await openGitRevision(deps.github.workspace, base.sha, {
    token: settings.github.token,
    serverUrl: deps.github.serverUrl,
  });
  if (!opened.ok)
    return {
      attribution: {
        mode: 'unavailable',
        base: short,
        text: `the base revision could not be read, so every finding counts as this change's own: ${opened.problem}. To judge only what the change adds, ${CHECKOUT_FIX}.`,
      },
    };
  const { read: baseRead, texts } = await readRevision(opened.revision, settings, deps.github.workspace);
  // A file that cannot be read, unchanged since the base, is not this change's doing: listed, not gating.
  const baseErrors = new Set(baseRead.errors.map((e) => e.file));
  const unchangedErrors = new Set(
    headFiles.filter((f) => baseErrors.has(f.file) && texts.get(f.file) === f.text).map((f) => f.file),
  );
  const states = compareWithBase(head.resources, baseRead.resources, ctx, head.moves ?? []);
  // A file that could not be read at the base cannot show what was already there.
  const unreadable = new Set(baseRead.errors.map((e) => e.file));
  for (const [i, r] of head.resources.entries()) if (unreadable.has(r.file)) states[i] = 'new';
  const count = (s: BaselineState) => states.filter((x) => x === s).length;
  return {
    states,
    unchangedErrors,
    attribution: {
      mode: 'compared',
      base: short,
      text: `compared with the base ${base.ref ? `${base.ref} ` : ''}(${short}${opened.fetched ? ', fetched' : ''}): ${count('new')} resource(s) new, ${count('updated')} changed, ${count('unchanged')} as they were${unreadable.size ? `; ${unreadable.size} file(s) could not be read there, so their resources count as new` : ''}.`,
    },
  };
}

/** The globs' files at a revision, read as IaC the same way as the checkout. */
async function readRevision(
  revision: GitRevision,
  settings: Settings,
  workspace: string,
): Promise<{ read: IacReadResult; texts: Map<string, string> }> {
  const paths = matchRevision(revision, settings.iac.globs);
  const texts = await revision.readMany(paths);
  const read = await readIacFilesBounded({
    files: [...texts].map(([file, text]) => ({ file, text })),
    source: { kind: 'git', workspace, sha: revision.sha },
    options: { varFiles: settings.iac.varFiles, cfnParameters: settings.iac.cfnParameters },
  });
  return { read, texts };
}

const ANNOTATION: Record<IacLevel, AnnotationLevel> = { error: 'error', warning: 'warning', note: 'notice' };

/**
 * One annotation per unsuppressed finding, on its file and line (suppressed ones are listed, not
 * annotated); a finding on a resource the change leaves as it is (plan no-op) is only a notice.
 */
export function annotateFindings(findings: IacFinding[], annotate: Annotate): void {
  for (const f of findings) {
    if (f.suppression) continue;
    annotate(f.attributed ? ANNOTATION[f.level] : 'notice', `${f.message} Fix: ${f.fix}`, {
      file: f.file,
      startLine: f.line,
      title: `IMDS Guard ${f.ruleId}: ${iacRule(f.ruleId).title}`,
    });
  }
}

/** A parse error as an annotation on the file it names. */
export function annotateErrors(errors: IacParseError[], annotate: Annotate): void {
  for (const e of errors)
    annotate('error', e.message, {
      file: e.file,
      startLine: e.line,
      title: 'IMDS Guard: IaC file not checked',
    });
}
