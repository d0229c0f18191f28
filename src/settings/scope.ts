/** What is scanned: regions, accounts and the shard of an organization's accounts. */
import { ACCOUNT_ID, REGION_NAME } from '../model/ids.js';
import { type FieldParser, listWithExcludes, splitList } from './fields.js';

export interface RegionsInput {
  /** 'all' = every region DescribeRegions reports enabled. */
  regions: 'all' | string[];
  excludeRegions: string[];
}

/** `all`, names, and `!name` entries that exclude (only excludes = every enabled region but those). */
export const regionsInput: FieldParser<RegionsInput> = (raw, ctx) => {
  const items = splitList(raw);
  const all = items.some((r) => r.toLowerCase() === 'all');
  const { named, excluded } = listWithExcludes(
    items.filter((r) => r.toLowerCase() !== 'all'),
    REGION_NAME,
    'region names (e.g. us-east-1, or !us-west-1 to exclude one), nor `all`',
    ctx,
  );
  if (items.length === 0) {
    ctx.fail('is empty; use `all`, a list such as us-east-1,eu-west-1, or !us-west-1 to skip one');
  } else if (all && named.length) {
    ctx.fail(
      `lists \`all\` with named regions (${named.join(', ')}); give \`all\` (with !region entries to skip some) or only the regions to scan`,
    );
  }
  if (named.length && named.every((r) => excluded.includes(r))) {
    ctx.fail(
      `excludes every region it names (${named.join(', ')}): nothing would be scanned. Remove some ! entries.`,
    );
  }
  return { regions: named.length ? named : 'all', excludeRegions: excluded };
};

export interface AccountsInput {
  accounts: string[];
  organization: boolean;
  excludeAccounts: string[];
}

/** '' (the signed-in account), `organization`, 12-digit ids, and `!id` entries that exclude. */
export const accountsInput: FieldParser<AccountsInput> = (raw, ctx) => {
  const items = splitList(raw);
  const organization = items.some((a) => a.toLowerCase() === 'organization');
  const { named, excluded } = listWithExcludes(
    items.filter((a) => a.toLowerCase() !== 'organization'),
    ACCOUNT_ID,
    '12-digit account ids (or !123456789012 to exclude one), nor `organization` (every ACTIVE account of the AWS Organization)',
    ctx,
  );
  if (organization && named.length) {
    ctx.fail(
      `lists account ids (${named.join(', ')}) with organization, which scans every ACTIVE account already; keep organization and skip accounts with !123456789012, or list only the ids to scan`,
    );
  } else if (excluded.length && !organization && !named.length) {
    ctx.fail(
      `only excludes (${excluded.map((a) => `!${a}`).join(', ')}) and names nothing to scan; add organization (e.g. organization, !${excluded[0]}) or the account ids to scan`,
    );
  } else if (named.length && named.every((a) => excluded.includes(a))) {
    ctx.fail('excludes every account it names: nothing would be scanned. Remove some ! entries.');
  }
  return { accounts: named, organization, excludeAccounts: excluded };
};

/** `i/n` with 1 ≤ i ≤ n. */
export const shardInput: FieldParser<{ index: number; count: number } | undefined> = (raw, ctx) => {
  if (!raw) return undefined;
  const m = /^(\d+)\/(\d+)$/.exec(raw);
  if (!m || Number(m[1]) < 1 || Number(m[1]) > Number(m[2])) {
    ctx.fail(`'${raw}' must be i/n with 1 ≤ i ≤ n, e.g. 2/4 (use \${{ matrix.shard }}/4)`);
    return undefined;
  }
  return { index: Number(m[1]), count: Number(m[2]) };
};
