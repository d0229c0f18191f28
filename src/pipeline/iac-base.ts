/**
 * What the change adds: the same globs read at the base revision (opened with git, fetched when a shallow
 * checkout lacks it) and each resource compared with what was there.
 */
import type { BaselineState, IacResolverContext } from '../assess/iac.js';
import { compareWithBase } from '../assess/iac-baseline.js';
import type { IacAttribution } from '../assess/iac-result.js';
import type { Deps } from '../deps.js';
import { readIacFilesBounded } from '../iac/bounded.js';
import type { IacFile } from '../iac/index.js';
import { type GitRevision, matchRevision, openGitRevision } from '../iac/sources.js';
import type { IacReadResult } from '../model/iac.js';
import type { Settings } from '../settings/types.js';

const CHECKOUT_FIX =
  'fetch the base with actions/checkout (`fetch-depth: 0`), or give the job `contents: read` so the Action can fetch that one commit';

/**
 * Which findings are the change's own: on a pull request or in a merge queue, the same globs are read
 * at the base revision and each resource compared (new, updated, unchanged); elsewhere, or with
 * `pr-gate: …, everything`, every resource counts. A base that cannot be read makes every finding count,
 * and says why.
 */
export async function attributeToChange(
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
