/**
 * Commits the change log to the branch that ran the workflow, through GraphQL `createCommitOnBranch`
 * (a commit GitHub signs), with `expectedHeadOid` as an optimistic lock. The file's content is read at
 * the head being committed on and this run's lines are appended to it — never the workspace copy
 * overwriting what others committed since checkout. A moved head (STALE_DATA) re-reads and retries.
 */
import { getOctokit } from '@actions/github';
import type { Log } from '../log.js';
import type { GitHubContext } from './context.js';

type Octokit = ReturnType<typeof getOctokit>;

export interface CommitTarget {
  owner: string;
  repo: string;
  branch: string;
  path: string;
}

export interface CommitResult {
  oid: string;
  url?: string;
  attempts: number;
  /** Lines added by the commit (lines already at head are not added twice). */
  added: number;
}

export class CommitError extends Error {
  override name = 'CommitError';
}

const HEAD_QUERY = `query($owner: String!, $name: String!, $qualifiedName: String!) {
  repository(owner: $owner, name: $name) { ref(qualifiedName: $qualifiedName) { target { oid } } }
}`;

const COMMIT_MUTATION = `mutation($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) { commit { oid url } }
}`;

export function octokitFor(token: string, apiUrl: string): Octokit {
  return getOctokit(token, { baseUrl: apiUrl });
}

/** Appends `lines` to `existing`, skipping lines already present (a retried run must not duplicate). */
export function appendLines(existing: string, lines: string[]): { content: string; added: number } {
  const have = new Set(existing.split('\n').filter((l) => l.trim() !== ''));
  const fresh = lines.filter((l) => l.trim() !== '' && !have.has(l));
  const base = existing === '' || existing.endsWith('\n') ? existing : `${existing}\n`;
  return { content: base + fresh.map((l) => `${l}\n`).join(''), added: fresh.length };
}

function isStale(e: unknown): boolean {
  const errors = (e as { errors?: Array<{ type?: string; message?: string }> })?.errors;
  if (errors?.some((x) => x.type === 'STALE_DATA' || /expected branch to point to/i.test(x.message ?? '')))
    return true;
  return /expected branch to point to/i.test((e as Error)?.message ?? '');
}

async function headOid(octokit: Octokit, t: CommitTarget): Promise<string> {
  const r = await octokit.graphql<{ repository: { ref: { target: { oid: string } } | null } | null }>(
    HEAD_QUERY,
    {
      owner: t.owner,
      name: t.repo,
      qualifiedName: `refs/heads/${t.branch}`,
    },
  );
  const oid = r.repository?.ref?.target.oid;
  if (!oid) throw new CommitError(`branch '${t.branch}' was not found in ${t.owner}/${t.repo}`);
  return oid;
}

async function contentAt(octokit: Octokit, t: CommitTarget, oid: string): Promise<string> {
  try {
    const r = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
      owner: t.owner,
      repo: t.repo,
      path: t.path,
      ref: oid,
      headers: { accept: 'application/vnd.github.raw' },
    });
    return typeof r.data === 'string'
      ? r.data
      : Buffer.from(r.data as unknown as ArrayBuffer).toString('utf8');
  } catch (e) {
    if ((e as { status?: number }).status === 404) return '';
    throw e;
  }
}

export async function commitChangelog(
  octokit: Octokit,
  target: CommitTarget,
  lines: string[],
  message: { headline: string; body?: string },
  maxAttempts = 5,
): Promise<CommitResult> {
  let last: unknown;
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const oid = await headOid(octokit, target);
    const existing = await contentAt(octokit, target, oid);
    const { content, added } = appendLines(existing, lines);
    if (added === 0) return { oid, attempts: attempt, added: 0 };
    try {
      const r = await octokit.graphql<{ createCommitOnBranch: { commit: { oid: string; url: string } } }>(
        COMMIT_MUTATION,
        {
          input: {
            branch: { repositoryNameWithOwner: `${target.owner}/${target.repo}`, branchName: target.branch },
            message,
            expectedHeadOid: oid,
            fileChanges: {
              additions: [{ path: target.path, contents: Buffer.from(content).toString('base64') }],
            },
          },
        },
      );
      return {
        oid: r.createCommitOnBranch.commit.oid,
        url: r.createCommitOnBranch.commit.url,
        attempts: attempt,
        added,
      };
    } catch (e) {
      last = e;
      if (!isStale(e)) throw e;
      // Someone pushed since we read the head: read again and re-append onto the new content.
    }
  }
  throw new CommitError(
    `the branch kept moving: ${maxAttempts} attempts to commit ${target.path} hit a newer head (${(last as Error)?.message ?? ''})`,
  );
}

export interface ChangeLogCommit {
  url?: string;
  note?: string;
  /** Set when the log could not be committed: why, where it is, and how to let the commit through. */
  failure?: string;
}

/**
 * Commits this run's change-log lines to the branch the workflow ran on. A refused commit (protected
 * branch, ruleset, no token) never loses the log: it stays at `localPath` in the workspace for the
 * workflow's `if: always()` upload step, and the failure says where, why, and how to let it through.
 */
export async function commitChangeLog(
  options: {
    /** `commit-changelog`: false leaves the log in the workspace. */
    commit: boolean;
    /** `changelog-path`, workspace-relative. */
    path: string;
    token?: string;
  },
  deps: { github: GitHubContext; log: Log },
  run: { lines: string[]; mode: string; counts: Record<string, number>; localPath: string },
): Promise<ChangeLogCommit> {
  if (!options.commit) return { note: 'left in the workspace (commit-changelog: false)' };
  if (run.lines.length === 0) return { note: 'nothing to commit' };
  const repo = deps.github.repository;
  const ref = deps.github.ref ?? '';
  const branch = ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
  const kept = `The change log is kept at ${run.localPath} (upload it with the workflow's if: always() artifact step) and the changes in AWS stand.`;
  const why = !options.token
    ? 'no github-token'
    : !repo
      ? 'GITHUB_REPOSITORY is not set'
      : !branch
        ? `the run is not on a branch (ref '${ref}')`
        : undefined;
  if (why) {
    return {
      note: `not committed: ${why}`,
      failure: `The change log was not committed (${why}). ${kept} Commit it yourself, or set commit-changelog: false to opt out.`,
    };
  }
  const c = run.counts;
  try {
    const res = await commitChangelog(
      octokitFor(options.token!, deps.github.apiUrl),
      { owner: repo!.owner, repo: repo!.repo, branch: branch!, path: options.path.replace(/^\.\//, '') },
      run.lines,
      {
        headline: `imds-guard: ${run.mode} change log for run ${deps.github.runId}`,
        body: `${c.applied ?? 0} applied, ${c.drifted ?? 0} drifted, ${c.failed ?? 0} failed, ${c.unknown ?? 0} unknown, ${c.skipped ?? 0} skipped.${deps.github.runUrl ? `\n\nRun: ${deps.github.runUrl}` : ''}${deps.github.actor ? `\nActor: ${deps.github.actor}` : ''}`,
      },
    );
    deps.log.info(
      `Change log committed to ${branch}: ${res.url ?? res.oid} (${res.added} line(s), ${res.attempts} attempt(s)).`,
    );
    return { url: res.url };
  } catch (e) {
    const msg = (e as Error)?.message ?? String(e);
    const protectedBranch =
      /protected|ruleset|rule violation|Repository rule|not permitted|403|Resource not accessible/i.test(msg);
    const how = protectedBranch
      ? ` The branch '${branch}' refuses the commit (branch protection or a ruleset): add the GitHub Actions app (or the token's identity) to the ruleset's bypass list, or run remediation from a dedicated branch that allows it (docs/remediation.md, "Committing the change log").`
      : '';
    return {
      note: 'commit failed',
      failure: `Committing the change log to ${branch} failed: ${msg}.${how} ${kept}`,
    };
  }
}
