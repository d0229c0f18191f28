/**
 * Signing in. With `role-to-assume`: GitHub OIDC token → STS AssumeRoleWithWebIdentity (the account
 * read from the session ARN it returns; GetCallerIdentity only if that is missing), every credential
 * masked. Without: the SDK default chain, with the instance metadata credential provider switched off
 * unless `allow-instance-credentials` (AWS-2025-021).
 */
import type { AssumeRoleWithWebIdentityCommandOutput } from '@aws-sdk/client-sts';
import type { Log } from '../log.js';
import { errorMessage } from '../log.js';
import { type AwsSession, awsErrorCode, type ClientFactory, DEFAULT_CHAIN, UNSIGNED } from './clients.js';
import { AssumeRoleWithWebIdentityCommand, GetCallerIdentityCommand } from './sdk.js';

export interface Session extends AwsSession {
  accountId: string;
  /** The caller's ARN (assumed-role ARN with OIDC). */
  arn: string;
  /** Claims of the GitHub OIDC token, when one was used (apply checks `environment`). */
  oidcClaims?: Record<string, unknown>;
}

/** What signing in reads: the `role-to-assume`, `audience`, `role-session-name`, `role-duration-seconds`,
 * `allow-instance-credentials` and `aws-region` inputs. */
export interface SignInOptions {
  homeRegion: string;
  /** IAM role ARN assumed with the GitHub OIDC token; undefined → the AWS SDK default chain. */
  roleToAssume?: string;
  audience: string;
  roleSessionName: string;
  roleDurationSeconds: number;
  /** Permit the SDK to take credentials from an instance metadata service (off: AWS-2025-021). */
  allowInstanceCredentials: boolean;
}

/** Fetches a GitHub OIDC token for an audience (core.getIDToken in the Action). */
export type IdTokenSource = (audience: string) => Promise<string>;

/** Why sign-in failed, for callers that word it for their audience (the CLI speaks of profiles). */
export type SignInFailure =
  | 'no-credentials'
  | 'no-id-token'
  | 'id-token-request'
  | 'assume-role'
  | 'no-sts-credentials';

export class SignInError extends Error {
  override name = 'SignInError';
  constructor(
    message: string,
    readonly failure: SignInFailure,
    /** The AWS error behind it (code: message), when there was one. */
    readonly awsError?: string,
  ) {
    super(message);
  }
}

export const MISSING_ID_TOKEN_PERMISSION =
  'role-to-assume is set, but this job cannot request a GitHub OIDC token: ACTIONS_ID_TOKEN_REQUEST_URL is not set. Add to the job (or workflow):\n  permissions:\n    id-token: write\n    contents: read\nFork pull requests never receive an OIDC token; run the audit on pull_request from branches of this repository, or on schedule.';

/** Decodes a JWT payload without verifying it (STS verifies; we only read claims we were handed). */
export function decodeJwtClaims(token: string): Record<string, unknown> {
  const part = token.split('.')[1];
  if (!part) return {};
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Retries the token request with full-jitter exponential backoff (the endpoint has transient 5xx). */
export async function fetchIdToken(
  source: IdTokenSource,
  audience: string,
  log: Log,
  attempts = 5,
  baseMs = 500,
): Promise<string> {
  let last: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await source(audience);
    } catch (e) {
      last = e;
      if (i < attempts - 1) {
        const delay = Math.random() * baseMs * 2 ** i;
        log.info(
          `GitHub OIDC token request failed (${errorMessage(e)}); retrying in ${Math.round(delay)} ms`,
        );
        await sleep(delay);
      }
    }
  }
  throw new SignInError(
    `Could not get a GitHub OIDC token after ${attempts} attempts: ${errorMessage(last)}`,
    'id-token-request',
  );
}

export async function signIn(
  options: SignInOptions,
  clients: ClientFactory,
  idToken: IdTokenSource | undefined,
  log: Log,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Session> {
  // Never let the SDK fetch credentials (or a region) from an instance metadata service unless told to.
  if (!options.allowInstanceCredentials) env.AWS_EC2_METADATA_DISABLED = 'true';
  const { homeRegion, roleToAssume } = options;

  if (!roleToAssume) {
    log.info('No role-to-assume: using the AWS SDK default credential chain.');
    try {
      const id = await clients.sts(DEFAULT_CHAIN, homeRegion).send(new GetCallerIdentityCommand({}));
      return { accountId: id.Account ?? '', arn: id.Arn ?? '' };
    } catch (e) {
      throw new SignInError(
        `No AWS credentials found (${awsErrorCode(e)}: ${errorMessage(e)}). Set role-to-assume to sign in with GitHub OIDC, or provide credentials another way${options.allowInstanceCredentials ? '' : ' (instance metadata credentials are off; set allow-instance-credentials: true only on an EC2 runner you trust)'}.`,
        'no-credentials',
        `${awsErrorCode(e)}: ${errorMessage(e)}`,
      );
    }
  }

  if (!idToken || !env.ACTIONS_ID_TOKEN_REQUEST_URL)
    throw new SignInError(MISSING_ID_TOKEN_PERMISSION, 'no-id-token');
  const token = await fetchIdToken(idToken, options.audience, log);
  log.secret(token);
  const claims = decodeJwtClaims(token);
  log.info(`Signing in to ${roleToAssume} with GitHub OIDC (sub: ${String(claims.sub ?? '?')}).`);

  let assumed: AssumeRoleWithWebIdentityCommandOutput;
  try {
    assumed = await clients.sts(UNSIGNED, homeRegion).send(
      new AssumeRoleWithWebIdentityCommand({
        RoleArn: roleToAssume,
        RoleSessionName: options.roleSessionName,
        WebIdentityToken: token,
        DurationSeconds: options.roleDurationSeconds,
      }),
    );
  } catch (e) {
    const code = awsErrorCode(e);
    const hint =
      code === 'AccessDenied'
        ? ` Check the role's trust policy: it must trust token.actions.githubusercontent.com with aud '${options.audience}' and a sub matching '${String(claims.sub ?? '')}'.`
        : /DurationSeconds|MaxSessionDuration|session duration/i.test(errorMessage(e))
          ? ` Input 'role-duration-seconds' (${options.roleDurationSeconds}) exceeds the role's maximum session duration: lower role-duration-seconds, or raise the role's MaxSessionDuration.`
          : '';
    throw new SignInError(
      `Could not assume ${roleToAssume} with the GitHub OIDC token (${code}: ${errorMessage(e)}).${hint}`,
      'assume-role',
      `${code}: ${errorMessage(e)}`,
    );
  }
  const c = assumed.Credentials;
  if (!c?.AccessKeyId || !c.SecretAccessKey)
    throw new SignInError('STS returned no credentials for the assumed role.', 'no-sts-credentials');
  log.secret(c.AccessKeyId);
  log.secret(c.SecretAccessKey);
  if (c.SessionToken) log.secret(c.SessionToken);
  const credentials = {
    accessKeyId: c.AccessKeyId,
    secretAccessKey: c.SecretAccessKey,
    sessionToken: c.SessionToken,
    expiration: c.Expiration,
  };
  const session: Session = { accountId: '', arn: '', roleArn: roleToAssume, credentials, oidcClaims: claims };
  // STS names the session it made (arn:PARTITION:sts::ACCOUNT:assumed-role/ROLE/SESSION): the account is
  // read from there, one round trip sooner than GetCallerIdentity, which answers only when it is missing.
  const named = assumedAccount(assumed.AssumedRoleUser?.Arn);
  if (named) {
    session.accountId = named.accountId;
    session.arn = named.arn;
  } else {
    const id = await clients.sts(session, homeRegion).send(new GetCallerIdentityCommand({}));
    session.accountId = id.Account ?? '';
    session.arn = id.Arn ?? '';
  }
  log.info(`Signed in as ${session.arn} (account ${session.accountId}).`);
  return session;
}

/** The account of an assumed-role session's ARN, or undefined when the ARN is not one. */
export function assumedAccount(arn: string | undefined): { accountId: string; arn: string } | undefined {
  // Role and session names are IAM names: letters, digits and + = , . @ _ - only.
  const m = /^arn:aws(?:-[a-z]+)*:sts::(\d{12}):assumed-role\/[\w+=,.@-]+\/[\w+=,.@-]+$/.exec(arn ?? '');
  return m && arn ? { accountId: m[1], arn } : undefined;
}
