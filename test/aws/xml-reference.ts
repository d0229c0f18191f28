/**
 * The reference reading of a DescribeInstances body for the tests: the SDK's own XML parser
 * (`parseXML` of @aws-sdk/xml-builder, the parser the EC2 client runs) and a walk of its tree — what
 * src/aws/scan/records.ts did before describe-instances-xml.ts. workers.test.ts holds the two equal.
 */
import { parseXML } from '@aws-sdk/xml-builder';
import type { PageRecords } from '../../src/aws/scan/records.js';
import type { Instance, MetadataOptions } from '../../src/model/types.js';

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
export function recordsFromSdkTree(xml: string, accountId: string, region: string): PageRecords {
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
