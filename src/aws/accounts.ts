/**
 * Which accounts to scan, and the credentials that reach each one.
 *
 *   accounts: organization → Organizations ListAccounts (paginated, from the home region) with the
 *                            signed-in role (management account or delegated administrator): ACTIVE only
 *   accounts: a,b,c        → that list
 *   accounts empty         → the signed-in account alone
 * then the `!id` entries of accounts (excludeAccounts), then `shard: i/n` (src/org/shard.ts). Every account but the signed-in one is
 * reached by role chaining: STS AssumeRole into arn:<partition>:iam::<account>:role/<member-role-name>
 * with the signed-in session's credentials. An account whose role cannot be assumed is returned as
 * failed (with the error) and does not sink the others.
 */
import type { Account } from '@aws-sdk/client-organizations';
import pLimit from 'p-limit';
import type { Log } from '../log.js';
import { errorMessage } from '../log.js';
import type { ScanError, ShardInfo } from '../model/types.js';
import { partition, shardInfo, shardLabel } from '../org/shard.js';
import { awsErrorCode, type ClientFactory } from './clients.js';
import type { AccountTarget } from './inventory.js';
import { AssumeRoleCommand, paginateListAccounts } from './sdk.js';
import type { Session } from './session.js';

/** What the account stage reads: the `accounts`, `member-role-name`, `shard`, `role-session-name`,
 * `concurrency` and `aws-region` inputs. */
export interface AccountOptions {
  homeRegion: string;
  /** Explicit member accounts; empty without organization = the signed-in account only. */
  accounts: string[];
  /** Every ACTIVE account of the AWS Organization. */
  organization: boolean;
  excludeAccounts: string[];
  memberRoleName: string;
  /** Session name for the member-role sessions. */
  roleSessionName: string;
  /** `{index, count}` for `shard: i/n` (1-based index). */
  shard?: { index: number; count: number };
  /** Accounts reached at once. */
  concurrency: number;
}

export type ResolvedTarget = AccountTarget & { failed?: ScanError };

export interface ResolvedAccounts {
  /** Where the list came from. */
  source: 'signed-in' | 'accounts' | 'organization';
  /** Every account after exclusions, sorted (the list shards partition). */
  all: string[];
  /** The accounts this run scans (this shard's), each reachable or failed. */
  targets: ResolvedTarget[];
  shard?: ShardInfo;
}

export class AccountListError extends Error {
  override name = 'AccountListError';
}

/** `aws`, `aws-us-gov`, `aws-cn`… from the signed-in ARN (default `aws`). */
export function partitionOf(arn: string | undefined): string {
  const m = /^arn:([^:]+):/.exec(arn ?? '');
  return m ? m[1] : 'aws';
}

export function memberRoleArn(partitionName: string, accountId: string, roleName: string): string {
  return `arn:${partitionName}:iam::${accountId}:role/${roleName}`;
}

/** ACTIVE accounts of the organization, sorted. Status is deprecated in favour of State; read both. */
export async function listOrganizationAccounts(
  clients: ClientFactory,
  session: Session,
  homeRegion: string,
): Promise<string[]> {
  const org = clients.organizations(session, homeRegion);
  const ids: string[] = [];
  try {
    for await (const page of paginateListAccounts({ client: org, pageSize: 20 }, {})) {
      for (const a of page.Accounts ?? []) if (a.Id && isActive(a)) ids.push(a.Id);
    }
  } catch (e) {
    const code = awsErrorCode(e);
    const hint =
      code === 'AWSOrganizationsNotInUseException'
        ? ' This account is not in an organization; list the member account ids in `accounts` instead.'
        : code.startsWith('AccessDenied')
          ? ` Sign in with a role of the management account or of a delegated administrator for Organizations, allowed organizations:ListAccounts (see docs/organizations.md); ${session.arn || 'the signed-in role'} is not.`
          : '';
    throw new AccountListError(
      `accounts: organization, but ListAccounts failed (${code}: ${errorMessage(e)}).${hint}`,
    );
  }
  return [...new Set(ids)].sort();
}

function isActive(a: Account): boolean {
  const state = (a as { State?: string }).State ?? a.Status;
  return state === 'ACTIVE';
}

/** The account list (before sharding), sorted and without exclusions. */
export async function accountList(
  options: AccountOptions,
  session: Session,
  clients: ClientFactory,
  log: Log,
): Promise<{ source: ResolvedAccounts['source']; all: string[] }> {
  const o = options;
  let source: ResolvedAccounts['source'];
  let ids: string[];
  if (o.organization) {
    source = 'organization';
    ids = await listOrganizationAccounts(clients, session, options.homeRegion);
    log.info(`Organization: ${ids.length} ACTIVE account${ids.length === 1 ? '' : 's'} listed.`);
  } else if (o.accounts.length) {
    source = 'accounts';
    ids = o.accounts;
  } else {
    source = 'signed-in';
    ids = [session.accountId];
  }
  const excluded = new Set(o.excludeAccounts);
  const all = [...new Set(ids)].filter((id) => !excluded.has(id)).sort();
  if (all.length === 0) {
    throw new AccountListError(
      `No accounts left to scan: ${ids.length} listed, all of them excluded by the ! entries of accounts. Remove some of them.`,
    );
  }
  return { source, all };
}

/** Assumes the member role in one account (no call for the signed-in account itself). */
export async function reachAccount(
  accountId: string,
  options: AccountOptions,
  session: Session,
  clients: ClientFactory,
  log: Log,
): Promise<ResolvedTarget> {
  if (accountId === session.accountId) {
    // The signed-in session itself: its clients are the ones sign-in already built.
    return session;
  }
  const roleArn = memberRoleArn(partitionOf(session.arn), accountId, options.memberRoleName);
  try {
    const sts = clients.sts(session, options.homeRegion);
    const out = await sts.send(
      new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: options.roleSessionName }),
    );
    const c = out.Credentials;
    if (!c?.AccessKeyId || !c.SecretAccessKey) throw new Error('STS returned no credentials');
    log.secret(c.AccessKeyId);
    log.secret(c.SecretAccessKey);
    if (c.SessionToken) log.secret(c.SessionToken);
    return {
      accountId,
      roleArn,
      credentials: {
        accessKeyId: c.AccessKeyId,
        secretAccessKey: c.SecretAccessKey,
        sessionToken: c.SessionToken,
        expiration: c.Expiration,
      },
    };
  } catch (e) {
    const code = awsErrorCode(e);
    const hint =
      code === 'AccessDenied'
        ? ` Check that ${roleArn} exists and that its trust policy allows sts:AssumeRole by ${session.arn || 'the signed-in role'} (see docs/organizations.md).`
        : '';
    log.warning(
      `Account ${accountId}: cannot assume ${roleArn} (${code}: ${errorMessage(e)}); reported, the others go on.`,
    );
    return {
      accountId,
      roleArn,
      failed: { code, message: `Could not assume ${roleArn}: ${errorMessage(e)}.${hint}` },
    };
  }
}

/** The whole account stage: list, exclude, shard, then reach every account with bounded concurrency. */
export async function resolveAccounts(
  options: AccountOptions,
  session: Session,
  clients: ClientFactory,
  log: Log,
): Promise<ResolvedAccounts> {
  const { source, all } = await accountList(options, session, clients, log);
  const s = options.shard;
  let shard: ShardInfo | undefined;
  let mine = all;
  if (s) {
    shard = shardInfo(all, s.index, s.count);
    mine = partition(all, s.index, s.count);
    log.info(`Shard ${shardLabel(s)}: ${mine.length} of ${all.length} accounts.`);
  }
  const limit = pLimit(options.concurrency);
  const targets = await Promise.all(
    mine.map((id) => limit(() => reachAccount(id, options, session, clients, log))),
  );
  return { source, all, targets, shard };
}
