import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { describe, expect, it } from 'vitest';
import { memberRoleArn, partitionOf, resolveAccounts } from '../../src/aws/accounts.js';
import type { ClientFactory } from '../../src/aws/clients.js';
import type { Session } from '../../src/aws/session.js';
import { silentLog } from '../../src/log.js';
import { accountOptions } from '../../src/pipeline/options.js';
import { parseSettings } from '../../src/settings/parse.js';

const settings = (inputs: Record<string, string>) =>
  accountOptions(parseSettings((n) => inputs[n] ?? '', {}));

/** A real client (the paginators check its class) whose send() is the given function. */
function orgClient(send: (cmd: { input: { NextToken?: string } }) => Promise<unknown>): OrganizationsClient {
  const c = new OrganizationsClient({ region: 'us-east-1' });
  (c as unknown as { send: typeof send }).send = send;
  return c;
}

/** A ClientFactory whose STS and Organizations answer from tables, recording what was asked. */
function fakeClients(opts: {
  org?: Array<{ Id: string; State?: string; Status?: string }>;
  denied?: string[];
}) {
  const assumed: string[] = [];
  const pages: unknown[] = [];
  const clients = {
    sts: () => ({
      send: async (cmd: { input: { RoleArn: string } }) => {
        assumed.push(cmd.input.RoleArn);
        if (opts.denied?.some((a) => cmd.input.RoleArn.includes(a))) {
          throw Object.assign(new Error('not authorized'), { name: 'AccessDenied' });
        }
        return { Credentials: { AccessKeyId: 'ASIA', SecretAccessKey: 's', SessionToken: 't' } };
      },
    }),
    organizations: () =>
      orgClient(async (cmd) => {
        pages.push(cmd.input);
        const start = Number(cmd.input.NextToken ?? 0);
        const all = opts.org ?? [];
        const next = start + 2 < all.length ? String(start + 2) : undefined;
        return { Accounts: all.slice(start, start + 2), NextToken: next };
      }),
  } as unknown as ClientFactory;
  return { clients, assumed, pages };
}

const session: Session = {
  accountId: '111111111111',
  arn: 'arn:aws-us-gov:sts::111111111111:assumed-role/Hub/imds-guard',
  credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
};

describe('account resolution', () => {
  it('builds member role ARNs in the signed-in partition', () => {
    expect(partitionOf(session.arn)).toBe('aws-us-gov');
    expect(partitionOf(undefined)).toBe('aws');
    expect(memberRoleArn('aws', '222222222222', 'Audit')).toBe('arn:aws:iam::222222222222:role/Audit');
  });

  it('scans the signed-in account alone by default, with no AssumeRole', async () => {
    const f = fakeClients({});
    const r = await resolveAccounts(settings({}), session, f.clients, silentLog);
    // The signed-in session itself travels on: its clients are reused, never another account's.
    expect(r.targets).toEqual([session]);
    expect(r.targets[0]).toBe(session);
    expect(f.assumed).toEqual([]);
  });

  it('lists ACTIVE organization accounts, excludes, chains into the others and reports a failure per account', async () => {
    const f = fakeClients({
      org: [
        { Id: '333333333333', State: 'ACTIVE' },
        { Id: '111111111111', Status: 'ACTIVE' },
        { Id: '444444444444', State: 'SUSPENDED', Status: 'SUSPENDED' },
        { Id: '222222222222', State: 'ACTIVE' },
        { Id: '555555555555', State: 'ACTIVE' },
      ],
      denied: ['333333333333'],
    });
    const r = await resolveAccounts(
      settings({ accounts: 'organization, !555555555555', 'member-role-name': 'Audit' }),
      session,
      f.clients,
      silentLog,
    );
    expect(f.pages).toHaveLength(3);
    expect(r.all).toEqual(['111111111111', '222222222222', '333333333333']);
    expect(f.assumed).toEqual([
      'arn:aws-us-gov:iam::222222222222:role/Audit',
      'arn:aws-us-gov:iam::333333333333:role/Audit',
    ]);
    expect(r.targets.map((t) => [t.accountId, t.failed?.code ?? 'ok'])).toEqual([
      ['111111111111', 'ok'],
      ['222222222222', 'ok'],
      ['333333333333', 'AccessDenied'],
    ]);
    expect(r.targets[2].failed?.message).toContain('trust policy');
  });

  it('assumes roles only for its own shard', async () => {
    const f = fakeClients({});
    const r = await resolveAccounts(
      settings({ accounts: '444444444444,222222222222,333333333333,111111111111', shard: '2/3' }),
      session,
      f.clients,
      silentLog,
    );
    expect(r.shard).toEqual({
      index: 2,
      count: 3,
      accounts: ['111111111111', '222222222222', '333333333333', '444444444444'],
      assigned: ['222222222222'],
    });
    expect(f.assumed).toEqual(['arn:aws-us-gov:iam::222222222222:role/IMDSGuardAudit']);
  });

  it('explains an organization it cannot list', async () => {
    const clients = {
      organizations: () =>
        orgClient(async () => {
          throw Object.assign(new Error('no'), { name: 'AccessDeniedException' });
        }),
    } as unknown as ClientFactory;
    await expect(
      resolveAccounts(settings({ accounts: 'organization' }), session, clients, silentLog),
    ).rejects.toThrow(/management account or of a delegated administrator/);
  });

  it('refuses when exclusions leave nothing', async () => {
    await expect(
      resolveAccounts(
        settings({ accounts: 'organization, !111111111111' }),
        session,
        fakeClients({ org: [{ Id: '111111111111', State: 'ACTIVE' }] }).clients,
        silentLog,
      ),
    ).rejects.toThrow(
      /No accounts left to scan: 1 listed, all of them excluded by the ! entries of accounts/,
    );
  });
});
