// Auto Scaling (awsQuery): DescribeAutoScalingGroups, DescribeLaunchConfigurations.

import type { Ctx } from './context.js';
import { ApiError } from './errors.js';
import { bool, decodeToken, encodeToken, fingerprint, int, memberList } from './query.js';
import type {
  AutoScalingGroupFixture,
  Instance,
  LaunchConfigurationFixture,
  LaunchTemplateSpec,
} from './world.js';
import { el, esc, isoTime } from './xml.js';

export const AUTOSCALING_NS = 'http://autoscaling.amazonaws.com/doc/2011-01-01/';

type Handler = (ctx: Ctx) => string;

function paging(ctx: Ctx, kind: string, extra: string, max: number, dflt: number) {
  const p = ctx.params;
  const mr = int(p.MaxRecords);
  if (mr !== undefined && (!Number.isInteger(mr) || mr < 1 || mr > max))
    throw new ApiError(
      'ValidationError',
      `1 validation error detected: Value '${p.MaxRecords}' at 'maxRecords' failed to satisfy constraint: Member must have value less than or equal to ${max}`,
    );
  const fp = fingerprint(`${ctx.account}|${ctx.region}|${extra}`);
  let start = 0;
  if (p.NextToken !== undefined) {
    const t = decodeToken(p.NextToken);
    if (!t || t.k !== kind || t.f !== fp || typeof t.o !== 'number')
      throw new ApiError('InvalidNextToken', 'The token is invalid.');
    start = t.o;
  }
  return { start, limit: mr ?? dflt, fp };
}

function ltSpecXml(tag: string, s: LaunchTemplateSpec): string {
  return `<${tag}>${el('LaunchTemplateId', s.id)}${el('LaunchTemplateName', s.name)}${el('Version', s.version ?? '$Default')}</${tag}>`;
}

function lifecycle(i: Instance): string {
  switch (i.state) {
    case 'pending':
      return 'Pending';
    case 'stopping':
    case 'stopped':
      return 'Standby';
    case 'shutting-down':
      return 'Terminating';
    default:
      return 'InService';
  }
}

/** `withInstances` false: the request set IncludeInstances=false, and the group is written without its instances. */
function groupXml(ctx: Ctx, g: AutoScalingGroupFixture, members: Instance[], withInstances: boolean): string {
  const azs = g.availabilityZones ?? [`${ctx.region}a`, `${ctx.region}b`];
  let s = '<member>';
  s += el('AutoScalingGroupName', g.name);
  s += el(
    'AutoScalingGroupARN',
    g.arn ??
      `arn:aws:autoscaling:${ctx.region}:${ctx.account}:autoScalingGroup:00000000-0000-0000-0000-000000000000:autoScalingGroupName/${g.name}`,
  );
  if (g.launchConfigurationName) s += el('LaunchConfigurationName', g.launchConfigurationName);
  if (g.launchTemplate) s += ltSpecXml('LaunchTemplate', g.launchTemplate);
  if (g.mixedInstancesPolicy) {
    const m = g.mixedInstancesPolicy;
    s += `<MixedInstancesPolicy><LaunchTemplate>${ltSpecXml('LaunchTemplateSpecification', m.launchTemplate)}<Overrides>`;
    for (const o of m.overrides ?? []) {
      s += `<member>${el('InstanceType', o.instanceType)}${o.launchTemplate ? ltSpecXml('LaunchTemplateSpecification', o.launchTemplate) : ''}</member>`;
    }
    s +=
      '</Overrides></LaunchTemplate><InstancesDistribution><OnDemandAllocationStrategy>prioritized</OnDemandAllocationStrategy><OnDemandBaseCapacity>0</OnDemandBaseCapacity><OnDemandPercentageAboveBaseCapacity>100</OnDemandPercentageAboveBaseCapacity><SpotAllocationStrategy>price-capacity-optimized</SpotAllocationStrategy></InstancesDistribution></MixedInstancesPolicy>';
  }
  const desired = g.desiredCapacity ?? members.length;
  s +=
    el('MinSize', g.minSize ?? 0) +
    el('MaxSize', g.maxSize ?? Math.max(desired, 1)) +
    el('DesiredCapacity', desired);
  s += '<DefaultCooldown>300</DefaultCooldown>';
  s += `<AvailabilityZones>${azs.map((a) => `<member>${esc(a)}</member>`).join('')}</AvailabilityZones>`;
  s +=
    '<LoadBalancerNames/><TargetGroupARNs/><HealthCheckType>EC2</HealthCheckType><HealthCheckGracePeriod>300</HealthCheckGracePeriod>';
  if (withInstances) s += instancesXml(ctx, g, members);
  s += el('CreatedTime', isoTime(g.createdTime ?? '2024-01-01T00:00:00.000Z'));
  s += '<SuspendedProcesses/><EnabledMetrics/>';
  s += '<Tags>';
  for (const t of g.tags ?? [])
    s += `<member><ResourceId>${esc(g.name)}</ResourceId><ResourceType>auto-scaling-group</ResourceType>${el('Key', t.Key)}${el('Value', t.Value)}<PropagateAtLaunch>true</PropagateAtLaunch></member>`;
  s += '</Tags><TerminationPolicies><member>Default</member></TerminationPolicies>';
  s += '<NewInstancesProtectedFromScaleIn>false</NewInstancesProtectedFromScaleIn>';
  s += `<ServiceLinkedRoleARN>arn:aws:iam::${ctx.account}:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling</ServiceLinkedRoleARN>`;
  s += '</member>';
  return s;
}

function instancesXml(ctx: Ctx, g: AutoScalingGroupFixture, members: Instance[]): string {
  let s = '<Instances>';
  for (const i of members) {
    s += '<member>';
    s += el('InstanceId', i.instanceId) + el('InstanceType', i.instanceType ?? 't3.micro');
    s += el('AvailabilityZone', i.availabilityZone ?? `${ctx.region}a`) + el('LifecycleState', lifecycle(i));
    s += '<HealthStatus>Healthy</HealthStatus>';
    if (i.launchTemplate) s += ltSpecXml('LaunchTemplate', i.launchTemplate);
    else if (g.launchConfigurationName) s += el('LaunchConfigurationName', g.launchConfigurationName);
    s += '<ProtectedFromScaleIn>false</ProtectedFromScaleIn></member>';
  }
  return `${s}</Instances>`;
}

const describeAutoScalingGroups: Handler = (ctx) => {
  const names = memberList(ctx.params, 'AutoScalingGroupNames');
  // IncludeInstances (default true): false leaves each group's Instances out of the answer.
  const withInstances = bool(ctx.params.IncludeInstances) ?? true;
  const { start, limit, fp } = paging(ctx, 'asg', JSON.stringify(names), 100, 50);
  const region = ctx.core.world.region(ctx.account, ctx.region);
  const groups = region.autoScalingGroups.filter((g) => names.length === 0 || names.includes(g.name));
  const slice = groups.slice(start, start + limit);
  const byGroup = new Map<string, Instance[]>();
  if (slice.length) {
    const wanted = new Set(slice.map((g) => g.name));
    for (const i of region.instances) {
      if (!i.autoScalingGroupName || !wanted.has(i.autoScalingGroupName) || i.state === 'terminated')
        continue;
      let l = byGroup.get(i.autoScalingGroupName);
      if (!l) {
        l = [];
        byGroup.set(i.autoScalingGroupName, l);
      }
      l.push(i);
    }
  }
  let s = '<AutoScalingGroups>';
  for (const g of slice) s += groupXml(ctx, g, byGroup.get(g.name) ?? [], withInstances);
  s += '</AutoScalingGroups>';
  if (start + limit < groups.length)
    s += `<NextToken>${encodeToken({ k: 'asg', f: fp, o: start + limit })}</NextToken>`;
  return s;
};

function lcXml(ctx: Ctx, lc: LaunchConfigurationFixture): string {
  let s = '<member>';
  s += el('LaunchConfigurationName', lc.name);
  s += el(
    'LaunchConfigurationARN',
    lc.arn ??
      `arn:aws:autoscaling:${ctx.region}:${ctx.account}:launchConfiguration:00000000-0000-0000-0000-000000000000:launchConfigurationName/${lc.name}`,
  );
  s += el('ImageId', lc.imageId) + el('InstanceType', lc.instanceType);
  s += el('CreatedTime', isoTime(lc.createdTime ?? '2024-01-01T00:00:00.000Z'));
  s +=
    '<KeyName/><SecurityGroups/><ClassicLinkVPCSecurityGroups/><UserData/><KernelId/><RamdiskId/><BlockDeviceMappings/>';
  s += '<InstanceMonitoring><Enabled>false</Enabled></InstanceMonitoring>';
  s += el('IamInstanceProfile', lc.iamInstanceProfile);
  s += '<EbsOptimized>false</EbsOptimized>';
  const m = lc.metadataOptions;
  if (m)
    s += `<MetadataOptions>${el('HttpTokens', m.HttpTokens)}${el('HttpPutResponseHopLimit', m.HttpPutResponseHopLimit)}${el('HttpEndpoint', m.HttpEndpoint)}</MetadataOptions>`;
  return `${s}</member>`;
}

const describeLaunchConfigurations: Handler = (ctx) => {
  const names = memberList(ctx.params, 'LaunchConfigurationNames');
  const { start, limit, fp } = paging(ctx, 'lc', JSON.stringify(names), 100, 50);
  const all = ctx.core.world
    .region(ctx.account, ctx.region)
    .launchConfigurations.filter((l) => names.length === 0 || names.includes(l.name));
  let s = '<LaunchConfigurations>';
  for (const lc of all.slice(start, start + limit)) s += lcXml(ctx, lc);
  s += '</LaunchConfigurations>';
  if (start + limit < all.length)
    s += `<NextToken>${encodeToken({ k: 'lc', f: fp, o: start + limit })}</NextToken>`;
  return s;
};

export const AUTOSCALING_HANDLERS: Record<string, Handler> = {
  DescribeAutoScalingGroups: describeAutoScalingGroups,
  DescribeLaunchConfigurations: describeLaunchConfigurations,
};
