/**
 * Reads what GitHub knows about the change log's lines, for plan-rollback's provenance check
 * (assess/rollback.ts decides; `provenRecords` at the end walks the runs newest first, asking it of each):
 *
 *   - which commit brought each line of the change log at the branch head into the repository, who
 *     authored it and whether GitHub signed it, and the token's own identity — one GraphQL query;
 *   - each run a record names: `GET /repos/{owner}/{repo}/actions/runs/{run_id}` (404: no such run here).
 *
 * Why blame: GraphQL `Commit.blame(path:)` attributes every line of the file at one commit to the commit
 * that introduced it, in ONE request whatever the file's history. The REST alternative (list the commits
 * touching the path, then `GET /commits/{sha}` for each one's patch) costs one request per apply run
 * ever made, and GitHub drops `patch` from large diffs. Blame is sound for this question: a line a person
 * added or edited is attributed to that person's commit, and `Commit.file(path:)` at the same commit
 * gives the text the line numbers refer to.
 *
 * Why `viewer`: the change-log commits are made with `createCommitOnBranch` and the job's token, so GitHub
 * makes the token's identity their author (`github-actions[bot]` for GITHUB_TOKEN, `<app>[bot]` for an
 * app token) and signs them. REST `GET /user` answers 403 to installation tokens; GraphQL `viewer` answers
 * both installation and user tokens with the login, and needs no permission.
 *
 * Permissions: `contents: read` (blame and file) and `actions: read` (workflow runs).
 */
import { getOctokit } from '@actions/github';
import {
  candidateRuns,
  type LoggedRecord,
  type ProvenanceSort,
  type RollbackRunSpec,
  sortByProvenance,
  writerOf,
} from '../assess/rollback.js';
import type { LineCommit, ProvenanceFacts, RunFact } from '../model/types.js';

type Octokit = ReturnType<typeof getOctokit>;

/** The check could not be made: no answer, or not one to rely on. `reason` says why and how to fix it. */
export class ProvenanceUnavailable extends Error {
  override name = 'ProvenanceUnavailable';
}

export const BLAME_QUERY = `query($owner: String!, $name: String!, $ref: String!, $path: String!) {
  viewer { login }
  repository(owner: $owner, name: $name) {
    ref(qualifiedName: $ref) {
      target {
        ... on Commit {
          oid
          file(path: $path) { object { ... on Blob { text isTruncated } } }
          blame(path: $path) {
            ranges {
              startingLine
              endingLine
              commit {
                oid
                committedDate
                author { user { login } }
                signature { isValid wasSignedByGitHub }
              }
            }
          }
        }
      }
    }
  }
}`;

interface BlameAnswer {
  viewer?: { login?: string } | null;
  repository?: {
    ref?: {
      target?: {
        oid?: string;
        file?: { object?: { text?: string | null; isTruncated?: boolean } | null } | null;
        blame?: {
          ranges?: Array<{
            startingLine: number;
            endingLine: number;
            commit: {
              oid: string;
              committedDate: string;
              author?: { user?: { login?: string } | null } | null;
              signature?: { isValid?: boolean; wasSignedByGitHub?: boolean } | null;
            };
          }>;
        };
      };
    } | null;
  } | null;
}

function why(e: unknown): string {
  const status = (e as { status?: number })?.status;
  // Octokit appends ` - <documentation_url>` to GitHub's message.
  const msg = ((e as Error)?.message ?? String(e))
    .split('\n')[0]
    .replace(/ - https?:\/\/\S+$/, '')
    .slice(0, 200);
  return status ? `HTTP ${status}: ${msg}` : msg;
}

/** Who committed each line of the change log at the branch head, and the token's identity. */
export async function readLineCommits(
  octokit: Octokit,
  t: { owner: string; repo: string; branch: string; path: string },
): Promise<Omit<ProvenanceFacts, 'runs'>> {
  let data: BlameAnswer;
  try {
    data = await octokit.graphql<BlameAnswer>(BLAME_QUERY, {
      owner: t.owner,
      name: t.repo,
      ref: `refs/heads/${t.branch}`,
      path: t.path,
    });
  } catch (e) {
    throw new ProvenanceUnavailable(`GitHub did not answer the change log's blame query (${why(e)})`);
  }
  const identity = data.viewer?.login;
  if (!identity) throw new ProvenanceUnavailable("GitHub did not name the token's identity (GraphQL viewer)");
  const target = data.repository?.ref?.target;
  if (!target?.oid) {
    throw new ProvenanceUnavailable(
      `branch '${t.branch}' was not found in ${t.owner}/${t.repo} (run plan-rollback on the branch the change log is committed to)`,
    );
  }
  const lineCommits = new Map<string, LineCommit[]>();
  const file = target.file?.object;
  if (file && typeof file.text === 'string') {
    if (file.isTruncated)
      throw new ProvenanceUnavailable(
        `${t.path} at ${t.branch} is too large for GitHub to return its text; start a new change log file (changelog-path)`,
      );
    const lines = file.text.split('\n');
    for (const r of target.blame?.ranges ?? []) {
      const c = r.commit;
      const commit: LineCommit = {
        oid: c.oid,
        committedDate: c.committedDate,
        author: c.author?.user?.login ?? undefined,
        signedByGitHub: Boolean(c.signature?.isValid && c.signature?.wasSignedByGitHub),
      };
      for (let n = r.startingLine; n <= r.endingLine && n <= lines.length; n++) {
        const text = lines[n - 1].trim();
        if (!text) continue;
        lineCommits.set(text, [...(lineCommits.get(text) ?? []), commit]);
      }
    }
  }
  return {
    identity,
    repository: `${t.owner}/${t.repo}`,
    branch: t.branch,
    path: t.path,
    headOid: target.oid,
    lineCommits,
  };
}

/** `GET /actions/runs/{id}` for each run id: the run, null on 404; anything else makes the check unavailable. */
export async function readRuns(
  octokit: Octokit,
  t: { owner: string; repo: string },
  runIds: readonly string[],
): Promise<Map<string, RunFact | null>> {
  const runs = new Map<string, RunFact | null>();
  // A run id is a positive integer; anything else (e.g. a CLI run's `local-…`) names no Actions run.
  for (const id of runIds) if (!/^[1-9]\d{0,19}$/.test(id)) runs.set(id, null);
  const ask = [...new Set(runIds)].filter((id) => !runs.has(id));
  // A few at a time: each record's run is usually one of a handful.
  for (let i = 0; i < ask.length; i += 8) {
    await Promise.all(
      ask.slice(i, i + 8).map(async (id) => {
        try {
          const { data } = await octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', {
            owner: t.owner,
            repo: t.repo,
            run_id: Number(id),
          });
          runs.set(id, {
            id: String(data.id),
            repository: data.repository?.full_name ?? '',
            path: data.path ?? '',
            status: data.status ?? '',
            event: data.event ?? '',
            runAttempt: data.run_attempt ?? 1,
            createdAt: data.created_at,
            updatedAt: data.updated_at,
          });
        } catch (e) {
          if ((e as { status?: number }).status === 404) runs.set(id, null);
          else throw new ProvenanceUnavailable(`GitHub did not answer GET /actions/runs/${id} (${why(e)})`);
        }
      }),
    );
  }
  return runs;
}

/** Where to check: the token, the repository, the branch the change log is committed to, the file. */
export interface ProvenanceTarget {
  token?: string;
  apiUrl: string;
  repository?: { owner: string; repo: string };
  /** GITHUB_REF of the run: refs/heads/<branch>. */
  ref?: string;
  path: string;
}

/** What GitHub can tell about the change log: the line commits and a way to read runs, or why not. */
export type ProvenanceSource =
  | { unavailable: string }
  | {
      facts: ProvenanceFacts;
      /** Reads the runs not read yet into facts.runs; throws ProvenanceUnavailable when GitHub does not answer. */
      readRuns(ids: readonly string[]): Promise<void>;
    };

export async function provenanceSource(t: ProvenanceTarget): Promise<ProvenanceSource> {
  const branch = t.ref?.startsWith('refs/heads/') ? t.ref.slice('refs/heads/'.length) : undefined;
  const missing = !t.token
    ? 'no github-token'
    : !t.repository
      ? 'GITHUB_REPOSITORY is not set'
      : !branch
        ? `the run is not on a branch (ref '${t.ref ?? ''}')`
        : undefined;
  if (missing) return { unavailable: missing };
  const octokit = getOctokit(t.token!, { baseUrl: t.apiUrl });
  const repo = t.repository!;
  try {
    const lines = await readLineCommits(octokit, {
      ...repo,
      branch: branch!,
      path: t.path.replace(/^\.\//, ''),
    });
    const facts: ProvenanceFacts = { ...lines, runs: new Map() };
    return {
      facts,
      async readRuns(ids) {
        const todo = ids.filter((id) => !facts.runs.has(id));
        if (!todo.length) return;
        for (const [id, run] of await readRuns(octokit, repo, todo)) facts.runs.set(id, run);
      },
    };
  } catch (e) {
    if (e instanceof ProvenanceUnavailable) return { unavailable: e.message };
    throw e;
  }
}

/**
 * The records a rollback may use, judged by provenance. With a run id, that run's lines are judged; with
 * `last`, runs are judged newest first until one has an applied change IMDS Guard provably wrote (the
 * lines of newer runs left out on the way are listed). One GraphQL query for the line commits, one REST
 * call per run judged. No answer from GitHub: refused, unless rollback-run says unverified.
 */
export async function provenRecords(
  lines: LoggedRecord[],
  spec: RollbackRunSpec,
  target: ProvenanceTarget,
): Promise<{ sorted: ProvenanceSort; run?: string }> {
  const source = await provenanceSource(target);
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
