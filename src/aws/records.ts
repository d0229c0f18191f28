/**
 * DescribeInstances pages → the model's Instance records, two ways that must agree field for field:
 *
 *   - `toInstance`: from the SDK's deserialized output (small regions, re-reads, tests);
 *   - `recordsFromXml` (describe-instances-xml.ts): from the raw response body, in one pass that reads
 *     only the elements a record holds (no SDK object tree, schema walk or sensitive-data filter).
 *     This is what the parse workers run (scan-worker.ts, parse-pool.ts); test/aws/workers.test.ts
 *     proves it returns exactly what `toInstance` returns on the SDK's output of the same pages, and
 *     what the SDK's own XML parser gives on the same bodies.
 *
 * `Interner` keeps one copy of the strings that repeat across a fleet (account, region, state, type,
 * platform, AMI, VPC, profile, tag values but the Name, metadata values): records that cross a worker
 * boundary arrive as fresh copies of every string.
 */
import type { Instance as Ec2Instance } from '@aws-sdk/client-ec2';
import type { Instance } from '../model/types.js';
import { fromSdkMetadata } from './mapping.js';

export function toInstance(i: Ec2Instance, accountId: string, region: string): Instance {
  const tags: Record<string, string> = {};
  for (const t of i.Tags ?? []) if (t.Key !== undefined) tags[t.Key] = t.Value ?? '';
  const m = i.MetadataOptions ?? {};
  return {
    instanceId: i.InstanceId ?? '',
    accountId,
    region,
    state: i.State?.Name ?? 'unknown',
    name: tags.Name,
    tags,
    instanceType: i.InstanceType,
    platform: i.PlatformDetails ?? i.Platform,
    launchTime: i.LaunchTime?.toISOString(),
    imageId: i.ImageId,
    vpcId: i.VpcId,
    publicIp: Boolean(i.PublicIpAddress),
    instanceProfileArn: i.IamInstanceProfile?.Arn,
    metadata: fromSdkMetadata(m),
    launchTemplateId: tags['aws:ec2launchtemplate:id'],
    autoScalingGroup: tags['aws:autoscaling:groupName'],
  };
}

export { type PageRecords, recordsFromXml } from './describe-instances-xml.js';

/**
 * At most this many distinct strings are kept: enough for every value that repeats across a fleet
 * (types, AMIs, profiles, tag values such as environments and teams), while a tag whose every value
 * is different (an owner's ARN per instance, say) cannot grow the table without bound.
 */
export const INTERN_MAX = 50_000;

/** One copy of each repeated string (per scan): the pool's records arrive as fresh copies. */
export class Interner {
  private readonly strings = new Map<string, string>();
  /** Distinct strings kept. */
  get size(): number {
    return this.strings.size;
  }
  s<T extends string | undefined>(v: T): T {
    if (v === undefined) return v;
    const hit = this.strings.get(v);
    if (hit !== undefined) return hit as T;
    if (this.strings.size < INTERN_MAX) this.strings.set(v, v);
    return v;
  }
  /** Interns a record in place; name / launch template / group share their tag's string. */
  instance(i: Instance): Instance {
    i.accountId = this.s(i.accountId);
    i.region = this.s(i.region);
    i.state = this.s(i.state);
    i.instanceType = this.s(i.instanceType);
    i.platform = this.s(i.platform);
    i.imageId = this.s(i.imageId);
    i.vpcId = this.s(i.vpcId);
    i.instanceProfileArn = this.s(i.instanceProfileArn);
    const tags = i.tags;
    // Every tag value but the Name, which is nearly always the instance's own.
    for (const k of Object.keys(tags)) if (k !== 'Name') tags[k] = this.s(tags[k]);
    if (tags.Name !== undefined) i.name = tags.Name;
    i.launchTemplateId = tags['aws:ec2launchtemplate:id'];
    i.autoScalingGroup = tags['aws:autoscaling:groupName'];
    const m = i.metadata as Record<string, unknown>;
    for (const k of Object.keys(m)) if (typeof m[k] === 'string') m[k] = this.s(m[k] as string);
    return i;
  }
}
