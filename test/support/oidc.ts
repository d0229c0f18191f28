/**
 * Loopback fake of the GitHub Actions OIDC token endpoint.
 *
 * @actions/core `getIDToken(aud)` does `GET ${ACTIONS_ID_TOKEN_REQUEST_URL}&audience=<aud>` with
 * `Authorization: Bearer ${ACTIONS_ID_TOKEN_REQUEST_TOKEN}` and reads `{ value }` from the JSON body.
 * Note: @actions/http-client itself silently retries 502/503/504 on GET (up to 10 times, short
 * exponential backoff), so `failNext(n, 500)` is what reaches the caller's own retry loop.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type OidcClaims = Record<string, string | number | boolean>;

export interface OidcOptions {
  /** owner/repo; default `octo/infra`. */
  repository?: string;
  /** Deployment environment; changes `sub` to `repo:O/R:environment:NAME`. */
  environment?: string;
  /** default `refs/heads/main`. */
  ref?: string;
  /** default `push`; `pull_request` (without environment) gives `sub` `repo:O/R:pull_request`. */
  eventName?: string;
  /** Extra/overriding claims (applied last, may override `sub`). */
  claims?: OidcClaims;
  /** Bearer the endpoint accepts; default random. */
  requestToken?: string;
  /** Token lifetime; default 300 s (GitHub's is ~5-10 min). */
  ttlSeconds?: number;
}

export interface OidcRequest {
  method: string;
  url: string;
  audience: string | null;
  authorization: string | undefined;
  status: number;
}

export interface OidcServer {
  /** Value for ACTIONS_ID_TOKEN_REQUEST_URL (already has `?api-version=2.0`). */
  url: string;
  /** Value for ACTIONS_ID_TOKEN_REQUEST_TOKEN. */
  requestToken: string;
  /** Convenience: both env vars ready to spread into an env. */
  env: { ACTIONS_ID_TOKEN_REQUEST_URL: string; ACTIONS_ID_TOKEN_REQUEST_TOKEN: string };
  requests: OidcRequest[];
  /** JWTs issued so far, in order. */
  issued: string[];
  /** Merge claim overrides into subsequently minted tokens (`environment` also changes `sub`). */
  setClaims(partial: OidcClaims): void;
  /** Answer the next `n` requests with `status` (default 500) instead of a token. */
  failNext(n: number, status?: number): void;
  close(): Promise<void>;
}

const b64url = (buf: Buffer | string) => Buffer.from(buf).toString('base64url');

/** Decode (without verifying) a JWT's payload. */
export function decodeJwt(jwt: string): {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
} {
  const [h, p] = jwt.split('.');
  return {
    header: JSON.parse(Buffer.from(h, 'base64url').toString('utf8')),
    payload: JSON.parse(Buffer.from(p, 'base64url').toString('utf8')),
  };
}

export async function startOidc(opts: OidcOptions = {}): Promise<OidcServer> {
  const requestToken = opts.requestToken ?? `oidc-req-${randomBytes(12).toString('hex')}`;
  const ttl = opts.ttlSeconds ?? 300;
  let overrides: OidcClaims = { ...opts.claims };
  if (opts.environment) overrides.environment = opts.environment;
  let failures: { left: number; status: number } = { left: 0, status: 500 };
  const requests: OidcRequest[] = [];
  const issued: string[] = [];
  const repository = opts.repository ?? 'octo/infra';
  const [owner] = repository.split('/');
  const ref = opts.ref ?? 'refs/heads/main';
  const sha = randomBytes(20).toString('hex');

  function claimsFor(audience: string | null): OidcClaims {
    const now = Math.floor(Date.now() / 1000);
    const base: OidcClaims = {
      jti: randomUUID(),
      iss: 'https://token.actions.githubusercontent.com',
      // GitHub's default audience is the owner's URL.
      aud: audience ?? `https://github.com/${owner}`,
      ref,
      ref_type: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
      sha,
      repository,
      repository_id: '123456789',
      repository_owner: owner,
      repository_owner_id: '987654',
      repository_visibility: 'private',
      run_id: '4242424242',
      run_number: '17',
      run_attempt: '1',
      actor: 'octocat',
      actor_id: '583231',
      event_name: opts.eventName ?? 'push',
      workflow: 'IMDS Guard',
      workflow_ref: `${repository}/.github/workflows/imds-guard.yml@${ref}`,
      job_workflow_ref: `${repository}/.github/workflows/imds-guard.yml@${ref}`,
      runner_environment: 'github-hosted',
      nbf: now - 5,
      iat: now,
      exp: now + ttl,
    };
    const merged = { ...base, ...overrides };
    if (!('sub' in overrides)) {
      merged.sub = merged.environment
        ? `repo:${merged.repository}:environment:${merged.environment}`
        : merged.event_name === 'pull_request'
          ? `repo:${merged.repository}:pull_request`
          : `repo:${merged.repository}:ref:${merged.ref}`;
    }
    return merged;
  }

  function mint(audience: string | null): string {
    const header = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: 'fake-kid', x5t: 'fake-x5t' }));
    const payload = b64url(JSON.stringify(claimsFor(audience)));
    return `${header}.${payload}.${b64url(randomBytes(256))}`;
  }

  function handle(req: IncomingMessage, res: ServerResponse) {
    const u = new URL(req.url ?? '/', 'http://x');
    const audience = u.searchParams.get('audience');
    const send = (status: number, body: unknown) => {
      requests.push({
        method: req.method ?? '',
        url: req.url ?? '',
        audience,
        authorization: req.headers.authorization,
        status,
      });
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    if (req.method !== 'GET' || !u.pathname.endsWith('/idtoken')) return send(404, { message: 'Not Found' });
    if (req.headers.authorization !== `Bearer ${requestToken}`) return send(401, { message: 'Unauthorized' });
    if (failures.left > 0) {
      failures.left--;
      return send(failures.status, { message: `fake OIDC failure (${failures.status})` });
    }
    const value = mint(audience);
    issued.push(value);
    send(200, { count: 1, value });
  }

  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/_apis/distributedtask/hubs/Actions/plans/fake/jobs/fake/idtoken?api-version=2.0`;

  return {
    url,
    requestToken,
    env: { ACTIONS_ID_TOKEN_REQUEST_URL: url, ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken },
    requests,
    issued,
    setClaims(partial) {
      overrides = { ...overrides, ...partial };
    },
    failNext(n, status = 500) {
      failures = { left: n, status };
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
