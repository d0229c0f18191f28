/**
 * Loopback fake of the GitHub REST + GraphQL API for one repository. It records every request.
 *
 * Point the code under test at it with GITHUB_API_URL=<url> (@actions/github reads it when the module is
 * first imported; GraphQL goes to `${GITHUB_API_URL}/graphql`), or pass `{ baseUrl: url }` to getOctokit.
 *
 * Covered: issue comments (list/create/update/delete), GET pull, GET repo, GET git ref, GET contents,
 * and GraphQL `repository { ref { target { oid } } }` + `createCommitOnBranch`.
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
  /** Simulate someone else pushing to `branch` (created if missing); returns the new head oid. */
  setHead(branch: string, files?: Record<string, string | null>): string;
  close(): Promise<void>;
}

const BOT = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
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

  function setHead(branch: string, files: Record<string, string | null> = {}): string {
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
      return { status: 200, body: { data: { viewer: { login: BOT.login } } } };
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
      const data = {
        repository: {
          id: 'R_fake',
          nameWithOwner: repository,
          ref: oid ? { name: branch, prefix: 'refs/heads/', target: { oid } } : null,
          defaultBranchRef: { name: defaultBranch, target: { oid: heads.get(defaultBranch) } },
        },
      };
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
  });
  const server = createServer((req, res) => {
    handle(req, res).catch((e) => res.writeHead(500).end(String(e)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
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
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
