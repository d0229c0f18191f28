/**
 * Loopback fake of the GitHub REST + GraphQL API for one repository. It records every request.
 *
 * Point the code under test at it with GITHUB_API_URL=<url> (@actions/github reads it when the module is
 * first imported; GraphQL goes to `${GITHUB_API_URL}/graphql`), or pass `{ baseUrl: url }` to getOctokit.
 *
 * Covered: issue comments (list/create/update/delete), GET pull, GET repo, GET git ref, GET contents,
 * GET actions/runs/{id}, and GraphQL `viewer { login }`, `repository { ref { target { oid } } }` (with
 * `... on Commit { file(path:) blame(path:) }`) + `createCommitOnBranch`.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface IssueComment {
  id: number;
  node_id: string;
  url: string;
  html_url: string;
  issue_url: string;
  body: string;
  user: { login: string; id: number; type: string };
  author_association: string;
  created_at: string;
  updated_at: string;
}

export interface CommitRecord {
  oid: string;
  parentOid: string | null;
  branch: string;
  headline: string;
  body: string;
  /** Added/changed files, contents decoded from base64 as UTF-8. */
  additions: { path: string; contents: string }[];
  deletions: string[];
  /** true for commits made by the fake itself (initial commit, setHead, moveHeadOnce). */
  external: boolean;
  url: string;
  /** The GitHub account GitHub matches to the commit's author (null: an email with no account). */
  author: Actor | null;
  /** GitHub's own valid signature: createCommitOnBranch commits carry one, a `git push` does not. */
  signed: boolean;
  /** committedDate, ISO 8601 (GitHub's second precision). */
  date: string;
}

export interface Actor {
  login: string;
  id: number;
  type: string;
}

/** A workflow run as `GET /repos/{o}/{r}/actions/runs/{id}` returns it (the fields tests set). */
export interface FakeRun {
  id: number;
  /** The workflow file. Default `.github/workflows/imds-guard.yml` (runner.ts's GITHUB_WORKFLOW_REF). */
  path?: string;
  name?: string;
  /** queued | in_progress | completed | waiting | requested | pending. Default in_progress. */
  status?: string;
  conclusion?: string | null;
  event?: string;
  run_attempt?: number;
  head_branch?: string;
  /** Default: when the run was added. */
  created_at?: string;
  /** Default: created_at; a completed run's is when it completed. */
  updated_at?: string;
}

export interface GitHubRequest {
  method: string;
  /** Decoded pathname, e.g. `/repos/octo/infra/issues/7/comments` or `/graphql`. */
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body (GraphQL: `{ query, variables }`), raw string if not JSON, undefined if empty. */
  body: unknown;
  status: number;
}

export interface GitHubOptions {
  /** owner/repo served; other repositories get 404. Default `octo/infra`. */
  repository?: string;
  defaultBranch?: string;
  /** If set, only this token is accepted (401 "Bad credentials" otherwise); by default any token is. */
  token?: string;
  /** Fork-PR style token: reads work, writes (POST/PATCH/DELETE, GraphQL mutations) get 403. */
  readOnly?: boolean;
  /** After the first head read (GraphQL ref query or REST git/ref), a concurrent push advances that
   *  branch once, optionally changing files (value null deletes). */
  moveHeadOnce?: boolean | { files: Record<string, string | null> };
  /** Initial files on the default branch. */
  files?: Record<string, string>;
  /** Pre-existing comments per issue/PR number (string = bot comment with that body). */
  comments?: Record<number, Array<string | Partial<IssueComment>>>;
  /** Overrides merged into the synthesized GET /pulls/{n} response. */
  pulls?: Record<number, Record<string, unknown>>;
  maxCommentLength?: number;
  serverUrl?: string;
  /**
   * The token's own identity: what GraphQL `viewer` answers and who authors createCommitOnBranch commits.
   * Default `github-actions[bot]` (GITHUB_TOKEN).
   */
  identity?: Actor;
  /**
   * Workflow runs of the repository. Default: run 4242424242, in progress, of
   * `.github/workflows/imds-guard.yml` — what test/support/runner.ts sets as GITHUB_RUN_ID and
   * GITHUB_WORKFLOW_REF. Other run ids are 404, as on GitHub.
   */
  runs?: FakeRun[];
  /** false: the token lacks `actions: read` → 403 on /actions/… (as GitHub answers). */
  actionsRead?: boolean;
}

export interface GitHubServer {
  url: string;
  requests: GitHubRequest[];
  /** Live comment state, issue number → comments (oldest first). */
  comments: Map<number, IssueComment[]>;
  commits: CommitRecord[];
  /** path → content at the head of the default branch. */
  readonly files: Record<string, string>;
  head(branch?: string): string | undefined;
  /**
   * Simulate someone else pushing to `branch` (created if missing); returns the new head oid. By default
   * the push is `octocat`'s and unsigned (a `git push`); `by` sets the author and signature.
   */
  setHead(
    branch: string,
    files?: Record<string, string | null>,
    by?: { author?: Actor | null; signed?: boolean },
  ): string;
  /** Adds (or replaces) a workflow run; returns it as GET /actions/runs/{id} would. */
  addRun(run: FakeRun): Record<string, unknown>;
  close(): Promise<void>;
}

const BOT: Actor = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
export const OCTOCAT: Actor = { login: 'octocat', id: 583231, type: 'User' };
/** The run runner.ts's environment names (GITHUB_RUN_ID, GITHUB_WORKFLOW_REF). */
export const RUNNER_RUN: FakeRun = { id: 4242424242, path: '.github/workflows/imds-guard.yml' };
const DOCS = 'https://docs.github.com/rest';
const nowIso = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
const sha1 = (s: string | Buffer) => createHash('sha1').update(s).digest('hex');
const blobSha = (content: string) => {
  const buf = Buffer.from(content, 'utf8');
  return sha1(Buffer.concat([Buffer.from(`blob ${buf.length}\0`), buf]));
};

/** The createCommitOnBranch input as GitHub defines it (only `branch.repositoryNameWithOwner` form). */
interface CommitInput {
  branch?: { repositoryNameWithOwner?: string; branchName?: string };
  message?: { headline?: string; body?: string };
  fileChanges?: { additions?: { path: string; contents: string }[]; deletions?: { path: string }[] };
  expectedHeadOid?: string;
  clientMutationId?: string;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
  ) {
    super(String(body.message));
  }
}
const notFound = (docs = DOCS) =>
  new HttpError(404, { message: 'Not Found', documentation_url: docs, status: '404' });
const forbidden = () =>
  new HttpError(403, {
    message: 'Resource not accessible by integration',
    documentation_url: DOCS,
    status: '403',
  });

/** Find `name: $var` / `name: "literal"` inside the argument list of `field(...)` and resolve it. */
function gqlArg(query: string, field: string, name: string, variables: Record<string, unknown>): unknown {
  const at = query.search(new RegExp(`\\b${field}\\s*\\(`));
  if (at < 0) return undefined;
  const open = query.indexOf('(', at);
  let depth = 0;
  let close = open;
  for (; close < query.length; close++) {
    if (query[close] === '(') depth++;
    else if (query[close] === ')' && --depth === 0) break;
  }
  const args = query.slice(open + 1, close);
  const m = args.match(new RegExp(`\\b${name}\\s*:\\s*(\\$\\w+|"(?:[^"\\\\]|\\\\.)*")`));
  if (!m) return undefined;
  return m[1].startsWith('$') ? variables[m[1].slice(1)] : JSON.parse(m[1]);
}

export async function startGitHub(opts: GitHubOptions = {}): Promise<GitHubServer> {
  const repository = opts.repository ?? 'octo/infra';
  const defaultBranch = opts.defaultBranch ?? 'main';
  const serverUrl = opts.serverUrl ?? 'https://github.com';
  const maxLen = opts.maxCommentLength ?? 65536;
  const identity = opts.identity ?? BOT;
  const requests: GitHubRequest[] = [];
  const comments = new Map<number, IssueComment[]>();
  const commits: CommitRecord[] = [];
  const trees = new Map<string, Map<string, string>>(); // commit oid → tree
  const heads = new Map<string, string>(); // branch → oid
  let moveHeadPending = Boolean(opts.moveHeadOnce);
  let nextCommentId = 1_000_001;
  let baseUrl = '';

  function commit(
    branch: string,
    c: Omit<CommitRecord, 'oid' | 'parentOid' | 'branch' | 'url'>,
    parentOid = heads.get(branch) ?? null,
  ): string {
    const tree = new Map(parentOid ? trees.get(parentOid) : []);
    for (const a of c.additions) tree.set(a.path, a.contents);
    for (const d of c.deletions) tree.delete(d);
    const oid = sha1(
      `${parentOid}\n${c.headline}\n${JSON.stringify([...tree])}\n${commits.length}\n${Math.random()}`,
    );
    trees.set(oid, tree);
    heads.set(branch, oid);
    commits.push({ oid, parentOid, branch, url: `${serverUrl}/${repository}/commit/${oid}`, ...c });
    return oid;
  }

  // ── workflow runs ──
  const runs = new Map<number, Record<string, unknown>>();
  function addRun(r: FakeRun): Record<string, unknown> {
    const created = r.created_at ?? nowIso();
    const id = r.id;
    const path = r.path ?? RUNNER_RUN.path!;
    // The shape of "Get a workflow run" (docs.github.com/rest/actions/workflow-runs#get-a-workflow-run).
    const run = {
      id,
      name: r.name ?? 'IMDS Guard',
      node_id: `WFR_fake${id}`,
      head_branch: r.head_branch ?? defaultBranch,
      head_sha: heads.get(r.head_branch ?? defaultBranch) ?? null,
      path,
      display_title: r.name ?? 'IMDS Guard',
      run_number: runs.size + 1,
      event: r.event ?? 'workflow_dispatch',
      status: r.status ?? 'in_progress',
      conclusion: r.conclusion ?? (r.status === 'completed' ? 'success' : null),
      workflow_id: 161335,
      check_suite_id: 42 + id,
      check_suite_node_id: `CS_fake${id}`,
      url: `${baseUrl}/repos/${repository}/actions/runs/${id}`,
      html_url: `${serverUrl}/${repository}/actions/runs/${id}`,
      pull_requests: [],
      created_at: created,
      updated_at: r.updated_at ?? created,
      actor: { ...OCTOCAT },
      run_attempt: r.run_attempt ?? 1,
      referenced_workflows: [],
      run_started_at: created,
      triggering_actor: { ...OCTOCAT },
      jobs_url: `${baseUrl}/repos/${repository}/actions/runs/${id}/jobs`,
      logs_url: `${baseUrl}/repos/${repository}/actions/runs/${id}/logs`,
      check_suite_url: `${baseUrl}/repos/${repository}/check-suites/${42 + id}`,
      artifacts_url: `${baseUrl}/repos/${repository}/actions/runs/${id}/artifacts`,
      cancel_url: `${baseUrl}/repos/${repository}/actions/runs/${id}/cancel`,
      rerun_url: `${baseUrl}/repos/${repository}/actions/runs/${id}/rerun`,
      workflow_url: `${baseUrl}/repos/${repository}/actions/workflows/161335`,
      head_commit: null,
      repository: { id: 123456789, name: repository.split('/')[1], full_name: repository },
      head_repository: { id: 123456789, name: repository.split('/')[1], full_name: repository },
    };
    runs.set(id, run);
    return run;
  }

  // ── blame: each line of a file at a commit → the commit that introduced it (git's attribution) ──
  function chain(oid: string): CommitRecord[] {
    const out: CommitRecord[] = [];
    for (let c = commits.find((x) => x.oid === oid); c; c = commits.find((x) => x.oid === c!.parentOid))
      out.unshift(c);
    return out;
  }
  /** Lines of `after` kept from `before` by a longest common subsequence (what a diff keeps). */
  function kept(before: string[], after: string[]): Array<number | undefined> {
    const n = before.length;
    const m = after.length;
    const L = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
    for (let i = n - 1; i >= 0; i--)
      for (let j = m - 1; j >= 0; j--)
        L[i][j] = before[i] === after[j] ? L[i + 1][j + 1] + 1 : Math.max(L[i + 1][j], L[i][j + 1]);
    const map: Array<number | undefined> = new Array(m).fill(undefined);
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (before[i] === after[j]) map[j++] = i++;
      else if (L[i + 1][j] >= L[i][j + 1]) i++;
      else j++;
    }
    return map;
  }
  const linesOf = (text: string | undefined) =>
    text === undefined || text === '' ? [] : text.replace(/\n$/, '').split('\n');
  function blame(oid: string, path: string): CommitRecord[] | undefined {
    let origin: CommitRecord[] = [];
    let prev: string[] = [];
    for (const c of chain(oid)) {
      const text = trees.get(c.oid)?.get(path);
      const now = linesOf(text);
      const map = kept(prev, now);
      origin = now.map((_, j) => (map[j] === undefined ? c : origin[map[j]!]));
      prev = now;
    }
    return trees.get(oid)?.has(path) ? origin : undefined;
  }
  function gqlCommit(c: CommitRecord) {
    return {
      oid: c.oid,
      committedDate: c.date,
      authoredDate: c.date,
      messageHeadline: c.headline,
      url: c.url,
      author: {
        name: c.author?.login ?? 'someone',
        email: c.author ? `${c.author.id}+${c.author.login}@users.noreply.github.com` : 'someone@example.com',
        date: c.date,
        user: c.author ? { login: c.author.login } : null,
      },
      committer: c.signed
        ? { name: 'GitHub', email: 'noreply@github.com', date: c.date, user: { login: 'web-flow' } }
        : {
            name: c.author?.login ?? 'someone',
            email: 'someone@example.com',
            date: c.date,
            user: c.author ? { login: c.author.login } : null,
          },
      signature: c.signed
        ? { isValid: true, wasSignedByGitHub: true, state: 'VALID', signer: { login: 'web-flow' } }
        : null,
    };
  }

  function setHead(
    branch: string,
    files: Record<string, string | null> = {},
    by: { author?: Actor | null; signed?: boolean } = {},
  ): string {
    const parent = heads.get(branch) ?? heads.get(defaultBranch) ?? null;
    const entries = Object.entries(files);
    return commit(
      branch,
      {
        headline: 'Concurrent push (fake)',
        body: '',
        additions: entries
          .filter(([, v]) => v !== null)
          .map(([path, contents]) => ({ path, contents: contents! })),
        deletions: entries.filter(([, v]) => v === null).map(([p]) => p),
        external: true,
        author: by.author === undefined ? { ...OCTOCAT } : by.author,
        signed: by.signed ?? false,
        date: nowIso(),
      },
      parent,
    );
  }

  function afterHeadRead(branch: string) {
    if (!moveHeadPending) return;
    moveHeadPending = false;
    setHead(branch, typeof opts.moveHeadOnce === 'object' ? opts.moveHeadOnce.files : {});
  }

  const branchOf = (ref: string) => ref.replace(/^refs\/heads\//, '');
  /** Resolve a branch name, refs/heads/x or commit oid to a commit oid. */
  const resolveRef = (ref: string | undefined) =>
    !ref ? heads.get(defaultBranch) : (heads.get(branchOf(ref)) ?? (trees.has(ref) ? ref : undefined));

  function makeComment(issue: number, init: Partial<IssueComment> = {}): IssueComment {
    const id = init.id ?? nextCommentId++;
    const kind = opts.pulls?.[issue] || init.html_url?.includes('/pull/') ? 'pull' : 'issues';
    const ts = nowIso();
    return {
      id,
      node_id: `IC_fake${id}`,
      url: `${baseUrl}/repos/${repository}/issues/comments/${id}`,
      html_url: `${serverUrl}/${repository}/${kind}/${issue}#issuecomment-${id}`,
      issue_url: `${baseUrl}/repos/${repository}/issues/${issue}`,
      body: '',
      user: { ...BOT },
      author_association: 'NONE',
      created_at: ts,
      updated_at: ts,
      ...init,
    };
  }

  function checkBody(body: unknown, docs: string) {
    if (typeof body !== 'string' || body.length === 0 || [...body].length > maxLen) {
      const msg =
        typeof body === 'string' && body.length > 0
          ? `body is too long (maximum is ${maxLen} characters)`
          : "body wasn't supplied.";
      throw new HttpError(422, {
        message: 'Validation Failed',
        errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: msg }],
        documentation_url: docs,
        status: '422',
      });
    }
  }

  function findComment(id: number): { list: IssueComment[]; index: number } {
    for (const list of comments.values()) {
      const index = list.findIndex((c) => c.id === id);
      if (index >= 0) return { list, index };
    }
    throw notFound(`${DOCS}/issues/comments#get-an-issue-comment`);
  }

  function paginate(all: unknown[], path: string, query: Record<string, string>) {
    const perPage = Math.min(Math.max(Number(query.per_page) || 30, 1), 100);
    const page = Math.max(Number(query.page) || 1, 1);
    const last = Math.max(Math.ceil(all.length / perPage), 1);
    const link = (p: number, rel: string) => {
      const q = new URLSearchParams({ ...query, per_page: String(perPage), page: String(p) });
      return `<${baseUrl}${path}?${q}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page > 1) links.push(link(page - 1, 'prev'), link(1, 'first'));
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    return {
      body: all.slice((page - 1) * perPage, page * perPage),
      headers: links.length ? { link: links.join(', ') } : undefined,
    };
  }

  type Reply = { status?: number; body?: unknown; headers?: Record<string, string> };

  function rest(
    method: string,
    sub: string,
    query: Record<string, string>,
    body: { body?: unknown } | undefined,
    req: IncomingMessage,
  ): Reply {
    const write = method !== 'GET' && method !== 'HEAD';
    if (write && opts.readOnly) throw forbidden();
    let m: RegExpMatchArray | null;

    if (sub === '' && method === 'GET') {
      return {
        body: {
          id: 123456789,
          name: repository.split('/')[1],
          full_name: repository,
          default_branch: defaultBranch,
        },
      };
    }
    m = sub.match(/^\/issues\/(\d+)\/comments$/);
    if (m) {
      const issue = Number(m[1]);
      const list = comments.get(issue) ?? [];
      if (method === 'GET') return paginate(list, `/repos/${repository}${sub}`, query);
      if (method === 'POST') {
        checkBody(body?.body, `${DOCS}/issues/comments#create-an-issue-comment`);
        const c = makeComment(issue, { body: body?.body as string });
        comments.set(issue, [...list, c]);
        return { status: 201, body: c, headers: { location: c.url } };
      }
    }
    m = sub.match(/^\/issues\/comments\/(\d+)$/);
    if (m) {
      const { list, index } = findComment(Number(m[1]));
      if (method === 'GET') return { body: list[index] };
      if (method === 'PATCH') {
        checkBody(body?.body, `${DOCS}/issues/comments#update-an-issue-comment`);
        list[index] = { ...list[index], body: body?.body as string, updated_at: nowIso() };
        return { body: list[index] };
      }
      if (method === 'DELETE') {
        list.splice(index, 1);
        return { status: 204 };
      }
    }
    m = sub.match(/^\/pulls\/(\d+)$/);
    if (m && method === 'GET') {
      const n = Number(m[1]);
      const headRepo = opts.readOnly ? `forker/${repository.split('/')[1]}` : repository;
      return {
        body: {
          number: n,
          state: 'open',
          title: `PR #${n}`,
          html_url: `${serverUrl}/${repository}/pull/${n}`,
          user: { login: 'octocat', type: 'User' },
          head: {
            ref: 'feature',
            sha: sha1(`head${n}`),
            repo: { full_name: headRepo, fork: !!opts.readOnly },
          },
          base: { ref: defaultBranch, sha: heads.get(defaultBranch), repo: { full_name: repository } },
          ...opts.pulls?.[n],
        },
      };
    }
    m = sub.match(/^\/git\/ref\/heads\/(.+)$/);
    if (m && method === 'GET') {
      const oid = heads.get(m[1]);
      if (!oid) throw notFound(`${DOCS}/git/refs#get-a-reference`);
      afterHeadRead(m[1]);
      return {
        body: { ref: `refs/heads/${m[1]}`, node_id: `REF_${m[1]}`, object: { sha: oid, type: 'commit' } },
      };
    }
    m = sub.match(/^\/contents\/(.+)$/);
    if (m && method === 'GET') {
      const docs = `${DOCS}/repos/contents#get-repository-content`;
      const oid = resolveRef(query.ref);
      const content = oid ? trees.get(oid)?.get(m[1]) : undefined;
      if (content === undefined) throw notFound(docs);
      if (String(req.headers.accept).includes('application/vnd.github.raw')) {
        return { body: content, headers: { 'content-type': 'text/plain; charset=utf-8' } };
      }
      return {
        body: {
          type: 'file',
          encoding: 'base64',
          // GitHub wraps base64 at 60 columns.
          content: `${Buffer.from(content, 'utf8').toString('base64').replace(/.{60}/g, '$&\n')}\n`,
          size: Buffer.byteLength(content),
          name: m[1].split('/').pop(),
          path: m[1],
          sha: blobSha(content),
          url: `${baseUrl}/repos/${repository}/contents/${m[1]}`,
        },
      };
    }
    m = sub.match(/^\/actions\/runs\/(\d+)$/);
    if (m && method === 'GET') {
      const docs = `${DOCS}/actions/workflow-runs#get-a-workflow-run`;
      if (opts.actionsRead === false)
        throw new HttpError(403, {
          message: 'Resource not accessible by integration',
          documentation_url: docs,
          status: '403',
        });
      const run = runs.get(Number(m[1]));
      if (!run) throw notFound(docs);
      return { body: run };
    }
    throw notFound();
  }

  function gqlError(field: string, type: string, message: string): Reply {
    return { body: { data: { [field]: null }, errors: [{ type, path: [field], locations: [], message }] } };
  }

  function graphql(body: { query?: string; variables?: Record<string, unknown> } | undefined): Reply {
    const query = String(body?.query ?? '');
    const vars = body?.variables ?? {};

    // `viewer` is the token's own identity: the bot for GITHUB_TOKEN (as GitHub answers for app tokens).
    if (/^\s*(query\s*)?\{\s*viewer\s*\{\s*login\s*\}\s*\}\s*$/.test(query)) {
      return { status: 200, body: { data: { viewer: { login: identity.login } } } };
    }

    if (/\bcreateCommitOnBranch\s*\(/.test(query)) {
      const F = 'createCommitOnBranch';
      if (opts.readOnly) return gqlError(F, 'FORBIDDEN', 'Resource not accessible by integration');
      const input = gqlArg(query, F, 'input', vars) as CommitInput | undefined;
      if (!input || typeof input !== 'object') {
        return gqlError(F, 'INVALID', 'fake GitHub: pass createCommitOnBranch input as a variable');
      }
      const nwo = input.branch?.repositoryNameWithOwner;
      const branch = input.branch?.branchName ?? '';
      if (String(nwo).toLowerCase() !== repository.toLowerCase()) {
        return gqlError(F, 'NOT_FOUND', `Could not resolve to a Repository with the name '${nwo}'.`);
      }
      if (!heads.has(branch)) return gqlError(F, 'NOT_FOUND', `A ref named "${branch}" does not exist.`);
      if (!input.message?.headline) return gqlError(F, 'INVALID', 'A commit message headline is required.');
      if (!input.expectedHeadOid) {
        return gqlError(F, 'INVALID', 'Argument expectedHeadOid on CreateCommitOnBranchInput is required.');
      }
      if (input.expectedHeadOid !== heads.get(branch)) {
        return gqlError(
          F,
          'STALE_DATA',
          `Expected branch to point to "${input.expectedHeadOid}" but it did not. Pull and try again.`,
        );
      }
      const oid = commit(branch, {
        headline: input.message.headline,
        body: input.message.body ?? '',
        additions: (input.fileChanges?.additions ?? []).map((a) => ({
          path: a.path,
          contents: Buffer.from(a.contents, 'base64').toString('utf8'),
        })),
        deletions: (input.fileChanges?.deletions ?? []).map((d) => d.path),
        external: false,
        // GitHub authors a createCommitOnBranch commit as the token's identity and signs it.
        author: { ...identity },
        signed: true,
        date: nowIso(),
      });
      return {
        body: {
          data: {
            [F]: {
              clientMutationId: input.clientMutationId ?? null,
              commit: { oid, url: `${serverUrl}/${repository}/commit/${oid}` },
              ref: { name: branch, target: { oid } },
            },
          },
        },
      };
    }

    if (/\brepository\s*\(/.test(query)) {
      const owner = gqlArg(query, 'repository', 'owner', vars);
      const name = gqlArg(query, 'repository', 'name', vars);
      if (`${owner}/${name}`.toLowerCase() !== repository.toLowerCase()) {
        return gqlError(
          'repository',
          'NOT_FOUND',
          `Could not resolve to a Repository with the name '${owner}/${name}'.`,
        );
      }
      const qualified = gqlArg(query, 'ref', 'qualifiedName', vars) as string | undefined;
      const branch = qualified ? branchOf(qualified) : defaultBranch;
      const oid = heads.get(branch);
      const target: Record<string, unknown> = { oid };
      // `... on Commit { file(path:) { object { ... on Blob { text } } } blame(path:) { ranges { … } } }`
      if (oid && /\bblame\s*\(/.test(query)) {
        const path = String(gqlArg(query, 'blame', 'path', vars) ?? '');
        const text = trees.get(oid)?.get(path);
        const origin = blame(oid, path);
        if (!origin) {
          // GitHub answers a blame of a missing path with an error on that field.
          return {
            body: {
              data: null,
              errors: [
                {
                  type: 'NOT_FOUND',
                  path: ['repository', 'ref', 'target', 'blame'],
                  message: `Could not resolve file for path '${path}'.`,
                },
              ],
            },
          };
        }
        const ranges: Array<Record<string, unknown>> = [];
        origin.forEach((c, i) => {
          const last = ranges.at(-1);
          if (last && (last.commit as { oid: string }).oid === c.oid && last.endingLine === i)
            last.endingLine = i + 1;
          else ranges.push({ startingLine: i + 1, endingLine: i + 1, age: 1, commit: gqlCommit(c) });
        });
        target.blame = { ranges };
        target.file = {
          path,
          name: path.split('/').pop(),
          object: { text: text ?? null, isTruncated: false, byteSize: Buffer.byteLength(text ?? '') },
        };
      }
      const data: Record<string, unknown> = {
        repository: {
          id: 'R_fake',
          nameWithOwner: repository,
          ref: oid ? { name: branch, prefix: 'refs/heads/', target } : null,
          defaultBranchRef: { name: defaultBranch, target: { oid: heads.get(defaultBranch) } },
        },
      };
      if (/\bviewer\s*\{/.test(query)) data.viewer = { login: identity.login };
      if (oid && qualified) afterHeadRead(branch);
      return { body: { data } };
    }

    return { body: { errors: [{ message: 'fake GitHub: unsupported GraphQL operation', query }] } };
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: unknown;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = raw;
    }
    const u = new URL(req.url ?? '/', 'http://x');
    const path = decodeURIComponent(u.pathname).replace(/\/+$/, '');
    const query = Object.fromEntries(u.searchParams);
    const method = req.method ?? 'GET';

    let reply: Reply;
    try {
      const auth = /^(?:token|bearer)\s+(\S+)$/i.exec(req.headers.authorization ?? '');
      if (!auth)
        throw new HttpError(401, {
          message: 'Requires authentication',
          documentation_url: DOCS,
          status: '401',
        });
      if (opts.token && auth[1] !== opts.token) {
        throw new HttpError(401, { message: 'Bad credentials', documentation_url: DOCS, status: '401' });
      }
      const m = path.match(/^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/);
      if (path === '/graphql' && method === 'POST') reply = graphql(body as Parameters<typeof graphql>[0]);
      else if (m && `${m[1]}/${m[2]}`.toLowerCase() === repository.toLowerCase()) {
        reply = rest(method, m[3] ?? '', query, body as { body?: unknown }, req);
      } else throw notFound();
    } catch (e) {
      reply =
        e instanceof HttpError
          ? { status: e.status, body: e.body }
          : { status: 500, body: { message: String(e) } };
    }
    const status = reply.status ?? 200;
    requests.push({ method, path, query, headers: req.headers, body, status });
    const headers: Record<string, string> = {
      'x-github-request-id': `FAKE:${requests.length}`,
      ...reply.headers,
    };
    if (reply.body === undefined) return res.writeHead(status, headers).end();
    if (typeof reply.body === 'string') return res.writeHead(status, headers).end(reply.body);
    res
      .writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
      .end(JSON.stringify(reply.body));
  }

  // Initial state.
  commit(defaultBranch, {
    headline: 'Initial commit',
    body: '',
    additions: Object.entries(opts.files ?? {}).map(([path, contents]) => ({ path, contents })),
    deletions: [],
    external: true,
    author: { ...OCTOCAT },
    signed: false,
    date: nowIso(),
  });
  const server = createServer((req, res) => {
    handle(req, res).catch((e) => res.writeHead(500).end(String(e)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  for (const r of opts.runs ?? [RUNNER_RUN]) addRun(r);
  for (const [n, list] of Object.entries(opts.comments ?? {})) {
    comments.set(
      Number(n),
      list.map((c) => makeComment(Number(n), typeof c === 'string' ? { body: c } : c)),
    );
  }

  return {
    url: baseUrl,
    requests,
    comments,
    commits,
    get files() {
      return Object.fromEntries(trees.get(heads.get(defaultBranch)!)!);
    },
    head: (branch = defaultBranch) => heads.get(branch),
    setHead,
    addRun,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
