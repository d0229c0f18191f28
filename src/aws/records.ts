/**
 * DescribeInstances pages → the model's Instance records, two ways that must agree field for field:
 *
 *   - `toInstance`: from the SDK's deserialized output (small regions, re-reads, tests);
 *   - `recordsFromXml`: from the raw response body, with the SDK's own XML parser (`parseXML` of
 *     @aws-sdk/xml-builder, the parser the EC2 client itself runs) but without the SDK's schema walk,
 *     its sensitive-data log filter and its full `Instance` objects (~60 members, most never read).
 *     This is what the parse workers run (scan-worker.ts, parse-pool.ts); test/aws/workers.test.ts
 *     proves it returns exactly what `toInstance` returns on the SDK's output of the same pages.
 *
 * `intern` keeps one copy of the strings that repeat across a fleet (account, region, state, type,
 * platform, AMI, VPC, profile, launch template, group, metadata values): records that cross a worker
 * boundary arrive as fresh copies of every string.
 */
import type { Instance as Ec2Instance } from '@aws-sdk/client-ec2';
import { parseXML } from '@aws-sdk/xml-builder';
import type { Instance, MetadataOptions } from '../model/types.js';
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

/** One page: its instances (every reservation's) and the token of the next page. */
export interface PageRecords {
  instances: Instance[];
  nextToken?: string;
}

// biome-ignore lint/suspicious/noExplicitAny: parseXML's tree is untyped.
type Node = any;

/** A list element of EC2's XML (`<x><item/>…</x>`): parseXML gives one item as an object, several as an array. */
function items(set: Node): Node[] {
  const item = set?.item;
  if (item === undefined || item === null) return [];
  return Array.isArray(item) ? item : [item];
}

/** A text value as the SDK's deserializer reads it (a `#text` node when the element has attributes). */
function text(v: Node): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'object') return '#text' in v ? String(v['#text']) : undefined;
  return String(v);
}

/** InstanceMetadataOptionsResponse as the SDK's schema has it (no HttpTokensEnforced in this shape). */
function metadataFromXml(m: Node): MetadataOptions {
  const out: Record<string, unknown> = {};
  if (!m || typeof m !== 'object') return out as MetadataOptions;
  const set = (field: string, v: unknown) => {
    if (v !== undefined) out[field] = v;
  };
  set('httpTokens', text(m.httpTokens));
  const hop = text(m.httpPutResponseHopLimit);
  set('httpPutResponseHopLimit', hop === undefined || hop === '' ? undefined : Number(hop));
  set('httpEndpoint', text(m.httpEndpoint));
  set('httpProtocolIpv6', text(m.httpProtocolIpv6));
  set('instanceMetadataTags', text(m.instanceMetadataTags));
  set('state', text(m.state));
  // The model's key order (fromSdkMetadata): tokens, hop limit, endpoint, ipv6, tags, state.
  return out as MetadataOptions;
}

/** The raw body of a DescribeInstances response → records (the same as toInstance over the SDK's output). */
export function recordsFromXml(xml: string, accountId: string, region: string): PageRecords {
  const doc = parseXML(xml);
  const root: Node = doc?.DescribeInstancesResponse;
  if (!root || typeof root !== 'object') throw new Error('DescribeInstances: unexpected response body');
  const instances: Instance[] = [];
  for (const r of items(root.reservationSet)) {
    const owner = text(r.ownerId) ?? accountId;
    for (const i of items(r.instancesSet)) {
      const tags: Record<string, string> = {};
      for (const t of items(i.tagSet)) {
        const key = text(t.key);
        if (key !== undefined) tags[key] = text(t.value) ?? '';
      }
      const launch = text(i.launchTime);
      instances.push({
        instanceId: text(i.instanceId) ?? '',
        accountId: owner,
        region,
        state: text(i.instanceState?.name) ?? 'unknown',
        name: tags.Name,
        tags,
        instanceType: text(i.instanceType),
        platform: text(i.platformDetails) ?? text(i.platform),
        launchTime: launch === undefined ? undefined : new Date(launch).toISOString(),
        imageId: text(i.imageId),
        vpcId: text(i.vpcId),
        publicIp: Boolean(text(i.ipAddress)),
        instanceProfileArn: text(i.iamInstanceProfile?.arn),
        metadata: metadataFromXml(i.metadataOptions),
        launchTemplateId: tags['aws:ec2launchtemplate:id'],
        autoScalingGroup: tags['aws:autoscaling:groupName'],
      });
    }
  }
  const nextToken = text(root.nextToken);
  return nextToken ? { instances, nextToken } : { instances };
}

/** One copy of each repeated string (per scan): the pool's records arrive as fresh copies. */
export class Interner {
  private readonly strings = new Map<string, string>();
  s<T extends string | undefined>(v: T): T {
    if (v === undefined) return v;
    const hit = this.strings.get(v);
    if (hit !== undefined) return hit as T;
    this.strings.set(v, v);
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
    for (const k of Object.keys(tags)) if (k.startsWith('aws:')) tags[k] = this.s(tags[k]);
    if (tags.Name !== undefined) i.name = tags.Name;
    i.launchTemplateId = tags['aws:ec2launchtemplate:id'];
    i.autoScalingGroup = tags['aws:autoscaling:groupName'];
    const m = i.metadata as Record<string, unknown>;
    for (const k of Object.keys(m)) if (typeof m[k] === 'string') m[k] = this.s(m[k] as string);
    return i;
  }
}
