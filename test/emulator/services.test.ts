import {
  DescribeAutoScalingGroupsCommand,
  DescribeLaunchConfigurationsCommand,
  paginateDescribeAutoScalingGroups,
} from '@aws-sdk/client-auto-scaling';
import {
  GetMetricDataCommand,
  type GetMetricDataCommandInput,
  ListMetricsCommand,
  type MetricDataQuery,
  type MetricDataResult,
  paginateGetMetricData,
} from '@aws-sdk/client-cloudwatch';
import { ModifyInstanceMetadataOptionsCommand } from '@aws-sdk/client-ec2';
import {
  DescribeOrganizationCommand,
  ListAccountsCommand,
  paginateListAccounts,
} from '@aws-sdk/client-organizations';
import { AssumeRoleCommand } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { A1, A2, A3, asg, type Creds, cw, ec2, failure, org, smallWorld, sts } from './helpers.js';
import { type Emulator, startEmulator } from './index.js';
import type { Instance, InstanceFixture } from './world.js';

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ world: smallWorld() });
});
afterAll(() => emu.close());
beforeEach(() => {
  emu.resetWorld();
  emu.reset();
});

const DAY = 86_400_000;
const today = () => Math.floor(Date.now() / DAY) * DAY;

function query(
  id: string,
  instanceId: string,
  metric = 'MetadataNoToken',
  period = 86_400,
  stat = 'Sum',
): MetricDataQuery {
  return {
    Id: id,
    MetricStat: {
      Metric: {
        Namespace: 'AWS/EC2',
        MetricName: metric,
        Dimensions: [{ Name: 'InstanceId', Value: instanceId }],
      },
      Period: period,
      Stat: stat,
    },
  };
}

describe('CloudWatch GetMetricData', () => {
  it('returns per-instance MetadataNoToken / MetadataNoTokenRejected sums', async () => {
    const input: GetMetricDataCommandInput = {
      StartTime: new Date(today() - 3 * DAY),
      EndTime: new Date(today()),
      MetricDataQueries: [
        query('v1a', 'i-00000000000000001'),
        query('v1b', 'i-00000000000000002'),
        query('rej', 'i-00000000000000002', 'MetadataNoTokenRejected'),
        query('none', 'i-00000000000000003'),
        query('unknown', 'i-0000000000000ffff'),
      ],
      ScanBy: 'TimestampAscending',
    };
    const r = await cw(emu).send(new GetMetricDataCommand(input));
    const by: Record<string, MetricDataResult> = Object.fromEntries(
      (r.MetricDataResults ?? []).map((m) => [m.Id ?? '', m]),
    );
    expect(by.v1a.Values).toEqual([100, 100, 100]);
    expect(by.v1a.Timestamps?.map((t) => t.getTime())).toEqual([
      today() - 3 * DAY,
      today() - 2 * DAY,
      today() - DAY,
    ]);
    expect(by.v1a.StatusCode).toBe('Complete');
    expect(by.v1a.Label).toBe('MetadataNoToken');
    expect(by.v1b.Values).toEqual([0, 0, 0]);
    // Series [1..14], last element = today: the three full days before today are 11, 12, 13.
    expect(by.rej.Values).toEqual([11, 12, 13]);
    expect(by.none.Values).toEqual([]);
    expect(by.unknown.Values).toEqual([]);
    // Default scan order is descending; hourly periods split the daily count.
    const h = await cw(emu).send(
      new GetMetricDataCommand({
        StartTime: new Date(today() - DAY),
        EndTime: new Date(today()),
        MetricDataQueries: [query('h', 'i-00000000000000001', 'MetadataNoToken', 3600)],
      }),
    );
    const vals = h.MetricDataResults?.[0].Values ?? [];
    expect(vals).toHaveLength(24);
    expect(vals.reduce((s, v) => s + v, 0)).toBeCloseTo(100, 3);
    const ts = h.MetricDataResults?.[0].Timestamps?.map((t) => t.getTime()) ?? [];
    expect(ts[0]).toBeGreaterThan(ts[1]);
  });

  it('paginates datapoints with NextToken (MaxDatapoints) and validates query count', async () => {
    const queries = [
      query('a', 'i-00000000000000001'),
      query('b', 'i-00000000000000002', 'MetadataNoTokenRejected'),
      query('c', 'i-00000000000000001'),
    ];
    const values: Record<string, number[]> = {};
    let pages = 0;
    for await (const p of paginateGetMetricData(
      { client: cw(emu) },
      {
        StartTime: new Date(today() - 7 * DAY),
        EndTime: new Date(today()),
        MetricDataQueries: queries,
        MaxDatapoints: 5,
      },
    )) {
      pages++;
      for (const m of p.MetricDataResults ?? []) {
        const id = m.Id ?? '';
        values[id] = [...(values[id] ?? []), ...(m.Values ?? [])];
      }
    }
    expect(pages).toBe(5);
    expect(values.a).toHaveLength(7);
    expect(values.b).toEqual([13, 12, 11, 10, 9, 8, 7]);
    expect(values.c).toHaveLength(7);
    const many = Array.from({ length: 501 }, (_, i) => query(`q${i}`, 'i-00000000000000001'));
    const e = await failure(
      cw(emu).send(
        new GetMetricDataCommand({
          StartTime: new Date(today() - DAY),
          EndTime: new Date(today()),
          MetricDataQueries: many,
        }),
      ),
    );
    // Wire code ValidationError (x-amzn-query-error), modelled by the SDK as ValidationException.
    expect(e.name).toBe('ValidationException');
    expect(e.$metadata?.httpStatusCode).toBe(400);
    const bad = await failure(
      cw(emu).send(
        new GetMetricDataCommand({
          StartTime: new Date(today()),
          EndTime: new Date(today() - DAY),
          MetricDataQueries: [query('a', 'i-00000000000000001')],
        }),
      ),
    );
    expect(bad.name).toBe('ValidationException');
  });

  it('ListMetrics lists instances that have IMDS metrics', async () => {
    const r = await cw(emu).send(
      new ListMetricsCommand({ Namespace: 'AWS/EC2', MetricName: 'MetadataNoTokenRejected' }),
    );
    expect(r.Metrics?.map((m) => m.Dimensions?.[0].Value)).toEqual(['i-00000000000000002']);
  });
});

const HOUR = 3_600_000;
const STILL_V1 = 'i-0000000000000a001';

/** An instance whose workload still calls IMDSv1 (the readiness window saw none: v1Calls 0). */
function addStillV1(over: Partial<InstanceFixture> = {}): Instance {
  return emu.world.addInstance(A1, 'us-east-1', {
    instanceId: STILL_V1,
    reservationId: 'r-0000000000000a001',
    state: 'running',
    tags: { Name: 'monthly-job' },
    metadataOptions: { HttpTokens: 'optional' },
    v1Calls: 0,
    stillUsesV1: true,
    ...over,
  });
}

/** One query's datapoints, ascending, timestamps in epoch ms. */
async function points(q: MetricDataQuery, start: number, end: number): Promise<{ t: number[]; v: number[] }> {
  const r = await cw(emu).send(
    new GetMetricDataCommand({
      StartTime: new Date(start),
      EndTime: new Date(end),
      MetricDataQueries: [q],
      ScanBy: 'TimestampAscending',
    }),
  );
  const m = r.MetricDataResults?.[0];
  expect(m?.StatusCode).toBe('Complete');
  return { t: (m?.Timestamps ?? []).map((d) => d.getTime()), v: m?.Values ?? [] };
}

describe('CloudWatch: IMDSv1 still in use after hardening (MetadataNoTokenRejected)', () => {
  it('refused calls appear once ModifyInstanceMetadataOptions requires tokens, timestamped at the change', async () => {
    const inst = addStillV1();
    const rejected = query('rej', STILL_V1, 'MetadataNoTokenRejected', 1);
    const wide = () => [Date.now() - HOUR, Date.now() + HOUR] as const;
    expect(await points(rejected, ...wide())).toEqual({ t: [], v: [] });

    const before = Date.now();
    await ec2(emu).send(
      new ModifyInstanceMetadataOptionsCommand({ InstanceId: STILL_V1, HttpTokens: 'required' }),
    );
    const after = Date.now();
    expect(inst.tokensChanges).toHaveLength(1);
    const change = inst.tokensChanges![0];
    expect([change.from, change.to]).toEqual(['optional', 'required']);
    expect(change.at).toBeGreaterThanOrEqual(before);
    expect(change.at).toBeLessThanOrEqual(after);

    // The first refused call is at the change: a soak of any length sees it, in the second of the change.
    const seen = await points(rejected, ...wide());
    expect(seen.v).toEqual([1]);
    expect(seen.t).toEqual([Math.floor(change.at / 1000) * 1000]);
    // A window that ends before the change sees none.
    expect(await points(rejected, before - HOUR, change.at - 1)).toEqual({ t: [], v: [] });
    // MetadataNoToken does not grow (the readiness window's 0 stays 0).
    const noToken = await points(query('nt', STILL_V1, 'MetadataNoToken', 3600), ...wide());
    expect(noToken.v.every((v) => v === 0)).toBe(true);

    // Setting it back to optional is recorded as the end of the refusals.
    await ec2(emu).send(
      new ModifyInstanceMetadataOptionsCommand({ InstanceId: STILL_V1, HttpTokens: 'optional' }),
    );
    expect(inst.tokensChanges?.map((c) => c.to)).toEqual(['required', 'optional']);
    // A change that keeps HttpTokens (hop limit only) records nothing.
    await ec2(emu).send(
      new ModifyInstanceMetadataOptionsCommand({ InstanceId: STILL_V1, HttpPutResponseHopLimit: 2 }),
    );
    expect(inst.tokensChanges).toHaveLength(2);
    // Instances not marked as still using v1 get no refused calls from the change.
    await ec2(emu).send(
      new ModifyInstanceMetadataOptionsCommand({ InstanceId: 'i-00000000000000001', HttpTokens: 'required' }),
    );
    expect(
      await points(query('plain', 'i-00000000000000001', 'MetadataNoTokenRejected', 1), ...wide()),
    ).toEqual({ t: [], v: [] });
  });

  it('over a backdated history: rejected only while required, MetadataNoToken only while optional', async () => {
    const T = Math.floor(Date.now() / HOUR) * HOUR; // the current hour
    const inst = addStillV1({ v1Calls: 24 }); // 24 a day = 1 an hour while optional
    inst.tokensChanges = [
      { at: T - 3 * HOUR, from: 'optional', to: 'required' },
      { at: T - HOUR, from: 'required', to: 'optional' },
    ];
    const rej = query('rej', STILL_V1, 'MetadataNoTokenRejected', 3600);
    const nt = query('nt', STILL_V1, 'MetadataNoToken', 3600);
    expect(await points(rej, T - 5 * HOUR, T)).toEqual({ t: [T - 3 * HOUR, T - 2 * HOUR], v: [60, 60] });
    expect(await points(nt, T - 5 * HOUR, T)).toEqual({
      t: [T - 5 * HOUR, T - 4 * HOUR, T - HOUR],
      v: [1, 1, 1],
    });
    // Ends at the change: nothing refused yet.
    expect(await points(rej, T - 5 * HOUR, T - 3 * HOUR)).toEqual({ t: [], v: [] });
    // One call a minute, the first at the change.
    expect(
      await points(query('m', STILL_V1, 'MetadataNoTokenRejected', 60), T - 3 * HOUR, T - 3 * HOUR + 300_000),
    ).toEqual({
      t: [0, 1, 2, 3, 4].map((k) => T - 3 * HOUR + k * 60_000),
      v: [1, 1, 1, 1, 1],
    });
    // A rate of its own.
    inst.v1CallsPerHour = 6;
    expect((await points(rej, T - 5 * HOUR, T)).v).toEqual([6, 6]);
    // The fixture's own v1Rejected history adds to the refused calls.
    inst.v1Rejected = 24;
    expect((await points(rej, T - 4 * HOUR, T)).v).toEqual([1, 7, 7, 1]);
    // ListMetrics lists the rejected metric for an instance still using v1.
    delete inst.v1Rejected;
    const listed = await cw(emu).send(
      new ListMetricsCommand({
        Namespace: 'AWS/EC2',
        MetricName: 'MetadataNoTokenRejected',
        Dimensions: [{ Name: 'InstanceId', Value: STILL_V1 }],
      }),
    );
    expect(listed.Metrics).toHaveLength(1);
  });
});

describe('CloudWatch: StatusCheckFailed', () => {
  it('is 0 in every period unless the fixture marks it; after-required follows the tokens history', async () => {
    const T = Math.floor(Date.now() / HOUR) * HOUR;
    const healthy = await points(
      query('ok', 'i-00000000000000001', 'StatusCheckFailed', 3600, 'Maximum'),
      T - 2 * HOUR,
      T,
    );
    expect(healthy).toEqual({ t: [T - 2 * HOUR, T - HOUR], v: [0, 0] });

    const inst = addStillV1({ statusCheckFailed: 'after-required' });
    inst.tokensChanges = [
      { at: T - 3 * HOUR, from: 'optional', to: 'required' },
      { at: T - HOUR, from: 'required', to: 'optional' },
    ];
    const max = query('max', STILL_V1, 'StatusCheckFailed', 3600, 'Maximum');
    const sum = query('sum', STILL_V1, 'StatusCheckFailed', 3600, 'Sum');
    expect((await points(max, T - 5 * HOUR, T)).v).toEqual([0, 0, 1, 1, 0]);
    expect((await points(sum, T - 5 * HOUR, T)).v).toEqual([0, 0, 60, 60, 0]);
    inst.statusCheckFailed = true;
    expect((await points(max, T - 5 * HOUR, T)).v).toEqual([1, 1, 1, 1, 1]);

    const listed = await cw(emu).send(
      new ListMetricsCommand({
        Namespace: 'AWS/EC2',
        MetricName: 'StatusCheckFailed',
        Dimensions: [{ Name: 'InstanceId', Value: 'i-00000000000000002' }],
      }),
    );
    expect(listed.Metrics?.map((m) => m.MetricName)).toEqual(['StatusCheckFailed']);
  });
});

describe('Organizations', () => {
  it('ListAccounts pages through all member accounts with their status', async () => {
    const accounts: { Id?: string; Status?: string }[] = [];
    let pages = 0;
    for await (const p of paginateListAccounts({ client: org(emu), pageSize: 2 }, {})) {
      pages++;
      accounts.push(...(p.Accounts ?? []));
    }
    expect(pages).toBe(2);
    expect(accounts.map((a) => [a.Id, a.Status])).toEqual([
      [A1, 'ACTIVE'],
      [A2, 'ACTIVE'],
      [A3, 'SUSPENDED'],
      ['444444444444', 'SUSPENDED'],
    ]);
    const d = await org(emu).send(new DescribeOrganizationCommand({}));
    expect(d.Organization?.MasterAccountId).toBe(A1);
  });

  it('only the management account (or a delegated admin) may list accounts', async () => {
    const r = await sts(emu).send(
      new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${A2}:role/IMDSGuardAudit`, RoleSessionName: 's1' }),
    );
    const creds: Creds = {
      accessKeyId: r.Credentials?.AccessKeyId ?? '',
      secretAccessKey: r.Credentials?.SecretAccessKey ?? '',
      sessionToken: r.Credentials?.SessionToken,
    };
    const e = await failure(org(emu, creds).send(new ListAccountsCommand({})));
    expect(e.name).toBe('AccessDeniedException');
    emu.world.data.organization!.delegatedAdministrators = [A2];
    await org(emu, creds).send(new ListAccountsCommand({}));
    delete emu.world.data.organization;
    const e2 = await failure(org(emu).send(new ListAccountsCommand({})));
    expect(e2.name).toBe('AWSOrganizationsNotInUseException');
    const e3 = await failure(org(emu).send(new ListAccountsCommand({ MaxResults: 50 })));
    expect(e3.name).toBe('AWSOrganizationsNotInUseException');
  });
});

describe('Auto Scaling', () => {
  it('DescribeAutoScalingGroups pages and shows launch template / mixed policy / launch configuration', async () => {
    const groups = [];
    for await (const p of paginateDescribeAutoScalingGroups({ client: asg(emu), pageSize: 1 }, {}))
      groups.push(...(p.AutoScalingGroups ?? []));
    expect(groups.map((g) => g.AutoScalingGroupName)).toEqual(['web-asg', 'mixed-asg', 'legacy-asg']);
    expect(groups[0].LaunchTemplate).toEqual({
      LaunchTemplateId: 'lt-0000000000000000a',
      LaunchTemplateName: 'web',
      Version: '$Latest',
    });
    expect(groups[0].Instances?.map((i) => i.InstanceId)).toEqual(['i-00000000000000005']);
    expect(
      groups[1].MixedInstancesPolicy?.LaunchTemplate?.LaunchTemplateSpecification?.LaunchTemplateId,
    ).toBe('lt-0000000000000000b');
    expect(groups[1].MixedInstancesPolicy?.LaunchTemplate?.Overrides?.[0].InstanceType).toBe('m6i.large');
    expect(groups[2].LaunchConfigurationName).toBe('legacy-lc');
    const one = await asg(emu).send(
      new DescribeAutoScalingGroupsCommand({ AutoScalingGroupNames: ['legacy-asg'] }),
    );
    expect(one.AutoScalingGroups).toHaveLength(1);
    const e = await failure(asg(emu).send(new DescribeAutoScalingGroupsCommand({ MaxRecords: 101 })));
    expect(e.name).toBe('ValidationError');
  });

  it('DescribeAutoScalingGroups with IncludeInstances=false leaves the instances out, the rest as before', async () => {
    const withThem = await asg(emu).send(new DescribeAutoScalingGroupsCommand({}));
    const without = await asg(emu).send(new DescribeAutoScalingGroupsCommand({ IncludeInstances: false }));
    expect(withThem.AutoScalingGroups?.[0].Instances).toHaveLength(1);
    expect(without.AutoScalingGroups?.map((g) => g.Instances)).toEqual([undefined, undefined, undefined]);
    const strip = (g: object) => ({ ...g, Instances: undefined });
    expect(without.AutoScalingGroups).toEqual(withThem.AutoScalingGroups?.map(strip));
  });

  it('DescribeLaunchConfigurations includes MetadataOptions', async () => {
    const r = await asg(emu).send(new DescribeLaunchConfigurationsCommand({}));
    expect(r.LaunchConfigurations?.[0].MetadataOptions).toEqual({
      HttpTokens: 'optional',
      HttpPutResponseHopLimit: 1,
      HttpEndpoint: 'enabled',
    });
  });
});
