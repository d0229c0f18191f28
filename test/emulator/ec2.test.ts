import {
  CreateLaunchTemplateVersionCommand,
  DescribeImagesCommand,
  DescribeInstancesCommand,
  DescribeLaunchTemplatesCommand,
  DescribeLaunchTemplateVersionsCommand,
  DescribeRegionsCommand,
  GetInstanceMetadataDefaultsCommand,
  type Instance,
  ModifyInstanceMetadataDefaultsCommand,
  ModifyInstanceMetadataOptionsCommand,
  ModifyLaunchTemplateCommand,
  paginateDescribeInstances,
  paginateDescribeLaunchTemplates,
} from '@aws-sdk/client-ec2';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { A1, ec2, failure, HOSTILE_NAME, smallWorld } from './helpers.js';
import { type Emulator, startEmulator } from './index.js';

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ world: smallWorld() });
});
afterAll(() => emu.close());
beforeEach(() => {
  emu.resetWorld();
  emu.reset();
});

async function all(region = 'us-east-1', input = {}, pageSize?: number): Promise<Instance[]> {
  const out: Instance[] = [];
  for await (const p of paginateDescribeInstances({ client: ec2(emu, region), pageSize }, input))
    for (const r of p.Reservations ?? []) out.push(...(r.Instances ?? []));
  return out;
}

describe('DescribeRegions', () => {
  it('lists enabled regions, and with AllRegions the not-opted-in ones', async () => {
    const c = ec2(emu);
    const enabled = await c.send(new DescribeRegionsCommand({}));
    expect(enabled.Regions?.map((r) => r.RegionName).sort()).toEqual(['eu-west-1', 'us-east-1', 'us-west-2']);
    expect(enabled.Regions?.[0].Endpoint).toMatch(/^ec2\..+\.amazonaws\.com$/);
    const allRegions = await c.send(new DescribeRegionsCommand({ AllRegions: true }));
    const byName = new Map(allRegions.Regions?.map((r) => [r.RegionName, r.OptInStatus]));
    expect(byName.get('us-east-1')).toBe('opt-in-not-required');
    expect(byName.get('us-east-2')).toBe('not-opted-in');
    expect(byName.get('af-south-1')).toBe('not-opted-in');
    expect(byName.size).toBeGreaterThan(30);
    const one = await c.send(new DescribeRegionsCommand({ RegionNames: ['eu-west-1'] }));
    expect(one.Regions?.map((r) => r.RegionName)).toEqual(['eu-west-1']);
  });

  it('a call to a region that is not enabled fails with AuthFailure 401', async () => {
    const e = await failure(ec2(emu, 'ap-east-1').send(new DescribeInstancesCommand({})));
    expect(e.name).toBe('AuthFailure');
    expect(e.$metadata?.httpStatusCode).toBe(401);
  });
});

describe('DescribeInstances', () => {
  it('groups instances by reservation and renders IMDS fields', async () => {
    const r = await ec2(emu).send(new DescribeInstancesCommand({}));
    expect(r.Reservations?.map((x) => x.ReservationId)).toEqual([
      'r-00000000000000001',
      'r-00000000000000002',
      'r-00000000000000003',
    ]);
    expect(r.Reservations?.[0].Instances?.length).toBe(3);
    expect(r.Reservations?.[0].OwnerId).toBe(A1);
    const i1 = r.Reservations?.[0].Instances?.[0];
    expect(i1?.MetadataOptions).toEqual({
      State: 'applied',
      HttpTokens: 'optional',
      HttpPutResponseHopLimit: 1,
      HttpEndpoint: 'enabled',
      HttpProtocolIpv6: 'disabled',
      InstanceMetadataTags: 'disabled',
    });
    expect(i1?.IamInstanceProfile?.Arn).toBe(`arn:aws:iam::${A1}:instance-profile/web`);
    expect(i1?.PublicIpAddress).toBe('3.3.3.3');
    expect(i1?.State).toEqual({ Code: 16, Name: 'running' });
    expect(i1?.LaunchTime).toBeInstanceOf(Date);
    const win = r.Reservations?.[2].Instances?.[0];
    expect(win?.Platform).toBe('windows');
    expect(win?.MetadataOptions?.HttpEndpoint).toBe('disabled');
    const tags = Object.fromEntries(win?.Tags?.map((t) => [t.Key, t.Value]) ?? []);
    expect(tags['aws:autoscaling:groupName']).toBe('web-asg');
    expect(tags['aws:ec2launchtemplate:id']).toBe('lt-0000000000000000a');
    expect(r.Reservations?.[2].Instances?.[1].MetadataOptions?.State).toBe('pending');
  });

  it('round-trips hostile tag values exactly', async () => {
    const r = await ec2(emu).send(new DescribeInstancesCommand({ InstanceIds: ['i-00000000000000006'] }));
    const tags = r.Reservations?.[0].Instances?.[0].Tags;
    expect(tags?.find((t) => t.Key === 'Name')?.Value).toBe(HOSTILE_NAME);
    expect(tags?.find((t) => t.Key === '<key>&')?.Value).toBe('');
  });

  it('paginates with MaxResults / NextToken through the SDK paginator', async () => {
    const big = await startEmulator({ fleet: { seed: 7, regions: ['us-east-1'], instancesPerRegion: 57 } });
    try {
      const pages: number[] = [];
      const ids = new Set<string>();
      for await (const p of paginateDescribeInstances({ client: ec2(big), pageSize: 5 }, {})) {
        const n = (p.Reservations ?? []).reduce((s, r) => s + (r.Instances?.length ?? 0), 0);
        pages.push(n);
        for (const r of p.Reservations ?? []) for (const i of r.Instances ?? []) ids.add(i.InstanceId ?? '');
      }
      expect(ids.size).toBe(57);
      expect(pages.length).toBe(12);
      expect(pages.every((n) => n <= 5)).toBe(true);
      expect(big.counts().DescribeInstances).toBe(12);
    } finally {
      await big.close();
    }
  });

  it('filters: state, metadata options, tags, tag-key, instance-id, wildcards', async () => {
    const ids = (l: Instance[]) => l.map((i) => i.InstanceId?.slice(-2)).sort();
    expect(
      ids(
        await all('us-east-1', {
          Filters: [{ Name: 'instance-state-name', Values: ['running', 'stopped'] }],
        }),
      ),
    ).toEqual(['01', '02', '03', '05', '06']);
    expect(
      ids(
        await all('us-east-1', { Filters: [{ Name: 'metadata-options.http-tokens', Values: ['required'] }] }),
      ),
    ).toEqual(['02', '06']);
    expect(
      ids(
        await all('us-east-1', {
          Filters: [{ Name: 'metadata-options.http-endpoint', Values: ['disabled'] }],
        }),
      ),
    ).toEqual(['05']);
    expect(ids(await all('us-east-1', { Filters: [{ Name: 'tag:Name', Values: ['web-*'] }] }))).toEqual([
      '01',
      '02',
      '03',
    ]);
    expect(ids(await all('us-east-1', { Filters: [{ Name: 'tag-key', Values: ['Team'] }] }))).toEqual(['01']);
    expect(
      ids(
        await all('us-east-1', {
          Filters: [{ Name: 'instance-id', Values: ['i-00000000000000002', 'i-00000000000000005'] }],
        }),
      ),
    ).toEqual(['02', '05']);
    expect(
      ids(
        await all('us-east-1', {
          Filters: [
            { Name: 'tag:Name', Values: ['web-?'] },
            { Name: 'metadata-options.http-tokens', Values: ['optional'] },
          ],
        }),
      ),
    ).toEqual(['01', '03']);
    // Pagination with a filter never yields empty trailing pages.
    expect(
      ids(await all('us-east-1', { Filters: [{ Name: 'instance-state-name', Values: ['running'] }] }, 5)),
    ).toEqual(['01', '02', '05', '06']);
  });

  it('validates MaxResults, InstanceIds combination, unknown ids, unknown filters, bad tokens', async () => {
    const c = ec2(emu);
    let e = await failure(c.send(new DescribeInstancesCommand({ MaxResults: 4 })));
    expect(e.name).toBe('InvalidParameterValue');
    expect(e.$metadata?.httpStatusCode).toBe(400);
    e = await failure(c.send(new DescribeInstancesCommand({ MaxResults: 1001 })));
    expect(e.name).toBe('InvalidParameterValue');
    e = await failure(
      c.send(new DescribeInstancesCommand({ MaxResults: 5, InstanceIds: ['i-00000000000000001'] })),
    );
    expect(e.name).toBe('InvalidParameterCombination');
    e = await failure(
      c.send(new DescribeInstancesCommand({ InstanceIds: ['i-00000000000000001', 'i-0000000000000dead'] })),
    );
    expect(e.name).toBe('InvalidInstanceID.NotFound');
    expect(e.message).toContain('i-0000000000000dead');
    e = await failure(c.send(new DescribeInstancesCommand({ InstanceIds: ['bogus'] })));
    expect(e.name).toBe('InvalidInstanceID.Malformed');
    e = await failure(c.send(new DescribeInstancesCommand({ Filters: [{ Name: 'nope', Values: ['x'] }] })));
    expect(e.name).toBe('InvalidParameterValue');
    e = await failure(c.send(new DescribeInstancesCommand({ MaxResults: 5, NextToken: 'garbage' })));
    expect(e.name).toBe('InvalidPaginationToken');
    // An instance in another region is not found from this region.
    e = await failure(c.send(new DescribeInstancesCommand({ InstanceIds: ['i-00000000000000011'] })));
    expect(e.name).toBe('InvalidInstanceID.NotFound');
  });
});

describe('ModifyInstanceMetadataOptions', () => {
  it('changes only the given fields, returns pending, then applied on next describe; logs before/after', async () => {
    const c = ec2(emu);
    const r = await c.send(
      new ModifyInstanceMetadataOptionsCommand({ InstanceId: 'i-00000000000000001', HttpTokens: 'required' }),
    );
    expect(r.InstanceId).toBe('i-00000000000000001');
    expect(r.InstanceMetadataOptions).toMatchObject({
      State: 'pending',
      HttpTokens: 'required',
      HttpPutResponseHopLimit: 1,
      HttpEndpoint: 'enabled',
    });
    const [after] = await all('us-east-1', { InstanceIds: ['i-00000000000000001'] });
    expect(after.MetadataOptions).toMatchObject({
      State: 'applied',
      HttpTokens: 'required',
      HttpPutResponseHopLimit: 1,
    });
    expect(emu.changes).toHaveLength(1);
    expect(emu.changes[0]).toMatchObject({
      account: A1,
      region: 'us-east-1',
      resourceType: 'instance',
      resourceId: 'i-00000000000000001',
      before: { HttpTokens: 'optional', State: 'applied' },
      after: { HttpTokens: 'required', State: 'pending' },
    });
  });

  it('keeps State pending for the configured apply delay', async () => {
    emu.setApplyDelay(60_000);
    try {
      await ec2(emu).send(
        new ModifyInstanceMetadataOptionsCommand({
          InstanceId: 'i-00000000000000003',
          HttpTokens: 'required',
          HttpPutResponseHopLimit: 2,
        }),
      );
      const [i] = await all('us-east-1', { InstanceIds: ['i-00000000000000003'] });
      expect(i.MetadataOptions).toMatchObject({
        State: 'pending',
        HttpTokens: 'required',
        HttpPutResponseHopLimit: 2,
      });
    } finally {
      emu.setApplyDelay(0);
    }
  });

  it('DryRun answers DryRunOperation (412) without changing anything', async () => {
    const e = await failure(
      ec2(emu).send(
        new ModifyInstanceMetadataOptionsCommand({
          InstanceId: 'i-00000000000000001',
          HttpTokens: 'required',
          DryRun: true,
        }),
      ),
    );
    expect(e.name).toBe('DryRunOperation');
    expect(e.$metadata?.httpStatusCode).toBe(412);
    expect(emu.changes).toHaveLength(0);
    expect(emu.world.instance(A1, 'us-east-1', 'i-00000000000000001')?.metadataOptions.HttpTokens).toBe(
      'optional',
    );
  });

  it('rejects terminated instances, bad values and unknown ids', async () => {
    const c = ec2(emu);
    let e = await failure(
      c.send(
        new ModifyInstanceMetadataOptionsCommand({
          InstanceId: 'i-00000000000000004',
          HttpTokens: 'required',
        }),
      ),
    );
    expect(e.name).toBe('IncorrectInstanceState');
    e = await failure(
      c.send(
        new ModifyInstanceMetadataOptionsCommand({
          InstanceId: 'i-00000000000000001',
          HttpPutResponseHopLimit: 65,
        }),
      ),
    );
    expect(e.name).toBe('InvalidParameterValue');
    e = await failure(
      c.send(
        new ModifyInstanceMetadataOptionsCommand({
          InstanceId: 'i-0000000000000beef',
          HttpTokens: 'required',
        }),
      ),
    );
    expect(e.name).toBe('InvalidInstanceID.NotFound');
  });
});

describe('instance metadata defaults', () => {
  it('reads and modifies per-region defaults; no-preference / -1 clear values', async () => {
    const c = ec2(emu);
    const g = await c.send(new GetInstanceMetadataDefaultsCommand({}));
    expect(g.AccountLevel).toMatchObject({
      HttpTokens: 'required',
      HttpPutResponseHopLimit: 2,
      ManagedBy: 'account',
    });
    const other = await ec2(emu, 'us-west-2').send(new GetInstanceMetadataDefaultsCommand({}));
    expect(other.AccountLevel?.HttpTokens).toBeUndefined();
    await c.send(
      new ModifyInstanceMetadataDefaultsCommand({
        HttpTokens: 'no-preference',
        HttpPutResponseHopLimit: -1,
        HttpEndpoint: 'enabled',
        HttpTokensEnforced: 'enabled',
      }),
    );
    const g2 = await c.send(new GetInstanceMetadataDefaultsCommand({}));
    expect(g2.AccountLevel?.HttpTokens).toBeUndefined();
    expect(g2.AccountLevel?.HttpPutResponseHopLimit).toBeUndefined();
    expect(g2.AccountLevel?.HttpEndpoint).toBe('enabled');
    expect(g2.AccountLevel?.HttpTokensEnforced).toBe('enabled');
    expect(emu.changes[0]).toMatchObject({
      resourceType: 'instance-metadata-defaults',
      resourceId: `${A1}/us-east-1`,
    });
  });

  it('defaults managed by a declarative policy cannot be modified', async () => {
    const c = ec2(emu, 'eu-west-1');
    const g = await c.send(new GetInstanceMetadataDefaultsCommand({}));
    expect(g.AccountLevel?.ManagedBy).toBe('declarative-policy');
    const e = await failure(c.send(new ModifyInstanceMetadataDefaultsCommand({ HttpTokens: 'required' })));
    expect(e.name).toBe('OperationNotPermitted');
  });
});

describe('launch templates and images', () => {
  it('pages templates and resolves $Default / $Latest versions', async () => {
    const names: string[] = [];
    for await (const p of paginateDescribeLaunchTemplates({ client: ec2(emu), pageSize: 1 }, {}))
      names.push(...(p.LaunchTemplates ?? []).map((t) => t.LaunchTemplateName ?? ''));
    expect(names).toEqual(['web', 'api', 'batch']);
    const lt = await ec2(emu).send(
      new DescribeLaunchTemplatesCommand({ LaunchTemplateIds: ['lt-0000000000000000a'] }),
    );
    expect(lt.LaunchTemplates?.[0]).toMatchObject({ DefaultVersionNumber: 1, LatestVersionNumber: 2 });
    const v = await ec2(emu).send(
      new DescribeLaunchTemplateVersionsCommand({
        LaunchTemplateId: 'lt-0000000000000000a',
        Versions: ['$Default', '$Latest'],
      }),
    );
    expect(v.LaunchTemplateVersions?.map((x) => [x.VersionNumber, x.DefaultVersion])).toEqual([
      [1, true],
      [2, false],
    ]);
    expect(v.LaunchTemplateVersions?.[0].LaunchTemplateData?.MetadataOptions).toMatchObject({
      HttpTokens: 'optional',
      HttpPutResponseHopLimit: 2,
    });
    expect(v.LaunchTemplateVersions?.[1].LaunchTemplateData?.MetadataOptions).toBeUndefined();
    const e = await failure(
      ec2(emu).send(
        new DescribeLaunchTemplateVersionsCommand({
          LaunchTemplateId: 'lt-0000000000000000a',
          Versions: ['9'],
        }),
      ),
    );
    expect(e.name).toBe('InvalidLaunchTemplateId.VersionNotFound');
  });

  it('CreateLaunchTemplateVersion from a source version, then ModifyLaunchTemplate sets the default', async () => {
    const c = ec2(emu);
    const r = await c.send(
      new CreateLaunchTemplateVersionCommand({
        LaunchTemplateId: 'lt-0000000000000000a',
        SourceVersion: '$Default',
        VersionDescription: 'imds v2',
        LaunchTemplateData: { MetadataOptions: { HttpTokens: 'required', HttpPutResponseHopLimit: 2 } },
      }),
    );
    expect(r.LaunchTemplateVersion?.VersionNumber).toBe(3);
    expect(r.LaunchTemplateVersion?.LaunchTemplateData?.ImageId).toBe('ami-00000000000000001');
    expect(r.LaunchTemplateVersion?.LaunchTemplateData?.MetadataOptions).toMatchObject({
      HttpTokens: 'required',
      HttpPutResponseHopLimit: 2,
    });
    const m = await c.send(
      new ModifyLaunchTemplateCommand({ LaunchTemplateId: 'lt-0000000000000000a', DefaultVersion: '3' }),
    );
    expect(m.LaunchTemplate?.DefaultVersionNumber).toBe(3);
    const v = await c.send(
      new DescribeLaunchTemplateVersionsCommand({ LaunchTemplateName: 'web', Versions: ['$Default'] }),
    );
    expect(v.LaunchTemplateVersions?.[0].VersionNumber).toBe(3);
    expect(emu.changes.map((x) => x.operation)).toEqual([
      'CreateLaunchTemplateVersion',
      'ModifyLaunchTemplate',
    ]);
  });

  it('DescribeImages reports ImdsSupport and unknown AMIs', async () => {
    const r = await ec2(emu).send(
      new DescribeImagesCommand({ ImageIds: ['ami-00000000000000001', 'ami-00000000000000002'] }),
    );
    expect(r.Images?.map((i) => [i.ImageId, i.ImdsSupport])).toEqual([
      ['ami-00000000000000001', undefined],
      ['ami-00000000000000002', 'v2.0'],
    ]);
    const e = await failure(
      ec2(emu).send(new DescribeImagesCommand({ ImageIds: ['ami-0000000000000ffff'] })),
    );
    expect(e.name).toBe('InvalidAMIID.NotFound');
  });
});

describe('fixture normalization', () => {
  it('normalizes a region whose fixture already sets metadataDefaults (instances without reservation ids)', async () => {
    const { startEmulator } = await import('./index.js');
    const { EC2Client, DescribeInstancesCommand } = await import('@aws-sdk/client-ec2');
    const emu = await startEmulator({
      world: {
        accounts: [
          {
            id: '111111111111',
            enabledRegions: ['us-east-1'],
            regions: {
              'us-east-1': {
                metadataDefaults: { HttpTokens: 'required' },
                instances: [{ instanceId: 'i-0123456789abcdef0', state: 'running' } as never], // no reservationId
              },
            },
          },
        ],
      },
    });
    try {
      const ec2 = new EC2Client({
        region: 'us-east-1',
        endpoint: emu.url,
        credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'x' },
      });
      const out = await ec2.send(new DescribeInstancesCommand({}));
      expect(out.Reservations?.flatMap((r) => r.Instances ?? []).map((i) => i.InstanceId)).toEqual([
        'i-0123456789abcdef0',
      ]);
      ec2.destroy();
    } finally {
      await emu.close();
    }
  });
});
