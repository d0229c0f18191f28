import { describe, expect, it } from 'vitest';
import { ClientFactory } from '../../src/aws/clients.js';
import { RegionSelectionError, selectRegions, toInstance } from '../../src/aws/inventory.js';
import {
  assumedAccount,
  decodeJwtClaims,
  fetchIdToken,
  MISSING_ID_TOKEN_PERMISSION,
  signIn,
} from '../../src/aws/session.js';
import { silentLog } from '../../src/log.js';
import { signInOptions } from '../../src/pipeline/options.js';
import { parseSettings } from '../../src/settings/parse.js';

describe('fetchIdToken', () => {
  it('retries transient failures with backoff, then returns the token', async () => {
    let calls = 0;
    const token = await fetchIdToken(
      async (aud) => {
        calls++;
        if (calls < 3) throw new Error('HTTP 500');
        return `token-for-${aud}`;
      },
      'sts.amazonaws.com',
      silentLog,
      5,
      1,
    );
    expect(token).toBe('token-for-sts.amazonaws.com');
    expect(calls).toBe(3);
  });

  it('gives up after the last attempt with the cause', async () => {
    await expect(
      fetchIdToken(async () => Promise.reject(new Error('HTTP 500')), 'a', silentLog, 3, 1),
    ).rejects.toThrow('after 3 attempts: HTTP 500');
  });
});

describe('signIn', () => {
  it('says exactly which permission to add when the OIDC request URL is missing', async () => {
    const settings = parseSettings(
      (n) => (n === 'role-to-assume' ? 'arn:aws:iam::123456789012:role/audit' : ''),
      {},
    );
    const env: NodeJS.ProcessEnv = {};
    await expect(
      signIn(signInOptions(settings), new ClientFactory(), async () => 'x', silentLog, env),
    ).rejects.toThrow(MISSING_ID_TOKEN_PERMISSION);
    expect(MISSING_ID_TOKEN_PERMISSION).toContain('id-token: write');
    // Instance-metadata credentials are switched off before anything else happens.
    expect(env.AWS_EC2_METADATA_DISABLED).toBe('true');
  });

  it('leaves instance credentials alone when allow-instance-credentials is true', async () => {
    const settings = parseSettings(
      (n) =>
        ({ 'role-to-assume': 'arn:aws:iam::123456789012:role/audit', 'allow-instance-credentials': 'true' })[
          n
        ] ?? '',
      {},
    );
    const env: NodeJS.ProcessEnv = {};
    await expect(
      signIn(signInOptions(settings), new ClientFactory(), undefined, silentLog, env),
    ).rejects.toThrow();
    expect(env.AWS_EC2_METADATA_DISABLED).toBeUndefined();
  });

  it('reads the account from the assumed-role ARN STS returns, in every partition, and nothing else', () => {
    const arn = 'arn:aws:sts::123456789012:assumed-role/IMDSGuardAudit/imds-guard';
    expect(assumedAccount(arn)).toEqual({ accountId: '123456789012', arn });
    expect(assumedAccount('arn:aws-us-gov:sts::210987654321:assumed-role/R/s')?.accountId).toBe(
      '210987654321',
    );
    expect(assumedAccount('arn:aws-cn:sts::111122223333:assumed-role/R/s')?.accountId).toBe('111122223333');
    // Anything else leaves the account to GetCallerIdentity.
    for (const other of [
      undefined,
      '',
      'arn:aws:iam::123456789012:role/IMDSGuardAudit',
      'arn:aws:sts::12345678901:assumed-role/R/s',
      'arn:aws:sts::123456789012:assumed-role/R/s\n::error::x',
      'arn:aws:sts::123456789012:federated-user/bob',
    ])
      expect(assumedAccount(other)).toBeUndefined();
  });

  it('decodes JWT claims without verifying', () => {
    const payload = Buffer.from(
      JSON.stringify({ sub: 'repo:o/r:environment:prod', environment: 'prod' }),
    ).toString('base64url');
    expect(decodeJwtClaims(`h.${payload}.s`)).toMatchObject({ environment: 'prod' });
    expect(decodeJwtClaims('garbage')).toEqual({});
  });
});

describe('selectRegions', () => {
  const available = { enabled: ['eu-west-1', 'us-east-1', 'us-west-2'], notEnabled: ['af-south-1'] };

  it('takes every enabled region for all, minus exclusions', () => {
    expect(selectRegions(available, 'all', ['us-west-2'])).toEqual(['eu-west-1', 'us-east-1']);
  });

  it('rejects a named region that is not enabled, or unknown, before any scan', () => {
    expect(() => selectRegions(available, ['af-south-1'], [])).toThrow(RegionSelectionError);
    expect(() => selectRegions(available, ['af-south-1'], [])).toThrow(/'af-south-1' is not enabled/);
    expect(() => selectRegions(available, ['us-east-9'], [])).toThrow(
      /'us-east-9' is not a region this account knows/,
    );
    expect(() => selectRegions(available, 'all', ['xx-east-1'])).toThrow(
      /Input 'regions': '!xx-east-1' is not a known region/,
    );
  });

  it('deduplicates a named list', () => {
    expect(selectRegions(available, ['us-east-1', 'us-east-1'], [])).toEqual(['us-east-1']);
  });
});

describe('toInstance', () => {
  it('keeps every field the reports need', () => {
    const i = toInstance(
      {
        InstanceId: 'i-0123456789abcdef0',
        State: { Name: 'running' },
        Tags: [
          { Key: 'Name', Value: 'web' },
          { Key: 'aws:autoscaling:groupName', Value: 'asg-1' },
        ],
        InstanceType: 't3.micro',
        PlatformDetails: 'Linux/UNIX',
        LaunchTime: new Date('2026-01-01T00:00:00Z'),
        ImageId: 'ami-1',
        VpcId: 'vpc-1',
        PublicIpAddress: '1.2.3.4',
        IamInstanceProfile: { Arn: 'arn:aws:iam::1:instance-profile/web' },
        MetadataOptions: {
          HttpTokens: 'optional',
          HttpPutResponseHopLimit: 2,
          HttpEndpoint: 'enabled',
          HttpProtocolIpv6: 'disabled',
          InstanceMetadataTags: 'enabled',
          State: 'applied',
        },
      },
      '111111111111',
      'us-east-1',
    );
    expect(i).toMatchObject({
      instanceId: 'i-0123456789abcdef0',
      name: 'web',
      publicIp: true,
      launchTime: '2026-01-01T00:00:00.000Z',
      autoScalingGroup: 'asg-1',
      metadata: {
        httpTokens: 'optional',
        httpPutResponseHopLimit: 2,
        httpEndpoint: 'enabled',
        httpProtocolIpv6: 'disabled',
        instanceMetadataTags: 'enabled',
        state: 'applied',
      },
    });
  });
});
