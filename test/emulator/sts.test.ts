import { DescribeInstancesCommand, ModifyInstanceMetadataOptionsCommand } from '@aws-sdk/client-ec2';
import {
  AssumeRoleCommand,
  AssumeRoleWithWebIdentityCommand,
  GetCallerIdentityCommand,
} from '@aws-sdk/client-sts';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { A1, A2, A3, type Creds, ec2, failure, smallWorld, sts } from './helpers.js';
import { type Emulator, makeJwt, startEmulator } from './index.js';

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ world: smallWorld() });
});
afterAll(() => emu.close());
beforeEach(() => {
  emu.resetWorld();
  emu.reset();
});

const role = (account: string, name: string) => `arn:aws:iam::${account}:role/${name}`;

async function oidc(roleArn: string, claims: Record<string, unknown>): Promise<Creds> {
  const r = await sts(emu).send(
    new AssumeRoleWithWebIdentityCommand({
      RoleArn: roleArn,
      RoleSessionName: 'gha-run-1',
      WebIdentityToken: makeJwt(claims),
      DurationSeconds: 900,
    }),
  );
  const c = r.Credentials;
  if (!c?.AccessKeyId || !c.SecretAccessKey) throw new Error('no credentials');
  return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken };
}

async function assume(from: Creds, roleArn: string, extra: Record<string, unknown> = {}): Promise<Creds> {
  const r = await sts(emu, 'us-east-1', from).send(
    new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'chain', ...extra }),
  );
  const c = r.Credentials;
  if (!c?.AccessKeyId || !c.SecretAccessKey) throw new Error('no credentials');
  return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken };
}

describe('AssumeRoleWithWebIdentity (GitHub OIDC)', () => {
  it('issues credentials the emulator maps back to the role, account and claims', async () => {
    const creds = await oidc(role(A1, 'IMDSGuardReadOnly'), { sub: 'repo:acme/infra:ref:refs/heads/main' });
    expect(creds.accessKeyId).toMatch(/^ASIA/);
    const id = await sts(emu, 'us-east-1', creds).send(new GetCallerIdentityCommand({}));
    expect(id.Account).toBe(A1);
    expect(id.Arn).toBe(`arn:aws:sts::${A1}:assumed-role/IMDSGuardReadOnly/gha-run-1`);
    expect(id.UserId).toMatch(/^AROA[A-Z0-9]+:gha-run-1$/);
    expect(emu.world.sessions.get(creds.accessKeyId)?.claims?.sub).toBe(
      'repo:acme/infra:ref:refs/heads/main',
    );
    // The webidentity call is unsigned and still counted, with the token redacted.
    const call = emu.callLog.find((c) => c.operation === 'AssumeRoleWithWebIdentity');
    expect(call?.params.WebIdentityToken).toBe('<redacted>');
  });

  it('enforces the trust policy: sub pattern (environment), aud, token validity', async () => {
    const write = role(A1, 'IMDSGuardRemediation');
    let e = await failure(oidc(write, { sub: 'repo:acme/infra:ref:refs/heads/main' }));
    expect(e.name).toBe('AccessDenied');
    expect(e.$metadata?.httpStatusCode).toBe(403);
    await oidc(write, { sub: 'repo:acme/infra:environment:production', environment: 'production' });
    e = await failure(
      oidc(role(A1, 'IMDSGuardReadOnly'), {
        sub: 'repo:acme/infra:ref:refs/heads/main',
        aud: 'something-else',
      }),
    );
    expect(e.name).toBe('AccessDenied');
    e = await failure(
      oidc(role(A1, 'IMDSGuardReadOnly'), { sub: 'repo:acme/infra:pull_request', exp: 1000 }),
    );
    expect(e.name).toBe('ExpiredTokenException');
    e = await failure(
      sts(emu).send(
        new AssumeRoleWithWebIdentityCommand({
          RoleArn: role(A1, 'IMDSGuardReadOnly'),
          RoleSessionName: 'x1',
          WebIdentityToken: 'not-a-jwt',
        }),
      ),
    );
    expect(e.name).toBe('InvalidIdentityTokenException'); // wire code InvalidIdentityToken, modelled by the SDK
    // A role without OIDC trust.
    e = await failure(oidc(role(A1, 'IMDSGuardAudit'), { sub: 'repo:acme/infra:ref:refs/heads/main' }));
    expect(e.name).toBe('AccessDenied');
  });
});

describe('AssumeRole chaining and permissions', () => {
  it('chains into another account; EC2 calls then act on that account', async () => {
    const base = await oidc(role(A1, 'IMDSGuardReadOnly'), { sub: 'repo:acme/infra:ref:refs/heads/main' });
    const a2 = await assume(base, role(A2, 'IMDSGuardAudit'));
    const id = await sts(emu, 'us-east-1', a2).send(new GetCallerIdentityCommand({}));
    expect(id.Account).toBe(A2);
    expect(id.Arn).toBe(`arn:aws:sts::${A2}:assumed-role/IMDSGuardAudit/chain`);
    const r = await ec2(emu, 'us-east-1', a2).send(new DescribeInstancesCommand({}));
    expect(r.Reservations?.[0].OwnerId).toBe(A2);
    expect(r.Reservations?.[0].Instances?.[0].InstanceId).toBe('i-00000000000000021');
    expect(emu.callLog.at(-1)?.account).toBe(A2);
    // Role chaining is limited to one hour.
    const e = await failure(assume(base, role(A2, 'IMDSGuardAudit'), { DurationSeconds: 7200 }));
    expect(e.name).toBe('ValidationError');
  });

  it('unassumable roles, suspended accounts, unknown roles and trust principals', async () => {
    const base: Creds = { accessKeyId: 'AKIDTEST', secretAccessKey: 'x' };
    expect((await failure(assume(base, role(A1, 'Locked')))).name).toBe('AccessDenied');
    expect((await failure(assume(base, role(A3, 'IMDSGuardAudit')))).name).toBe('AccessDenied');
    expect((await failure(assume(base, role(A2, 'NoSuchRole')))).name).toBe('AccessDenied');
    emu.world.role(A2, 'IMDSGuardAudit')!.trust = {
      principals: [`arn:aws:iam::${A1}:role/IMDSGuardReadOnly`],
    };
    expect((await failure(assume(base, role(A2, 'IMDSGuardAudit')))).name).toBe('AccessDenied');
    const ro = await oidc(role(A1, 'IMDSGuardReadOnly'), { sub: 'repo:acme/infra:ref:refs/heads/main' });
    await assume(ro, role(A2, 'IMDSGuardAudit'));
    emu.world.role(A2, 'IMDSGuardWrite')!.trust = { principals: ['*'], externalId: 'ext-1' };
    expect((await failure(assume(base, role(A2, 'IMDSGuardWrite')))).name).toBe('AccessDenied');
    await assume(base, role(A2, 'IMDSGuardWrite'), { ExternalId: 'ext-1' });
  });

  it('read-only roles get UnauthorizedOperation on writes, including DryRun', async () => {
    const ro = await assume({ accessKeyId: 'AKIDTEST', secretAccessKey: 'x' }, role(A1, 'IMDSGuardAudit'));
    const c = ec2(emu, 'us-east-1', ro);
    await c.send(new DescribeInstancesCommand({}));
    let e = await failure(
      c.send(
        new ModifyInstanceMetadataOptionsCommand({
          InstanceId: 'i-00000000000000001',
          HttpTokens: 'required',
        }),
      ),
    );
    expect(e.name).toBe('UnauthorizedOperation');
    expect(e.$metadata?.httpStatusCode).toBe(403);
    e = await failure(
      c.send(
        new ModifyInstanceMetadataOptionsCommand({
          InstanceId: 'i-00000000000000001',
          HttpTokens: 'required',
          DryRun: true,
        }),
      ),
    );
    expect(e.name).toBe('UnauthorizedOperation');
    const rw = await assume({ accessKeyId: 'AKIDTEST', secretAccessKey: 'x' }, role(A1, 'IMDSGuardWrite'));
    e = await failure(
      ec2(emu, 'us-east-1', rw).send(
        new ModifyInstanceMetadataOptionsCommand({
          InstanceId: 'i-00000000000000001',
          HttpTokens: 'required',
          DryRun: true,
        }),
      ),
    );
    expect(e.name).toBe('DryRunOperation');
    expect(emu.changes).toHaveLength(0);
  });

  it('denied operations emulate an SCP; static keys can carry a role', async () => {
    emu.world.data.accessKeys = { AKIDNOMOD: { account: A1, role: 'NoModify' } };
    const c = ec2(emu, 'us-east-1', { accessKeyId: 'AKIDNOMOD', secretAccessKey: 'x' });
    await c.send(new DescribeInstancesCommand({}));
    const e = await failure(
      c.send(
        new ModifyInstanceMetadataOptionsCommand({
          InstanceId: 'i-00000000000000001',
          HttpTokens: 'required',
        }),
      ),
    );
    expect(e.name).toBe('UnauthorizedOperation');
    // Changing the role's permissions takes effect immediately for existing sessions.
    emu.world.role(A1, 'NoModify')!.deniedOperations = [];
    await c.send(
      new ModifyInstanceMetadataOptionsCommand({ InstanceId: 'i-00000000000000001', HttpTokens: 'required' }),
    );
  });
});
