/**
 * Settings stop here: each layer below the pipeline declares the options it reads, and these build them
 * from the parsed inputs. A layer never sees the whole Settings.
 */
import type { AssessOptions } from '../assess/assess.js';
import { type AccountOptions, resolveAccounts } from '../aws/accounts.js';
import type { CollectOptions } from '../aws/collect.js';
import type { Session, SignInOptions } from '../aws/session.js';
import type { Deps } from '../deps.js';
import type { Settings } from '../settings/types.js';

export const signInOptions = (s: Settings): SignInOptions => ({ homeRegion: s.homeRegion, ...s.auth });

export const accountOptions = (s: Settings): AccountOptions => ({
  homeRegion: s.homeRegion,
  accounts: s.organization.accounts,
  organization: s.organization.organization,
  excludeAccounts: s.organization.excludeAccounts,
  memberRoleName: s.organization.memberRoleName,
  roleSessionName: s.auth.roleSessionName,
  shard: s.organization.shard,
  concurrency: s.scope.concurrency,
});

/** What the scan reads; its accounts resolved (organization, member roles, shard) when it starts. */
export const collectOptions = (
  s: Settings,
  session: Session,
  deps: Pick<Deps, 'clients' | 'log'>,
  extra: Partial<CollectOptions> = {},
): CollectOptions => ({
  homeRegion: s.homeRegion,
  scope: s.scope,
  v1UsageDays: s.remediation.v1UsageDays,
  accounts: () => resolveAccounts(accountOptions(s), session, deps.clients, deps.log),
  ...extra,
});

/** `today`: YYYY-MM-DD (UTC) against which exception expiry is judged. */
export const assessOptions = (s: Settings, today: string): AssessOptions => ({
  rule: s.gate.rule,
  threshold: s.gate.threshold,
  includeStopped: s.scope.includeStopped,
  failOnRegionError: s.gate.failOnRegionError,
  failOnAccountError: s.gate.failOnAccountError,
  accountThreshold: s.gate.accountThreshold,
  gateOn: s.gate.gateOn,
  exceptions: s.exceptions,
  today,
  groupByTag: s.reports.groupByTag,
  hopLimitPolicy: s.reports.hopLimitPolicy,
});

export const changeLogCommitOptions = (s: Settings) => ({
  commit: s.remediation.commitChangelog,
  path: s.remediation.changelogPath,
  token: s.github.token,
});

/** The day (UTC) of a moment, YYYY-MM-DD. */
export const today = (now: Date): string => now.toISOString().slice(0, 10);
