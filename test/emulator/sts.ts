// STS (awsQuery protocol): AssumeRoleWithWebIdentity, AssumeRole, GetCallerIdentity.

import type { Ctx } from './context.js';
import { ApiError } from './errors.js';
import { globMatch, int } from './query.js';
import { newAccessKeyId, newRoleId, type RoleFixture, type Session } from './world.js';
import { el, esc } from './xml.js';

export const STS_NS = 'https://sts.amazonaws.com/doc/2011-06-15/';

type Handler = (ctx: Ctx) => string;

const ROLE_ARN_RE = /^arn:aws:iam::(\d{12}):role\/(?:[\w+=,.@-]+\/)*([\w+=,.@-]{1,64})$/;
const SESSION_RE = /^[\w+=,.@-]{2,64}$/;

function validationError(message: string): ApiError {
  return new ApiError('ValidationError', message, 400);
}

/** Decode a JWT payload without verifying the signature. */
export function decodeJwt(token: string): Record<string, unknown> | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  try {
    const payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    return payload && typeof payload === 'object' && !Array.isArray(payload) ? payload : undefined;
  } catch {
    return undefined;
  }
}

/** Build an unsigned (alg none-like) JWT with the given claims: for tests and demos. */
export function makeJwt(claims: Record<string, unknown>): string {
  const now = Math.floor(Date.now() / 1000);
  const body = {
    iss: 'https://token.actions.githubusercontent.com',
    aud: 'sts.amazonaws.com',
    iat: now,
    nbf: now - 5,
    exp: now + 300,
    ...claims,
  };
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${b64({ alg: 'RS256', typ: 'JWT', kid: 'emulator' })}.${b64(body)}.${Buffer.from('not-a-signature').toString('base64url')}`;
}

function parseRole(
  ctx: Ctx,
  action: string,
): { account: string; name: string; arn: string; role: RoleFixture } {
  const arn = ctx.params.RoleArn;
  if (!arn)
    throw validationError(
      "1 validation error detected: Value null at 'roleArn' failed to satisfy constraint: Member must not be null",
    );
  const m = ROLE_ARN_RE.exec(arn);
  if (!m) throw validationError(`${arn} is invalid`);
  const sessionName = ctx.params.RoleSessionName;
  if (!sessionName || !SESSION_RE.test(sessionName))
    throw validationError(
      `1 validation error detected: Value '${sessionName ?? 'null'}' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*`,
    );
  const [, account, name] = m;
  const denied = () =>
    new ApiError('AccessDenied', `Not authorized to perform ${action} on resource: ${arn}`, 403);
  const acct = ctx.core.world.account(account);
  if (!acct || acct.status === 'SUSPENDED') throw denied();
  const role = ctx.core.world.role(account, name);
  if (!role || role.unassumable) throw denied();
  return { account, name, arn, role };
}

function duration(ctx: Ctx, role: RoleFixture, chained: boolean): number {
  const d = int(ctx.params.DurationSeconds) ?? 3600;
  const max = role.maxSessionDuration ?? 3600;
  if (!Number.isInteger(d) || d < 900)
    throw validationError(
      `1 validation error detected: Value '${ctx.params.DurationSeconds}' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900`,
    );
  if (chained && d > 3600)
    throw validationError(
      'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.',
    );
  if (d > max)
    throw validationError(`The requested DurationSeconds exceeds the MaxSessionDuration set for this role.`);
  return d;
}

function issue(
  ctx: Ctx,
  r: { account: string; name: string; arn: string },
  seconds: number,
  via: Session['via'],
  extra: Partial<Session>,
): Session {
  const s: Session = {
    accessKeyId: newAccessKeyId(),
    account: r.account,
    roleName: r.name,
    roleArn: r.arn,
    sessionName: ctx.params.RoleSessionName,
    assumedRoleId: newRoleId(),
    expiration: ctx.now + seconds * 1000,
    via,
    ...extra,
  };
  ctx.core.world.sessions.set(s.accessKeyId, s);
  return s;
}

function credentialsXml(s: Session): string {
  const secret = Buffer.from(`${s.accessKeyId}:secret`).toString('base64');
  const token = Buffer.from(`emulator-session:${s.accessKeyId}:${s.account}:${s.roleName}`).toString(
    'base64',
  );
  return (
    `<Credentials><AccessKeyId>${s.accessKeyId}</AccessKeyId><SecretAccessKey>${secret}</SecretAccessKey>` +
    `<SessionToken>${token}</SessionToken><Expiration>${new Date(s.expiration).toISOString()}</Expiration></Credentials>` +
    `<AssumedRoleUser><AssumedRoleId>${s.assumedRoleId}:${esc(s.sessionName)}</AssumedRoleId>` +
    `<Arn>arn:aws:sts::${s.account}:assumed-role/${esc(s.roleName)}/${esc(s.sessionName)}</Arn></AssumedRoleUser>`
  );
}

function claimList(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(String);
  if (v === undefined || v === null) return [];
  return [String(v)];
}

const assumeRoleWithWebIdentity: Handler = (ctx) => {
  const token = ctx.params.WebIdentityToken;
  if (!token)
    throw validationError(
      "1 validation error detected: Value null at 'webIdentityToken' failed to satisfy constraint: Member must not be null",
    );
  const r = parseRole(ctx, 'sts:AssumeRoleWithWebIdentity');
  const claims = decodeJwt(token);
  if (!claims)
    throw new ApiError(
      'InvalidIdentityToken',
      'The ID Token provided is not a valid JWT. (You may see this error if you sent an Access Token)',
      400,
    );
  const nowS = Math.floor(ctx.now / 1000);
  if (typeof claims.exp === 'number' && claims.exp < nowS)
    throw new ApiError(
      'ExpiredTokenException',
      'Token expired: current date/time must be before the expiration date/time.',
      400,
    );
  const oidc = r.role.trust?.oidc;
  const denied = new ApiError('AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity', 403);
  if (!oidc) throw denied;
  const auds = claimList(claims.aud);
  const sub = typeof claims.sub === 'string' ? claims.sub : '';
  const iss = typeof claims.iss === 'string' ? claims.iss : '';
  if (oidc.aud && !auds.some((a) => oidc.aud?.some((p) => globMatch(p, a)))) throw denied;
  if (oidc.sub && !oidc.sub.some((p) => globMatch(p, sub))) throw denied;
  if (oidc.iss && !oidc.iss.some((p) => globMatch(p, iss))) throw denied;
  const s = issue(ctx, r, duration(ctx, r.role, false), 'AssumeRoleWithWebIdentity', { claims });
  return (
    credentialsXml(s) +
    el('SubjectFromWebIdentityToken', sub) +
    el('Provider', iss.replace(/^https:\/\//, '')) +
    el('Audience', auds[0])
  );
};

const assumeRole: Handler = (ctx) => {
  const caller = ctx.principal;
  if (caller.kind === 'anonymous')
    throw new ApiError('MissingAuthenticationToken', 'Request is missing Authentication Token', 403);
  const r = parseRole(ctx, 'sts:AssumeRole');
  const deniedMsg = `User: ${caller.arn} is not authorized to perform: sts:AssumeRole on resource: ${r.arn}`;
  const principals = r.role.trust?.principals ?? ['*'];
  const candidates = [caller.account, caller.arn, `arn:aws:iam::${caller.account}:root`];
  if (caller.roleArn) candidates.push(caller.roleArn);
  if (!principals.some((pat) => candidates.some((c) => globMatch(pat, c))))
    throw new ApiError('AccessDenied', deniedMsg, 403);
  const ext = r.role.trust?.externalId;
  if (ext !== undefined && ctx.params.ExternalId !== ext) throw new ApiError('AccessDenied', deniedMsg, 403);
  const chained = caller.kind === 'assumed-role';
  const s = issue(ctx, r, duration(ctx, r.role, chained), 'AssumeRole', { sourceArn: caller.arn });
  return credentialsXml(s);
};

const getCallerIdentity: Handler = (ctx) => {
  const p = ctx.principal;
  if (p.kind === 'anonymous')
    throw new ApiError('MissingAuthenticationToken', 'Request is missing Authentication Token', 403);
  return `<Arn>${esc(p.arn)}</Arn><UserId>${esc(p.userId)}</UserId><Account>${p.account}</Account>`;
};

export const STS_HANDLERS: Record<string, Handler> = {
  AssumeRoleWithWebIdentity: assumeRoleWithWebIdentity,
  AssumeRole: assumeRole,
  GetCallerIdentity: getCallerIdentity,
};

/** awsQuery success envelope. */
export function querySuccess(ns: string, operation: string, requestId: string, inner: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${operation}Response xmlns="${ns}"><${operation}Result>${inner}</${operation}Result><ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${operation}Response>`;
}

/** awsQuery error envelope. */
export function queryError(
  ns: string,
  type: string,
  code: string,
  message: string,
  requestId: string,
): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<ErrorResponse xmlns="${ns}"><Error><Type>${type}</Type><Code>${esc(code)}</Code><Message>${esc(message)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`;
}
