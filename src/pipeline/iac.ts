/**
 * The pull request's infrastructure code (issue 9): workspace globs → files → IaC readers → (with AWS
 * access) the live settings an unset HttpTokens resolves to → findings → SARIF, annotations and the
 * gate's lines. Offline (no session) it makes no AWS call and says what each outcome depends on.
 */
import { realpathSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { glob } from 'tinyglobby';
import {
  type AccountDefaultTokens,
  type AmiImdsSupport,
  assessIac,
  type IacFinding,
  type IacLevel,
  type IacResolverContext,
  iacRule,
  liveInputsNeeded,
} from '../assess/iac.js';
import { readAccountDefaults, readImages } from '../aws/posture.js';
import type { Session } from '../aws/session.js';
import type { Deps } from '../deps.js';
import { type IacFile, readIacFiles } from '../iac/index.js';
import { errorMessage } from '../log.js';
import type { IacParseError, IacResource } from '../model/iac.js';
import type { AccountDefaults, Settings } from '../model/types.js';
import type { IacStageResult } from '../report/iac-view.js';
import { writeWorkspaceFile } from '../report/publish.js';
import { findingsToSarif } from '../report/sarif.js';

/** Files above this size are reported as errors, not read (a 50 MB plan JSON reads fine). */
export const MAX_IAC_FILE_BYTES = 100 * 1024 * 1024;

export type { IacStageResult } from '../report/iac-view.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';
export type Annotate = Deps['outputs']['annotate'];

// ----- finding the files ---------------------------------------------------------------------------

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep) && !/^\.git($|[\\/])/.test(rel);
}

/**
 * The workspace files the globs match, sorted, never outside the workspace (symbolic links are not
 * followed, and a matched link that resolves outside is dropped) and never under `.git/`.
 */
export async function expandIacGlobs(workspace: string, globs: string[]): Promise<string[]> {
  if (!globs.length) return [];
  const root = realpathSync(workspace);
  const matched = await glob(globs, {
    cwd: root,
    onlyFiles: true,
    followSymbolicLinks: false,
    ignore: ['**/.git/**', '.git/**', '**/node_modules/**', '**/.terraform/**'],
  });
  const out = new Set<string>();
  for (const rel of matched) {
    let real: string;
    try {
      real = realpathSync(resolve(root, rel));
    } catch {
      continue;
    }
    if (inside(root, real) && inside(root, resolve(root, rel))) out.add(rel.split(sep).join('/'));
  }
  return [...out].sort();
}

/** Reads the files; one that is too large or unreadable becomes an error naming it. */
export async function readWorkspaceIacFiles(
  workspace: string,
  files: string[],
  maxBytes = MAX_IAC_FILE_BYTES,
): Promise<{ files: IacFile[]; errors: IacParseError[] }> {
  const out: IacFile[] = [];
  const errors: IacParseError[] = [];
  for (const file of files) {
    const path = resolve(workspace, file);
    try {
      const size = statSync(path).size;
      if (size > maxBytes) {
        errors.push({
          file,
          message: `not read: ${(size / 1048576).toFixed(1)} MB is above the ${Math.round(maxBytes / 1048576)} MB limit for one IaC file`,
        });
        continue;
      }
      out.push({ file, text: await readFile(path, 'utf8') });
    } catch (e) {
      errors.push({ file, message: `could not be read (${(e as NodeJS.ErrnoException).code ?? 'error'})` });
    }
  }
  return { files: out, errors };
}

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
  return `${f.address} (${location(f)}) allows IMDSv1 [${f.ruleId}]: ${why} Fix: ${f.fix}`;
}

export async function runIacStage(
  settings: Settings,
  deps: Deps,
  session?: Session,
  /** Account defaults the live audit of this run already read (reused, not read again). */
  knownDefaults: readonly AccountDefaults[] = [],
): Promise<IacStageResult> {
  const ws = deps.github.workspace;
  const files = await expandIacGlobs(ws, settings.iac.globs);
  deps.log.info(
    `IaC: ${files.length} file(s) match ${settings.iac.globs.join(', ')}${session ? '' : ' (offline: no AWS access, nothing live is read)'}.`,
  );
  if (!files.length)
    deps.log.warning(
      `IaC: no file matches input 'iac' (${settings.iac.globs.join(', ')}); nothing to check.`,
    );
  const read = await readWorkspaceIacFiles(ws, files);
  const parsed = await readIacFiles(read.files);
  const errors = [...read.errors, ...parsed.errors];
  const ctx: IacResolverContext = { defaultRegion: settings.homeRegion };
  const live = session
    ? await readLiveContext(parsed.resources, ctx, session, deps, knownDefaults)
    : { accountDefaults: {}, amis: {}, problems: [] };
  for (const p of live.problems)
    deps.log.warning(`IaC: ${p}; the resources it decides are reported as "depends".`);
  const { findings, verdicts } = assessIac(parsed.resources, ctx);

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
  for (const e of errors) deps.log.info(`IaC: ${location(e)} was not checked: ${e.message}`);
  const errorsOnly = attributed.filter((f) => f.level === 'error');
  deps.log.info(
    `IaC: ${parsed.resources.length} resource(s) in ${files.length - errors.length} file(s); this change: ${errorsOnly.length} allow IMDSv1, ${attributed.length - errorsOnly.length} warning(s)/note(s); ${suppressed.length} suppressed; ${errors.length} file error(s). SARIF: ${sarifPath}`,
  );
  return {
    files,
    findings,
    attributed,
    notAttributed,
    suppressed,
    errors,
    skipped: parsed.skipped ?? [],
    verdicts,
    resourceCount: parsed.resources.length,
    offline: !session,
    dependsOn: liveInputsNeeded(parsed.resources, ctx).dependsOn,
    live,
    sarifPath,
    // A file that could not be checked cannot pass: it might hold what the gate is there to stop.
    gateFailures: [
      ...errorsOnly.map(failureLine),
      ...errors.map((e) => `${location(e)} could not be checked: ${e.message}`),
    ],
  };
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
