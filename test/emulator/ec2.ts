// EC2 (ec2Query protocol) operations.

import { type Core, type Ctx, type RenderCache, recordChange, XmlBytes } from './context.js';
import { ApiError, invalidParam } from './errors.js';
import {
  bool,
  decodeToken,
  ec2Filters,
  ec2List,
  encodeToken,
  type Filter,
  fingerprint,
  globMatch,
  int,
  unflatten,
} from './query.js';
import {
  type ImageFixture,
  type Instance,
  type LaunchTemplateData,
  type LaunchTemplateFixture,
  type LaunchTemplateMetadataOptions,
  type LaunchTemplateVersionFixture,
  type MetadataDefaults,
  type MetadataOptions,
  type RegionState,
  recordTokensChange,
  STATE_CODES,
  settle,
  type Tag,
} from './world.js';
import { el, esc, isoTime, raw } from './xml.js';

export const EC2_NS = 'http://ec2.amazonaws.com/doc/2016-11-15/';

/** A handler's XML inside the response element: text, or DescribeInstances' cached bytes (XmlBytes). */
type Handler = (ctx: Ctx) => string | XmlBytes;

function dryRun(ctx: Ctx): void {
  if (ctx.params.DryRun === 'true')
    throw new ApiError('DryRunOperation', 'Request would have succeeded, but DryRun flag is set.', 412);
}

function regionState(ctx: Ctx): RegionState {
  return ctx.core.world.region(ctx.account, ctx.region);
}

function tagSet(tags: Tag[] | undefined): string {
  if (!tags || tags.length === 0) return '';
  let s = '<tagSet>';
  for (const t of tags) s += `<item><key>${esc(t.Key)}</key><value>${esc(t.Value)}</value></item>`;
  return `${s}</tagSet>`;
}

function enumParam<T extends string>(
  name: string,
  v: string | undefined,
  allowed: readonly T[],
): T | undefined {
  if (v === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(v))
    throw invalidParam(`Value (${v}) for parameter ${name} is invalid. Valid values: ${allowed.join(', ')}`);
  return v as T;
}

function hopLimitParam(v: string | undefined, allowNoPreference = false): number | undefined {
  const n = int(v);
  if (n === undefined) return undefined;
  if (allowNoPreference && n === -1) return -1;
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw invalidParam(
      `Value (${v}) for parameter HttpPutResponseHopLimit is invalid. Valid values are 1 - 64${allowNoPreference ? ' or -1' : ''}.`,
    );
  return n;
}

const ID_RE = /^i-[0-9a-f]{8}([0-9a-f]{9})?$/;

// ---------------------------------------------------------------- DescribeRegions

const describeRegions: Handler = (ctx) => {
  const p = ctx.params;
  const world = ctx.core.world;
  const enabled = new Set(world.enabledRegions(ctx.account));
  const all = world.allRegions(ctx.account);
  const names = ec2List(p, 'RegionName');
  const allRegions = bool(p.AllRegions) ?? false;
  for (const n of names) if (!all.some((r) => r.name === n)) throw invalidParam(`Invalid region name: ${n}`);
  const filters = ec2Filters(p);
  dryRun(ctx);
  let items = '';
  for (const r of all) {
    const isEnabled = enabled.has(r.name);
    if (!allRegions && !isEnabled) continue;
    if (names.length && !names.includes(r.name)) continue;
    const status = isEnabled ? (r.optIn ? 'opted-in' : 'opt-in-not-required') : 'not-opted-in';
    const endpoint = `ec2.${r.name}.amazonaws.com`;
    let ok = true;
    for (const f of filters) {
      const v =
        f.name === 'region-name'
          ? r.name
          : f.name === 'opt-in-status'
            ? status
            : f.name === 'endpoint'
              ? endpoint
              : undefined;
      if (v === undefined) throw invalidParam(`The filter '${f.name}' is invalid`);
      if (!f.values.some((pat) => globMatch(pat, v))) ok = false;
    }
    if (!ok) continue;
    items += `<item><regionName>${r.name}</regionName><regionEndpoint>${endpoint}</regionEndpoint><optInStatus>${status}</optInStatus></item>`;
  }
  return `<regionInfo>${items}</regionInfo>`;
};

// ---------------------------------------------------------------- DescribeInstances

type Getter = (i: Instance) => string | string[] | undefined;

const INSTANCE_FILTERS: Record<string, Getter> = {
  'instance-state-name': (i) => i.state,
  'instance-state-code': (i) => String(STATE_CODES[i.state] ?? ''),
  'instance-id': (i) => i.instanceId,
  'instance-type': (i) => i.instanceType,
  'image-id': (i) => i.imageId,
  'vpc-id': (i) => i.vpcId,
  'subnet-id': (i) => i.subnetId,
  'reservation-id': (i) => i.reservationId,
  'availability-zone': (i) => i.availabilityZone,
  platform: (i) => i.platform,
  'platform-details': (i) => i.platformDetails ?? (i.platform === 'windows' ? 'Windows' : 'Linux/UNIX'),
  'iam-instance-profile.arn': (i) => i.iamInstanceProfile?.arn,
  'iam-instance-profile.id': (i) => i.iamInstanceProfile?.id,
  'ip-address': (i) => i.publicIpAddress,
  'private-ip-address': (i) => i.privateIpAddress,
  'metadata-options.http-tokens': (i) => i.metadataOptions.HttpTokens,
  'metadata-options.http-endpoint': (i) => i.metadataOptions.HttpEndpoint,
  'metadata-options.http-put-response-hop-limit': (i) => String(i.metadataOptions.HttpPutResponseHopLimit),
  'metadata-options.http-protocol-ipv6': (i) => i.metadataOptions.HttpProtocolIpv6,
  'metadata-options.instance-metadata-tags': (i) => i.metadataOptions.InstanceMetadataTags,
  'metadata-options.state': (i) => i.metadataOptions.State,
  'tag-key': (i) => i.tags.map((t) => t.Key),
  'tag-value': (i) => i.tags.map((t) => t.Value),
};

/** EC2 allows at most this many filter values in one call, all filters together. */
export const MAX_FILTER_VALUES = 200;

/**
 * An EC2 filter value as a pattern: `*` = any run of characters, `?` = exactly one character, and a
 * backslash escapes the next character (`\*` is a literal asterisk).
 */
export function filterGlob(value: string): RegExp {
  let src = '';
  for (let k = 0; k < value.length; k++) {
    const c = value[k];
    if (c === '\\' && k + 1 < value.length) src += value[++k].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    else if (c === '*') src += '.*';
    else if (c === '?') src += '.';
    else src += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${src}$`, 's');
}

/**
 * One filter's values as a test: a value without `*`, `?` or `\\` is compared whole (a Set), one whose
 * only special character is a trailing `*` is a prefix (`startsWith`, what filterGlob's pattern
 * accepts, without a regular expression per instance and call), any other is filterGlob's pattern.
 */
export function filterMatcher(values: string[]): (v: string) => boolean {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  const patterns: RegExp[] = [];
  for (const v of values) {
    const glob = /[*?\\]/.exec(v);
    if (!glob) exact.add(v);
    else if (glob.index === v.length - 1 && v.endsWith('*')) prefixes.push(v.slice(0, -1));
    else patterns.push(filterGlob(v));
  }
  return (v) => {
    if (exact.has(v)) return true;
    for (const p of prefixes) if (v.startsWith(p)) return true;
    for (const re of patterns) if (re.test(v)) return true;
    return false;
  };
}

function compileFilters(filters: Filter[], ctx: Ctx): ((i: Instance) => boolean) | undefined {
  if (filters.length === 0) return undefined;
  const total = filters.reduce((n, f) => n + f.values.length, 0);
  if (total > MAX_FILTER_VALUES)
    throw new ApiError(
      'FilterLimitExceeded',
      `The request uses too many filter values (${total}); the maximum is ${MAX_FILTER_VALUES}.`,
    );
  const preds: ((i: Instance) => boolean)[] = [];
  for (const f of filters) {
    let get: Getter | undefined;
    if (f.name.startsWith('tag:')) {
      const key = f.name.slice(4);
      get = (i) => i.tags.filter((t) => t.Key === key).map((t) => t.Value);
    } else if (f.name === 'owner-id') {
      get = () => ctx.account;
    } else get = INSTANCE_FILTERS[f.name];
    if (!get) throw invalidParam(`The filter '${f.name}' is invalid`);
    if (f.values.length === 0) throw invalidParam(`The filter '${f.name}' requires at least one value`);
    const g = get;
    const match = filterMatcher(f.values);
    preds.push((i) => {
      const v = g(i);
      if (v === undefined) return false;
      return Array.isArray(v) ? v.some(match) : match(v);
    });
  }
  return (i) => {
    for (const p of preds) if (!p(i)) return false;
    return true;
  };
}

function privateDns(region: string, ip: string | undefined): string {
  if (!ip) return '';
  const host = `ip-${ip.replace(/\./g, '-')}`;
  return region === 'us-east-1' ? `${host}.ec2.internal` : `${host}.${region}.compute.internal`;
}

function metadataOptionsXml(m: MetadataOptions, tag = 'metadataOptions'): string {
  return (
    `<${tag}><state>${m.State}</state><httpTokens>${m.HttpTokens}</httpTokens>` +
    `<httpPutResponseHopLimit>${m.HttpPutResponseHopLimit}</httpPutResponseHopLimit>` +
    `<httpEndpoint>${m.HttpEndpoint}</httpEndpoint><httpProtocolIpv6>${m.HttpProtocolIpv6}</httpProtocolIpv6>` +
    `<instanceMetadataTags>${m.InstanceMetadataTags}</instanceMetadataTags></${tag}>`
  );
}

export function instanceXml(i: Instance, region: string): string {
  const windows = i.platform === 'windows';
  const stopped = i.state === 'stopped' || i.state === 'stopping';
  const gone = i.state === 'terminated' || i.state === 'shutting-down';
  const az = i.availabilityZone ?? `${region}a`;
  let s =
    `<item><instanceId>${esc(i.instanceId)}</instanceId>` +
    el('imageId', i.imageId) +
    `<instanceState><code>${STATE_CODES[i.state] ?? 16}</code><name>${i.state}</name></instanceState>` +
    `<privateDnsName>${gone ? '' : privateDns(region, i.privateIpAddress)}</privateDnsName>` +
    `<dnsName>${i.publicIpAddress && !gone && !stopped ? `ec2-${i.publicIpAddress.replace(/\./g, '-')}.compute-1.amazonaws.com` : ''}</dnsName>` +
    `<reason>${stopped || gone ? 'User initiated' : ''}</reason>` +
    '<amiLaunchIndex>0</amiLaunchIndex><productCodes/>' +
    el('instanceType', i.instanceType ?? 't3.micro') +
    el('launchTime', isoTime(i.launchTime ?? '2024-01-01T00:00:00.000Z')) +
    `<placement><availabilityZone>${esc(az)}</availabilityZone><groupName/><tenancy>default</tenancy></placement>` +
    (windows ? '<platform>windows</platform>' : '') +
    `<monitoring><state>${i.monitoring === 'enabled' ? 'enabled' : 'disabled'}</state></monitoring>`;
  if (!gone) {
    s += el('subnetId', i.subnetId) + el('vpcId', i.vpcId) + el('privateIpAddress', i.privateIpAddress);
    if (!stopped) s += el('ipAddress', i.publicIpAddress);
  }
  s += '<sourceDestCheck>true</sourceDestCheck><groupSet/>';
  if (stopped || gone)
    s +=
      '<stateReason><code>Client.UserInitiatedShutdown</code><message>Client.UserInitiatedShutdown: User initiated shutdown</message></stateReason>';
  s +=
    '<architecture>x86_64</architecture><rootDeviceType>ebs</rootDeviceType><rootDeviceName>/dev/xvda</rootDeviceName><blockDeviceMapping/>';
  if (i.iamInstanceProfile && !gone)
    s += `<iamInstanceProfile><arn>${esc(i.iamInstanceProfile.arn)}</arn><id>${esc(i.iamInstanceProfile.id)}</id></iamInstanceProfile>`;
  s += '<virtualizationType>hvm</virtualizationType>';
  s += tagSet(i.tags);
  s +=
    '<hypervisor>xen</hypervisor><networkInterfaceSet/><ebsOptimized>false</ebsOptimized><enaSupport>true</enaSupport>';
  s += metadataOptionsXml(i.metadataOptions);
  s += `<platformDetails>${esc(i.platformDetails ?? (windows ? 'Windows' : 'Linux/UNIX'))}</platformDetails>`;
  s += `<usageOperation>${windows ? 'RunInstances:0002' : 'RunInstances'}</usageOperation>`;
  s +=
    '<bootMode>uefi-preferred</bootMode><currentInstanceBootMode>legacy-bios</currentInstanceBootMode></item>';
  return s;
}

/** instanceXml through the render cache, encoded, when the emulator has one (EmulatorOptions.renderCache). */
function renderedInstance(cache: RenderCache, i: Instance, region: string): Buffer {
  const state = i.metadataOptions.State;
  return cache.get(i, state) ?? cache.set(i, state, instanceXml(i, region));
}

/** Renders every instance of the world into the render cache (EmulatorOptions.renderCache). */
export function warmRenderCache(core: Core): void {
  const cache = core.renderCache;
  if (!cache) return;
  for (const account of core.world.accounts)
    for (const region of Object.keys(account.regions ?? {}))
      for (const i of core.world.region(account.id, region).instances)
        cache.set(i, i.metadataOptions.State, instanceXml(i, region));
}

/** The reservations of `list`: text, or with the render cache on, cached bytes between text. */
function reservationsXml(ctx: Ctx, list: Instance[]): string | XmlBytes {
  const cache = ctx.core.renderCache;
  const bytes = cache ? new XmlBytes() : undefined;
  let out = '<reservationSet>';
  let cur: string | undefined;
  for (const i of list) {
    if (i.reservationId !== cur) {
      if (cur !== undefined) out += '</instancesSet></item>';
      cur = i.reservationId;
      out += `<item><reservationId>${esc(i.reservationId)}</reservationId><ownerId>${ctx.account}</ownerId>`;
      if (i.autoScalingGroupName) out += '<requesterId>940372691376</requesterId>';
      out += '<groupSet/><instancesSet>';
    }
    if (cache && bytes) {
      bytes.add(out).addBytes(renderedInstance(cache, i, ctx.region));
      out = '';
    } else out += instanceXml(i, ctx.region);
  }
  if (cur !== undefined) out += '</instancesSet></item>';
  out += '</reservationSet>';
  return bytes ? bytes.add(out) : out;
}

const describeInstances: Handler = (ctx) => {
  const p = ctx.params;
  const world = ctx.core.world;
  const ids = ec2List(p, 'InstanceId');
  const maxResults = int(p.MaxResults);
  if (ids.length > 0 && maxResults !== undefined)
    throw new ApiError(
      'InvalidParameterCombination',
      'The parameter instancesSet cannot be used with the parameter maxResults',
    );
  if (maxResults !== undefined) {
    if (!Number.isInteger(maxResults) || maxResults < 5)
      throw invalidParam(
        `Value ( ${p.MaxResults} ) for parameter maxResults is invalid. Expecting a value greater than 5.`,
      );
    if (maxResults > 1000)
      throw invalidParam(
        `Value ( ${p.MaxResults} ) for parameter maxResults is invalid. Expecting a value less than 1000.`,
      );
  }
  const filterList = ec2Filters(p);
  const pred = compileFilters(filterList, ctx);
  const fp = fingerprint(`${ctx.account}|${ctx.region}|${JSON.stringify(filterList)}`);
  let start = 0;
  if (p.NextToken !== undefined) {
    const t = decodeToken(p.NextToken);
    if (t?.k !== 'di' || t.f !== fp || typeof t.o !== 'number')
      throw new ApiError('InvalidPaginationToken', `Invalid pagination token: ${p.NextToken}`);
    start = t.o;
  }
  for (const id of ids)
    if (!ID_RE.test(id)) throw new ApiError('InvalidInstanceID.Malformed', `Invalid id: "${id}"`);
  dryRun(ctx);
  const now = ctx.now;
  if (ids.length > 0) {
    const found: Instance[] = [];
    const missing: string[] = [];
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) continue;
      seen.add(id);
      const inst = world.instance(ctx.account, ctx.region, id);
      if (inst) found.push(inst);
      else missing.push(id);
    }
    if (missing.length === 1)
      throw new ApiError('InvalidInstanceID.NotFound', `The instance ID '${missing[0]}' does not exist`);
    if (missing.length > 1)
      throw new ApiError(
        'InvalidInstanceID.NotFound',
        `The instance IDs '${missing.join(', ')}' do not exist`,
      );
    const out: Instance[] = [];
    // Keep reservation members together, in region order.
    const list = regionState(ctx).instances;
    const want = new Set(found);
    for (const i of list) {
      if (!want.has(i)) continue;
      settle(i, now);
      if (!pred || pred(i)) out.push(i);
    }
    ctx.items = out.length;
    return reservationsXml(ctx, out);
  }
  const list = regionState(ctx).instances;
  const limit = maxResults ?? ctx.core.ec2DefaultMaxResults;
  const out: Instance[] = [];
  let next = -1;
  for (let idx = start; idx < list.length; idx++) {
    const i = list[idx];
    settle(i, now);
    if (pred && !pred(i)) continue;
    if (out.length >= limit) {
      next = idx;
      break;
    }
    out.push(i);
  }
  ctx.items = out.length;
  const xml = reservationsXml(ctx, out);
  if (next < 0) return xml;
  const token = `<nextToken>${encodeToken({ k: 'di', f: fp, o: next })}</nextToken>`;
  return typeof xml === 'string' ? xml + token : xml.add(token);
};

// ---------------------------------------------------------------- ModifyInstanceMetadataOptions

const TOKENS = ['optional', 'required'] as const;
const ENABLED = ['enabled', 'disabled'] as const;

const modifyInstanceMetadataOptions: Handler = (ctx) => {
  const p = ctx.params;
  const id = p.InstanceId;
  if (!id) throw new ApiError('MissingParameter', 'The request must contain the parameter InstanceId');
  const httpTokens = enumParam('HttpTokens', p.HttpTokens, TOKENS);
  const hop = hopLimitParam(p.HttpPutResponseHopLimit);
  const endpoint = enumParam('HttpEndpoint', p.HttpEndpoint, ENABLED);
  const ipv6 = enumParam('HttpProtocolIpv6', p.HttpProtocolIpv6, ENABLED);
  const tags = enumParam('InstanceMetadataTags', p.InstanceMetadataTags, ENABLED);
  if (!ID_RE.test(id)) throw new ApiError('InvalidInstanceID.Malformed', `Invalid id: "${id}"`);
  const inst = ctx.core.world.instance(ctx.account, ctx.region, id);
  if (!inst) throw new ApiError('InvalidInstanceID.NotFound', `The instance ID '${id}' does not exist`);
  if (inst.state === 'terminated' || inst.state === 'shutting-down')
    throw new ApiError(
      'IncorrectInstanceState',
      `The instance '${id}' is not in a state from which it can be modified.`,
    );
  dryRun(ctx);
  const fault = ctx.core.faults.takeInstanceFailure(id);
  if (fault)
    throw new ApiError(fault.code, fault.message ?? `Injected failure for ${id}`, fault.status ?? 400);
  settle(inst, ctx.now);
  const m = inst.metadataOptions;
  const before = { ...m };
  if (httpTokens) {
    recordTokensChange(inst, m.HttpTokens, httpTokens, ctx.now);
    m.HttpTokens = httpTokens;
  }
  if (hop !== undefined) m.HttpPutResponseHopLimit = hop;
  if (endpoint) m.HttpEndpoint = endpoint;
  if (ipv6) m.HttpProtocolIpv6 = ipv6;
  if (tags) m.InstanceMetadataTags = tags;
  m.State = 'pending';
  inst.pendingUntil = ctx.now + ctx.core.applyDelayMs;
  recordChange(ctx, { resourceType: 'instance', resourceId: id, before, after: { ...m } });
  return `<instanceId>${esc(id)}</instanceId>${metadataOptionsXml(m, 'instanceMetadataOptions')}`;
};

// ---------------------------------------------------------------- Instance metadata defaults

function defaultsXml(d: MetadataDefaults): string {
  return (
    '<accountLevel>' +
    el('httpTokens', d.HttpTokens) +
    el('httpPutResponseHopLimit', d.HttpPutResponseHopLimit) +
    el('httpEndpoint', d.HttpEndpoint) +
    el('instanceMetadataTags', d.InstanceMetadataTags) +
    el('httpTokensEnforced', d.HttpTokensEnforced) +
    el('managedBy', d.ManagedBy ?? 'account') +
    el('managedExceptionMessage', d.ManagedExceptionMessage) +
    '</accountLevel>'
  );
}

const getInstanceMetadataDefaults: Handler = (ctx) => {
  dryRun(ctx);
  return defaultsXml(regionState(ctx).metadataDefaults);
};

const modifyInstanceMetadataDefaults: Handler = (ctx) => {
  const p = ctx.params;
  const tokens = enumParam('HttpTokens', p.HttpTokens, ['optional', 'required', 'no-preference'] as const);
  const hop = hopLimitParam(p.HttpPutResponseHopLimit, true);
  const endpoint = enumParam('HttpEndpoint', p.HttpEndpoint, [
    'enabled',
    'disabled',
    'no-preference',
  ] as const);
  const tags = enumParam('InstanceMetadataTags', p.InstanceMetadataTags, [
    'enabled',
    'disabled',
    'no-preference',
  ] as const);
  const enforced = enumParam('HttpTokensEnforced', p.HttpTokensEnforced, [
    'enabled',
    'disabled',
    'no-preference',
  ] as const);
  if (
    tokens === undefined &&
    hop === undefined &&
    endpoint === undefined &&
    tags === undefined &&
    enforced === undefined
  )
    throw new ApiError(
      'MissingParameter',
      'At least one of HttpTokens, HttpPutResponseHopLimit, HttpEndpoint, InstanceMetadataTags or HttpTokensEnforced must be specified.',
    );
  const d = regionState(ctx).metadataDefaults;
  if (d.ManagedBy === 'declarative-policy')
    throw new ApiError(
      'OperationNotPermitted',
      d.ManagedExceptionMessage ??
        'The instance metadata defaults for this account and Region are managed by a declarative policy and cannot be modified from the account.',
    );
  dryRun(ctx);
  const before = { ...d };
  const set = <K extends keyof MetadataDefaults>(
    k: K,
    v: MetadataDefaults[K] | 'no-preference' | -1 | undefined,
  ) => {
    if (v === undefined) return;
    if (v === 'no-preference' || v === -1) delete d[k];
    else d[k] = v as MetadataDefaults[K];
  };
  set('HttpTokens', tokens);
  set('HttpPutResponseHopLimit', hop);
  set('HttpEndpoint', endpoint);
  set('InstanceMetadataTags', tags);
  set('HttpTokensEnforced', enforced);
  recordChange(ctx, {
    resourceType: 'instance-metadata-defaults',
    resourceId: `${ctx.account}/${ctx.region}`,
    before,
    after: { ...d },
  });
  return '<return>true</return>';
};

// ---------------------------------------------------------------- Launch templates

const LT_ID_RE = /^lt-[0-9a-f]{17}$/;

function findTemplate(ctx: Ctx, id: string | undefined, name: string | undefined): LaunchTemplateFixture {
  const lts = regionState(ctx).launchTemplates;
  if (!id && !name)
    throw new ApiError(
      'MissingParameter',
      'The request must contain the parameter launchTemplateName or launchTemplateId',
    );
  if (id && name)
    throw new ApiError(
      'InvalidParameterCombination',
      'You can specify either the launch template ID or the launch template name, but not both.',
    );
  if (id) {
    if (!LT_ID_RE.test(id))
      throw new ApiError(
        'InvalidLaunchTemplateId.Malformed',
        `The specified launch template ID ${id} is malformed.`,
      );
    const lt = lts.find((t) => t.launchTemplateId === id);
    if (!lt)
      throw new ApiError(
        'InvalidLaunchTemplateId.NotFound',
        `The specified launch template, with template ID ${id}, does not exist.`,
      );
    return lt;
  }
  const lt = lts.find((t) => t.launchTemplateName === name);
  if (!lt)
    throw new ApiError(
      'InvalidLaunchTemplateName.NotFoundException',
      `The specified launch template, with template name ${name}, does not exist.`,
    );
  return lt;
}

function latestVersion(lt: LaunchTemplateFixture): number {
  let m = 0;
  for (const v of lt.versions) if (v.versionNumber > m) m = v.versionNumber;
  return m;
}

function resolveVersion(lt: LaunchTemplateFixture, spec: string): LaunchTemplateVersionFixture {
  const n =
    spec === '$Latest'
      ? latestVersion(lt)
      : spec === '$Default'
        ? lt.defaultVersion
        : /^\d+$/.test(spec)
          ? Number(spec)
          : Number.NaN;
  const v = lt.versions.find((x) => x.versionNumber === n);
  if (!v)
    throw new ApiError(
      'InvalidLaunchTemplateId.VersionNotFound',
      `Could not find launch template version ${spec} for launch template ID ${lt.launchTemplateId}`,
    );
  return v;
}

function ltXml(lt: LaunchTemplateFixture, ctx: Ctx): string {
  return (
    el('createTime', isoTime(lt.createTime ?? '2024-01-01T00:00:00.000Z')) +
    el('createdBy', lt.createdBy ?? `arn:aws:iam::${ctx.account}:root`) +
    el('defaultVersionNumber', lt.defaultVersion) +
    el('latestVersionNumber', latestVersion(lt)) +
    el('launchTemplateId', lt.launchTemplateId) +
    el('launchTemplateName', lt.launchTemplateName) +
    tagSet(lt.tags)
  );
}

function ltMetadataXml(m: LaunchTemplateMetadataOptions | undefined): string {
  if (!m) return '';
  return (
    '<metadataOptions><state>applied</state>' +
    el('httpTokens', m.HttpTokens) +
    el('httpPutResponseHopLimit', m.HttpPutResponseHopLimit) +
    el('httpEndpoint', m.HttpEndpoint) +
    el('httpProtocolIpv6', m.HttpProtocolIpv6) +
    el('instanceMetadataTags', m.InstanceMetadataTags) +
    '</metadataOptions>'
  );
}

function ltDataXml(d: LaunchTemplateData): string {
  let s = el('imageId', d.ImageId) + el('instanceType', d.InstanceType) + el('keyName', d.KeyName);
  if (d.IamInstanceProfile)
    s += raw(
      'iamInstanceProfile',
      el('arn', d.IamInstanceProfile.Arn) + el('name', d.IamInstanceProfile.Name),
    );
  s += ltMetadataXml(d.MetadataOptions);
  return `<launchTemplateData>${s}</launchTemplateData>`;
}

function ltVersionXml(lt: LaunchTemplateFixture, v: LaunchTemplateVersionFixture, ctx: Ctx): string {
  return (
    el('createTime', isoTime(v.createTime ?? lt.createTime ?? '2024-01-01T00:00:00.000Z')) +
    el('createdBy', v.createdBy ?? lt.createdBy ?? `arn:aws:iam::${ctx.account}:root`) +
    el('defaultVersion', v.versionNumber === lt.defaultVersion) +
    ltDataXml(v.launchTemplateData) +
    el('launchTemplateId', lt.launchTemplateId) +
    el('launchTemplateName', lt.launchTemplateName) +
    el('versionDescription', v.versionDescription) +
    el('versionNumber', v.versionNumber)
  );
}

function pageParams(
  ctx: Ctx,
  kind: string,
  min: number,
  max: number,
  extra: string,
): { start: number; limit: number; fp: string } {
  const p = ctx.params;
  const mr = int(p.MaxResults);
  if (mr !== undefined && (!Number.isInteger(mr) || mr < min || mr > max))
    throw invalidParam(
      `Value ( ${p.MaxResults} ) for parameter maxResults is invalid. Expecting a value between ${min} and ${max}.`,
    );
  const fp = fingerprint(`${ctx.account}|${ctx.region}|${extra}`);
  let start = 0;
  if (p.NextToken !== undefined) {
    const t = decodeToken(p.NextToken);
    if (!t || t.k !== kind || t.f !== fp || typeof t.o !== 'number')
      throw new ApiError('InvalidPaginationToken', `Invalid pagination token: ${p.NextToken}`);
    start = t.o;
  }
  return { start, limit: mr ?? max, fp };
}

function page<T>(
  items: T[],
  start: number,
  limit: number,
  kind: string,
  fp: string,
): { items: T[]; token?: string } {
  const slice = items.slice(start, start + limit);
  const token = start + limit < items.length ? encodeToken({ k: kind, f: fp, o: start + limit }) : undefined;
  return { items: slice, token };
}

const describeLaunchTemplates: Handler = (ctx) => {
  const p = ctx.params;
  const ids = ec2List(p, 'LaunchTemplateId');
  const names = ec2List(p, 'LaunchTemplateName');
  const filters = ec2Filters(p);
  const { start, limit, fp } = pageParams(ctx, 'lt', 1, 200, JSON.stringify([ids, names, filters]));
  dryRun(ctx);
  const all = regionState(ctx).launchTemplates;
  for (const id of ids)
    if (!all.some((t) => t.launchTemplateId === id))
      throw new ApiError(
        'InvalidLaunchTemplateId.NotFound',
        `At least one of the launch templates specified in the request does not exist.`,
      );
  for (const n of names)
    if (!all.some((t) => t.launchTemplateName === n))
      throw new ApiError(
        'InvalidLaunchTemplateName.NotFoundException',
        `At least one of the launch templates specified in the request does not exist.`,
      );
  const list = all.filter((lt) => {
    if (ids.length && !ids.includes(lt.launchTemplateId)) return false;
    if (names.length && !names.includes(lt.launchTemplateName)) return false;
    for (const f of filters) {
      let vals: string[];
      if (f.name === 'launch-template-name') vals = [lt.launchTemplateName];
      else if (f.name === 'tag-key') vals = (lt.tags ?? []).map((t) => t.Key);
      else if (f.name.startsWith('tag:'))
        vals = (lt.tags ?? []).filter((t) => t.Key === f.name.slice(4)).map((t) => t.Value);
      else throw invalidParam(`The filter '${f.name}' is invalid`);
      if (!vals.some((v) => f.values.some((pat) => globMatch(pat, v)))) return false;
    }
    return true;
  });
  const pg = page(list, start, limit, 'lt', fp);
  let s = '<launchTemplates>';
  for (const lt of pg.items) s += `<item>${ltXml(lt, ctx)}</item>`;
  s += '</launchTemplates>';
  if (pg.token) s += `<nextToken>${pg.token}</nextToken>`;
  return s;
};

const describeLaunchTemplateVersions: Handler = (ctx) => {
  const p = ctx.params;
  const versions = ec2List(p, 'LaunchTemplateVersion');
  const { start, limit, fp } = pageParams(
    ctx,
    'ltv',
    1,
    200,
    JSON.stringify([p.LaunchTemplateId, p.LaunchTemplateName, versions, p.MinVersion, p.MaxVersion]),
  );
  const out: [LaunchTemplateFixture, LaunchTemplateVersionFixture][] = [];
  if (!p.LaunchTemplateId && !p.LaunchTemplateName) {
    if (versions.length === 0 || versions.some((v) => v !== '$Latest' && v !== '$Default'))
      throw new ApiError(
        'MissingParameter',
        'The request must contain the parameter launchTemplateName or launchTemplateId',
      );
    dryRun(ctx);
    for (const lt of regionState(ctx).launchTemplates) {
      const seen = new Set<number>();
      for (const spec of versions) {
        const v = resolveVersion(lt, spec);
        if (!seen.has(v.versionNumber)) {
          seen.add(v.versionNumber);
          out.push([lt, v]);
        }
      }
    }
  } else {
    const lt = findTemplate(ctx, p.LaunchTemplateId, p.LaunchTemplateName);
    dryRun(ctx);
    if (versions.length) {
      const seen = new Set<number>();
      for (const spec of versions) {
        const v = resolveVersion(lt, spec);
        if (!seen.has(v.versionNumber)) {
          seen.add(v.versionNumber);
          out.push([lt, v]);
        }
      }
    } else {
      const min = int(p.MinVersion);
      const max = int(p.MaxVersion);
      const sorted = [...lt.versions].sort((a, b) => b.versionNumber - a.versionNumber);
      for (const v of sorted) {
        if (min !== undefined && v.versionNumber < min) continue;
        if (max !== undefined && v.versionNumber > max) continue;
        out.push([lt, v]);
      }
    }
  }
  const pg = page(out, start, limit, 'ltv', fp);
  let s = '<launchTemplateVersionSet>';
  for (const [lt, v] of pg.items) s += `<item>${ltVersionXml(lt, v, ctx)}</item>`;
  s += '</launchTemplateVersionSet>';
  if (pg.token) s += `<nextToken>${pg.token}</nextToken>`;
  return s;
};

function parseLtMetadata(
  raw: Record<string, unknown> | undefined,
): LaunchTemplateMetadataOptions | undefined {
  if (!raw) return undefined;
  const s = (k: string) => (typeof raw[k] === 'string' ? (raw[k] as string) : undefined);
  const m: LaunchTemplateMetadataOptions = {};
  const t = enumParam('LaunchTemplateData.MetadataOptions.HttpTokens', s('HttpTokens'), TOKENS);
  if (t) m.HttpTokens = t;
  const h = hopLimitParam(s('HttpPutResponseHopLimit'));
  if (h !== undefined) m.HttpPutResponseHopLimit = h;
  const e = enumParam('LaunchTemplateData.MetadataOptions.HttpEndpoint', s('HttpEndpoint'), ENABLED);
  if (e) m.HttpEndpoint = e;
  const i6 = enumParam('LaunchTemplateData.MetadataOptions.HttpProtocolIpv6', s('HttpProtocolIpv6'), ENABLED);
  if (i6) m.HttpProtocolIpv6 = i6;
  const tg = enumParam(
    'LaunchTemplateData.MetadataOptions.InstanceMetadataTags',
    s('InstanceMetadataTags'),
    ENABLED,
  );
  if (tg) m.InstanceMetadataTags = tg;
  return m;
}

export type LaunchTemplateMergeMode = 'replace' | 'deep';

const createLaunchTemplateVersion =
  (mergeMode: () => LaunchTemplateMergeMode): Handler =>
  (ctx) => {
    const p = ctx.params;
    const given = unflatten(p, 'LaunchTemplateData') as Record<string, unknown> | undefined;
    if (!given)
      throw new ApiError('MissingParameter', 'The request must contain the parameter LaunchTemplateData');
    const data: LaunchTemplateData = { ...given };
    if (given.MetadataOptions !== undefined)
      data.MetadataOptions = parseLtMetadata(given.MetadataOptions as Record<string, unknown>);
    const lt = findTemplate(ctx, p.LaunchTemplateId, p.LaunchTemplateName);
    const source = p.SourceVersion !== undefined ? resolveVersion(lt, p.SourceVersion) : undefined;
    dryRun(ctx);
    if (p.ClientToken && lt.clientTokens?.[p.ClientToken] !== undefined) {
      const v = lt.versions.find((x) => x.versionNumber === lt.clientTokens?.[p.ClientToken]);
      if (v) return `<launchTemplateVersion>${ltVersionXml(lt, v, ctx)}</launchTemplateVersion>`;
    }
    let merged: LaunchTemplateData = data;
    if (source) {
      merged = structuredClone(source.launchTemplateData);
      for (const [k, v] of Object.entries(data)) {
        if (k === 'MetadataOptions' && mergeMode() === 'deep' && merged.MetadataOptions && v)
          merged.MetadataOptions = { ...merged.MetadataOptions, ...(v as LaunchTemplateMetadataOptions) };
        else merged[k] = v;
      }
    }
    const before = { defaultVersionNumber: lt.defaultVersion, latestVersionNumber: latestVersion(lt) };
    const v: LaunchTemplateVersionFixture = {
      versionNumber: before.latestVersionNumber + 1,
      versionDescription: p.VersionDescription,
      createTime: new Date(ctx.now).toISOString(),
      createdBy: ctx.principal.arn,
      launchTemplateData: merged,
    };
    lt.versions.push(v);
    if (p.ClientToken) {
      lt.clientTokens ??= {};
      lt.clientTokens[p.ClientToken] = v.versionNumber;
    }
    recordChange(ctx, {
      resourceType: 'launch-template',
      resourceId: lt.launchTemplateId,
      before,
      after: {
        defaultVersionNumber: lt.defaultVersion,
        latestVersionNumber: v.versionNumber,
        versionNumber: v.versionNumber,
        sourceVersion: source?.versionNumber,
        launchTemplateData: structuredClone(merged),
      },
    });
    return `<launchTemplateVersion>${ltVersionXml(lt, v, ctx)}</launchTemplateVersion>`;
  };

const modifyLaunchTemplate: Handler = (ctx) => {
  const p = ctx.params;
  const lt = findTemplate(ctx, p.LaunchTemplateId, p.LaunchTemplateName);
  const v = p.SetDefaultVersion !== undefined ? resolveVersion(lt, p.SetDefaultVersion) : undefined;
  dryRun(ctx);
  if (v && v.versionNumber !== lt.defaultVersion) {
    const before = { defaultVersionNumber: lt.defaultVersion };
    lt.defaultVersion = v.versionNumber;
    recordChange(ctx, {
      resourceType: 'launch-template',
      resourceId: lt.launchTemplateId,
      before,
      after: { defaultVersionNumber: lt.defaultVersion },
    });
  }
  return `<launchTemplate>${ltXml(lt, ctx)}</launchTemplate>`;
};

// ---------------------------------------------------------------- DescribeImages

function imageXml(img: ImageFixture, ctx: Ctx): string {
  const windows = img.platform === 'windows';
  return (
    '<item>' +
    el('imageId', img.imageId) +
    el('imageLocation', `${img.ownerId ?? ctx.account}/${img.name ?? img.imageId}`) +
    el('imageState', img.state ?? 'available') +
    el('imageOwnerId', img.ownerId ?? ctx.account) +
    el('creationDate', isoTime(img.creationDate ?? '2024-01-01T00:00:00.000Z')) +
    el('isPublic', img.public ?? false) +
    '<architecture>x86_64</architecture><imageType>machine</imageType>' +
    (windows ? '<platform>windows</platform>' : '') +
    el('platformDetails', img.platformDetails ?? (windows ? 'Windows' : 'Linux/UNIX')) +
    el('usageOperation', windows ? 'RunInstances:0002' : 'RunInstances') +
    el('name', img.name ?? img.imageId) +
    el('description', img.description) +
    '<rootDeviceType>ebs</rootDeviceType><rootDeviceName>/dev/xvda</rootDeviceName><blockDeviceMapping/>' +
    '<virtualizationType>hvm</virtualizationType>' +
    tagSet(img.tags) +
    '<hypervisor>xen</hypervisor>' +
    el('imdsSupport', img.imdsSupport) +
    '</item>'
  );
}

const describeImages: Handler = (ctx) => {
  const p = ctx.params;
  const ids = ec2List(p, 'ImageId');
  const owners = ec2List(p, 'Owner');
  const filters = ec2Filters(p);
  if (ids.length && p.MaxResults !== undefined)
    throw new ApiError(
      'InvalidParameterCombination',
      'The parameter imageIdsSet cannot be used with the parameter maxResults',
    );
  const { start, limit, fp } = pageParams(ctx, 'img', 5, 1000, JSON.stringify([ids, owners, filters]));
  for (const id of ids)
    if (!/^ami-[0-9a-f]{8,17}$/.test(id)) throw new ApiError('InvalidAMIID.Malformed', `Invalid id: "${id}"`);
  dryRun(ctx);
  const all = regionState(ctx).images;
  const missing = ids.filter((id) => !all.some((i) => i.imageId === id));
  if (missing.length)
    throw new ApiError('InvalidAMIID.NotFound', `The image id '[${missing.join(', ')}]' does not exist`);
  const list = all.filter((img) => {
    if (ids.length && !ids.includes(img.imageId)) return false;
    if ((img.state ?? 'available') === 'deregistered') return false;
    if (owners.length) {
      const owner = img.ownerId ?? ctx.account;
      const ok = owners.some((o) =>
        o === 'self'
          ? owner === ctx.account
          : o === 'amazon'
            ? owner === 'amazon' || owner === '137112412989'
            : o === owner,
      );
      if (!ok) return false;
    }
    for (const f of filters) {
      let vals: (string | undefined)[];
      switch (f.name) {
        case 'image-id':
          vals = [img.imageId];
          break;
        case 'imds-support':
          vals = [img.imdsSupport];
          break;
        case 'name':
          vals = [img.name];
          break;
        case 'owner-id':
          vals = [img.ownerId ?? ctx.account];
          break;
        case 'state':
          vals = [img.state ?? 'available'];
          break;
        case 'platform':
          vals = [img.platform];
          break;
        default:
          if (f.name.startsWith('tag:'))
            vals = (img.tags ?? []).filter((t) => t.Key === f.name.slice(4)).map((t) => t.Value);
          else throw invalidParam(`The filter '${f.name}' is invalid`);
      }
      if (!vals.some((v) => v !== undefined && f.values.some((pat) => globMatch(pat, v)))) return false;
    }
    return true;
  });
  const pg = ids.length ? { items: list, token: undefined } : page(list, start, limit, 'img', fp);
  let s = '<imagesSet>';
  for (const img of pg.items) s += imageXml(img, ctx);
  s += '</imagesSet>';
  if (pg.token) s += `<nextToken>${pg.token}</nextToken>`;
  return s;
};

// ---------------------------------------------------------------- dispatch

export function ec2Handlers(opts: { mergeMode: () => LaunchTemplateMergeMode }): Record<string, Handler> {
  return {
    DescribeRegions: describeRegions,
    DescribeInstances: describeInstances,
    ModifyInstanceMetadataOptions: modifyInstanceMetadataOptions,
    GetInstanceMetadataDefaults: getInstanceMetadataDefaults,
    ModifyInstanceMetadataDefaults: modifyInstanceMetadataDefaults,
    DescribeLaunchTemplates: describeLaunchTemplates,
    DescribeLaunchTemplateVersions: describeLaunchTemplateVersions,
    CreateLaunchTemplateVersion: createLaunchTemplateVersion(opts.mergeMode),
    ModifyLaunchTemplate: modifyLaunchTemplate,
    DescribeImages: describeImages,
  };
}

export function ec2Success(operation: string, requestId: string, inner: string | XmlBytes): string | Buffer {
  const head = `<?xml version="1.0" encoding="UTF-8"?>\n<${operation}Response xmlns="${EC2_NS}"><requestId>${requestId}</requestId>`;
  const tail = `</${operation}Response>`;
  return typeof inner === 'string' ? head + inner + tail : inner.toBuffer(head, tail);
}

export function ec2Error(code: string, message: string, requestId: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>${esc(code)}</Code><Message>${esc(message)}</Message></Error></Errors><RequestID>${requestId}</RequestID></Response>`;
}
