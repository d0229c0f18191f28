import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { decodeJwt, type OidcServer, startOidc } from './oidc.js';

describe('fake OIDC endpoint', () => {
  let oidc: OidcServer;
  let core: typeof import('@actions/core');

  beforeAll(async () => {
    oidc = await startOidc({ repository: 'octo/infra' });
    core = await import('@actions/core'); // ESM-only
  });
  afterAll(() => oidc.close());
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  function useEnv(token = oidc.requestToken) {
    vi.stubEnv('ACTIONS_ID_TOKEN_REQUEST_URL', oidc.url);
    vi.stubEnv('ACTIONS_ID_TOKEN_REQUEST_TOKEN', token);
    // getIDToken() calls setSecret(), which prints ::add-mask:: to stdout; keep test output clean.
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  }

  it('serves a GitHub-shaped JWT to @actions/core getIDToken', async () => {
    useEnv();
    const jwt = await core.getIDToken('sts.amazonaws.com');
    const { header, payload } = decodeJwt(jwt);
    expect(header).toMatchObject({ alg: 'RS256', typ: 'JWT' });
    expect(payload).toMatchObject({
      iss: 'https://token.actions.githubusercontent.com',
      aud: 'sts.amazonaws.com',
      sub: 'repo:octo/infra:ref:refs/heads/main',
      repository: 'octo/infra',
      repository_owner: 'octo',
      ref: 'refs/heads/main',
      run_attempt: '1',
    });
    expect(payload.exp as number).toBeGreaterThan(payload.iat as number);
    const last = oidc.requests.at(-1)!;
    expect(last.audience).toBe('sts.amazonaws.com');
    expect(last.authorization).toBe(`Bearer ${oidc.requestToken}`);
    expect(last.url).toContain('?api-version=2.0&audience=sts.amazonaws.com');
  });

  it('setClaims with an environment changes sub', async () => {
    useEnv();
    oidc.setClaims({ environment: 'prod' });
    const { payload } = decodeJwt(await core.getIDToken('sts.amazonaws.com'));
    expect(payload).toMatchObject({ environment: 'prod', sub: 'repo:octo/infra:environment:prod' });
  });

  it('rejects a wrong bearer with 401', async () => {
    useEnv('wrong');
    await expect(core.getIDToken('sts.amazonaws.com')).rejects.toThrow(/401/);
    expect(oidc.requests.at(-1)!.status).toBe(401);
  });

  it('failNext(n, 500) surfaces to the caller; 503 is retried by http-client itself', async () => {
    useEnv();
    const before = oidc.requests.length;
    oidc.failNext(1, 500);
    await expect(core.getIDToken('sts.amazonaws.com')).rejects.toThrow(/500/);
    await expect(core.getIDToken('sts.amazonaws.com')).resolves.toMatch(/^ey/);

    oidc.failNext(2, 503);
    await expect(core.getIDToken('sts.amazonaws.com')).resolves.toMatch(/^ey/);
    expect(oidc.requests.slice(before).map((r) => r.status)).toEqual([500, 200, 503, 503, 200]);
  });
});
