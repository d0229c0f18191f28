/**
 * DescribeInstances pages → the model's Instance records, two ways that must agree field for field:
 *
 *   - `toInstance`: from the SDK's deserialized output (small regions, re-reads, tests);
 *   - `recordsFromXml` (describe-instances-xml.ts): from the raw response body, in one pass that reads
 *     only the elements a record holds (no SDK object tree, schema walk or sensitive-data filter).
 *     The parse workers run the same reader into the packed form (`packedFromXml`, below; scan-worker.ts,
 *     parse-pool.ts); test/aws/workers.test.ts proves it returns exactly what `toInstance` returns on
 *     the SDK's output of the same pages, and what the SDK's own XML parser gives on the same bodies,
 *     and that `packedFromXml` equals `packPage` of those records.
 *
 * `Interner` keeps one copy of the strings that repeat across a fleet (account, region, state, type,
 * platform, AMI, VPC, profile, tag values but the Name, metadata values): records that cross a worker
 * boundary arrive as fresh copies of every string.
 */
import type { Instance as Ec2Instance } from '@aws-sdk/client-ec2';
import type { Instance, MetadataOptions } from '../../model/types.js';
import { fromSdkMetadata } from '../mapping.js';

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

import {
  type BodyText,
  type Draft,
  F,
  HOP_LIMIT,
  launchIso,
  type PageRecords,
  readDrafts,
  readWhole,
  WINDOWS,
  type Windows,
} from './describe-instances-xml.js';

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
  private readonly metadataCopies: MetadataLevel = new Map();
  private metadataCount = 0;
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
    i.metadata = this.metadata(i.metadata);
    return i;
  }

  /**
   * One frozen copy of each distinct metadata-options value (same keys, same order, same values). A
   * fleet holds a handful of them (HttpTokens × endpoint × hop limit × tags × IPv6), and a copy per
   * record was ~8 MB of a 100,000-instance audit's live heap and as many objects for every full
   * collection to mark. Frozen, so a change meant for one instance cannot reach the others: a write
   * throws. Past INTERN_MAX distinct values, and when `m` holds its keys in another order than the
   * model's (the readers write them in it) or keys of its own, a record keeps its own object.
   */
  metadata(m: MetadataOptions): MetadataOptions {
    const shared = this.sharedMetadata(
      m.httpTokens,
      m.httpPutResponseHopLimit,
      m.httpEndpoint,
      m.httpProtocolIpv6,
      m.instanceMetadataTags,
      m.state,
    );
    return shared && sameKeys(shared, m) ? shared : m;
  }

  /**
   * The shared copy of the metadata options with these values (METADATA_KEYS' order, undefined =
   * absent), found by the values themselves: one map per key, no key text built per record; its keys
   * are in that order, as both readers write them. Undefined for a value first seen past the bound.
   */
  sharedMetadata(
    httpTokens: string | undefined,
    hop: number | undefined,
    httpEndpoint: string | undefined,
    httpProtocolIpv6: string | undefined,
    instanceMetadataTags: string | undefined,
    state: string | undefined,
  ): MetadataOptions | undefined {
    // Past the bound no level is made either: a new value finds nothing and keeps its own object.
    const make = this.metadataCount < INTERN_MAX;
    // Map keys compare -0 and 0 as one; a hop limit of -0 is its own value (Object.is).
    let at = metadataLevel(this.metadataCopies, httpTokens, make);
    if (at) at = metadataLevel(at, Object.is(hop, -0) ? NEG_ZERO : hop, make);
    if (at) at = metadataLevel(at, httpEndpoint, make);
    if (at) at = metadataLevel(at, httpProtocolIpv6, make);
    if (at) at = metadataLevel(at, instanceMetadataTags, make);
    if (!at) return undefined;
    const hit = at.get(state) as MetadataOptions | undefined;
    if (hit !== undefined || !make) return hit;
    const out = metadataObject(
      [httpTokens, hop, httpEndpoint, httpProtocolIpv6, instanceMetadataTags, state],
      (v) => this.s(v),
    );
    const shared = Object.freeze(out) as MetadataOptions;
    at.set(state, shared);
    this.metadataCount++;
    return shared;
  }
}

/** Metadata options from their values in METADATA_KEYS' order (undefined = absent), strings through `str`. */
function metadataObject(
  values: ReadonlyArray<string | number | undefined>,
  str: (v: string) => string,
): MetadataOptions {
  const out: Record<string, unknown> = {};
  METADATA_KEYS.forEach((k, n) => {
    const v = values[n];
    if (v !== undefined) out[k] = typeof v === 'string' ? str(v) : v;
  });
  return out as MetadataOptions;
}

/** The same keys in the same order (what JSON.stringify writes them in). */
function sameKeys(a: object, b: object): boolean {
  const x = Object.keys(a);
  const y = Object.keys(b);
  return x.length === y.length && x.every((k, n) => k === y[n]);
}

/** One level of `Interner.sharedMetadata`'s maps: a value → the next level, or (the last) the shared copy. */
type MetadataLevel = Map<unknown, unknown>;
/** The level below `at` for the value `v`; made when it is the first and `make` allows. */
function metadataLevel(at: MetadataLevel, v: unknown, make: boolean): MetadataLevel | undefined {
  let next = at.get(v) as MetadataLevel | undefined;
  if (next === undefined && make) {
    next = new Map();
    at.set(v, next);
  }
  return next;
}

/** `Interner.sharedMetadata`'s key for a hop limit of -0. */
const NEG_ZERO = Symbol('-0');

/**
 * A page of records as a parse worker hands it back: every distinct string once, and the records as
 * integers indexing them. Structured-cloning 1,000 records (an object each, with its tags and metadata
 * objects) cost the worker and this thread more than parsing them did; a string table and two typed
 * arrays clone in a fraction of that, and this thread builds each record once, sharing every repeated
 * value (`unpackPage`).
 */
export interface PackedPage {
  nextToken?: string;
  strings: string[];
  /** Per record: the FIXED string fields (index, -1 when absent), publicIp, the tag count, then key/value pairs. */
  ints: Int32Array<ArrayBuffer>;
  /** Per record: the metadata hop limit, and 1 when the record has one (0 when not). */
  hops: Float64Array<ArrayBuffer>;
  count: number;
}

/** The string fields of a record, in the order `ints` holds them. */
const FIXED = [
  'instanceId',
  'accountId',
  'region',
  'state',
  'instanceType',
  'platform',
  'launchTime',
  'imageId',
  'vpcId',
  'instanceProfileArn',
] as const;
/** The metadata fields, in the model's key order (mapping.ts fromSdkMetadata); the hop limit is a number. */
const METADATA_KEYS = [
  'httpTokens',
  'httpPutResponseHopLimit',
  'httpEndpoint',
  'httpProtocolIpv6',
  'instanceMetadataTags',
  'state',
] as const;
const HOP = 'httpPutResponseHopLimit';

/**
 * Builds a packed page a record at a time: from records (`add`) or straight from the reader's drafts
 * (`addDraft`, what a worker does: no record object is built only to be taken apart again). Both write
 * exactly what the other would for the same instance.
 */
class Packer {
  readonly strings: string[] = [];
  private readonly at = new Map<string, number>();
  private readonly ints: number[] = [];
  private readonly hops: number[] = [];
  private count = 0;

  /** A value that repeats across records: stored once in the page's table. */
  private index(s: string | undefined): number {
    if (s === undefined) return -1;
    let n = this.at.get(s);
    if (n === undefined) {
      n = this.strings.length;
      this.strings.push(s);
      this.at.set(s, n);
    }
    return n;
  }

  /** A value nearly always the record's own (id, launch time, Name): stored without a table lookup. */
  private unique(s: string | undefined): number {
    if (s === undefined) return -1;
    this.strings.push(s);
    return this.strings.length - 1;
  }

  /** publicIp, the hop limit, then the tags (FIXED and the metadata strings written before). */
  private rest(publicIp: boolean, hop: unknown, tags: Record<string, string>): void {
    const ints = this.ints;
    ints.push(publicIp ? 1 : 0);
    this.hops.push(typeof hop === 'number' ? hop : 0, typeof hop === 'number' ? 1 : 0);
    const keys = Object.keys(tags);
    ints.push(keys.length);
    for (const k of keys) ints.push(this.index(k), k === 'Name' ? this.unique(tags[k]) : this.index(tags[k]));
    this.count++;
  }

  add(i: Instance): void {
    const ints = this.ints;
    for (const f of FIXED)
      ints.push(f === 'instanceId' || f === 'launchTime' ? this.unique(i[f]) : this.index(i[f]));
    const m = i.metadata as Record<string, unknown>;
    for (const k of METADATA_KEYS) if (k !== HOP) ints.push(this.index(m[k] as string | undefined));
    this.rest(i.publicIp, m[HOP], i.tags);
  }

  /** The record describe-instances-xml.ts `record` would build from `d`, packed as `add` packs it. */
  addDraft(d: Draft, accountId: string, region: string): void {
    const f = d.fields;
    this.ints.push(
      this.unique(f[F.instanceId] ?? ''),
      this.index(accountId),
      this.index(region),
      this.index(d.state ?? 'unknown'),
      this.index(f[F.instanceType]),
      this.index(f[F.platformDetails] ?? f[F.platform]),
      this.unique(launchIso(f[F.launchTime])),
      this.index(f[F.imageId]),
      this.index(f[F.vpcId]),
      this.index(d.profileArn),
    );
    // The metadata values in METADATA_KEYS' order (the reader's), the hop limit apart.
    const m = d.metadata;
    for (let n = 0; n < METADATA_KEYS.length; n++) if (n !== HOP_LIMIT) this.ints.push(this.index(m[n]));
    const hop = m[HOP_LIMIT];
    this.rest(Boolean(f[F.ipAddress]), hop === undefined || hop === '' ? undefined : Number(hop), d.tags);
  }

  finish(nextToken: string | undefined): PackedPage {
    const packed: PackedPage = {
      strings: this.strings,
      ints: Int32Array.from(this.ints),
      hops: Float64Array.from(this.hops),
      count: this.count,
    };
    if (nextToken !== undefined) packed.nextToken = nextToken;
    return packed;
  }
}

export function packPage(page: PageRecords): PackedPage {
  const packer = new Packer();
  for (const i of page.instances) packer.add(i);
  return packer.finish(page.nextToken);
}

/**
 * A raw DescribeInstances body (whole, or in the pieces it was decoded in) → its packed page, equal to
 * `packPage(recordsFromXml(…))` without the records in between (what a parse worker posts). Values are
 * not copied out of the page: the packed page is cloned when posted.
 */
export function packedFromXml(
  xml: BodyText,
  accountId: string,
  region: string,
  windows: Windows = WINDOWS,
): PackedPage {
  return readWhole(xml, (text) => {
    const packer = new Packer();
    const nextToken = readDrafts(
      text,
      accountId,
      false,
      (d, owner) => packer.addDraft(d, owner, region),
      windows,
    );
    // recordsFromXml keeps a next token only when it is not empty.
    return packer.finish(nextToken || undefined);
  });
}

/**
 * The records of a packed page, exactly as the worker had them (same keys, same order, same values),
 * their repeated strings taken from `interner` as `Interner.instance` would (the Name, the id and the
 * launch time stay the page's own).
 */
export function unpackPage(p: PackedPage, interner: Interner): PageRecords {
  const own = p.strings;
  const shared: (string | undefined)[] = new Array(own.length);
  const s = (n: number): string | undefined => {
    if (n < 0) return undefined;
    let v = shared[n];
    if (v === undefined) {
      v = interner.s(own[n]);
      shared[n] = v;
    }
    return v;
  };
  const raw = (n: number): string | undefined => (n < 0 ? undefined : own[n]);
  const ints = p.ints;
  const instances: Instance[] = [];
  let k = 0;
  for (let r = 0; r < p.count; r++) {
    const instanceId = raw(ints[k]) ?? '';
    const accountId = s(ints[k + 1]) as string;
    const region = s(ints[k + 2]) as string;
    const state = s(ints[k + 3]) as string;
    const instanceType = s(ints[k + 4]);
    const platform = s(ints[k + 5]);
    const launchTime = raw(ints[k + 6]);
    const imageId = s(ints[k + 7]);
    const vpcId = s(ints[k + 8]);
    const instanceProfileArn = s(ints[k + 9]);
    k += FIXED.length;
    // The metadata values in METADATA_KEYS' order, the hop limit apart (Packer.add writes them so).
    const tokens = s(ints[k]);
    const hop = p.hops[2 * r + 1] === 1 ? p.hops[2 * r] : undefined;
    const endpoint = s(ints[k + 1]);
    const ipv6 = s(ints[k + 2]);
    const metadataTags = s(ints[k + 3]);
    const metadataState = s(ints[k + 4]);
    k += METADATA_KEYS.length - 1;
    const metadata =
      interner.sharedMetadata(tokens, hop, endpoint, ipv6, metadataTags, metadataState) ??
      metadataObject([tokens, hop, endpoint, ipv6, metadataTags, metadataState], (v) => v);
    const publicIp = ints[k++] === 1;
    const tagCount = ints[k++];
    const tags: Record<string, string> = {};
    for (let t = 0; t < tagCount; t++, k += 2) {
      const key = raw(ints[k]) as string;
      tags[key] = (key === 'Name' ? raw(ints[k + 1]) : s(ints[k + 1])) as string;
    }
    instances.push({
      instanceId,
      accountId,
      region,
      state,
      name: tags.Name,
      tags,
      instanceType,
      platform,
      launchTime,
      imageId,
      vpcId,
      publicIp,
      instanceProfileArn,
      metadata,
      launchTemplateId: tags['aws:ec2launchtemplate:id'],
      autoScalingGroup: tags['aws:autoscaling:groupName'],
    });
  }
  return p.nextToken === undefined ? { instances } : { instances, nextToken: p.nextToken };
}
