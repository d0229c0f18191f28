// The emulator's world model: accounts, regions, instances, templates, roles, sessions.
// The fixture shape (WorldFixture) is what generateFleet() returns and what a --fleet JSON file holds.

import type {
  BeanstalkEnvironmentFixture,
  GuardDutyFixture,
  IamFixture,
  LightsailInstanceFixture,
  NotebookFixture,
} from './exposure.js';
import { globMatch } from './query.js';

export type InstanceStateName =
  | 'pending'
  | 'running'
  | 'stopping'
  | 'stopped'
  | 'shutting-down'
  | 'terminated';

export const STATE_CODES: Record<InstanceStateName, number> = {
  pending: 0,
  running: 16,
  'shutting-down': 32,
  terminated: 48,
  stopping: 64,
  stopped: 80,
};

export interface MetadataOptions {
  HttpTokens: 'optional' | 'required';
  HttpPutResponseHopLimit: number;
  HttpEndpoint: 'enabled' | 'disabled';
  HttpProtocolIpv6: 'enabled' | 'disabled';
  InstanceMetadataTags: 'enabled' | 'disabled';
  State: 'pending' | 'applied';
}

export const DEFAULT_METADATA_OPTIONS: MetadataOptions = {
  HttpTokens: 'optional',
  HttpPutResponseHopLimit: 1,
  HttpEndpoint: 'enabled',
  HttpProtocolIpv6: 'disabled',
  InstanceMetadataTags: 'disabled',
  State: 'applied',
};

export interface Tag {
  Key: string;
  Value: string;
}

/** A number (the same count every day) or a daily series, oldest first, last element = today (UTC). */
export type MetricSeries = number | number[];

export interface InstanceFixture {
  instanceId: string;
  reservationId: string;
  state: InstanceStateName;
  /** Array of {Key,Value} (order kept) or a plain object; normalised to an array on load. */
  tags?: Tag[] | Record<string, string>;
  instanceType?: string;
  platform?: 'windows';
  platformDetails?: string;
  launchTime?: string;
  imageId?: string;
  vpcId?: string;
  subnetId?: string;
  availabilityZone?: string;
  privateIpAddress?: string;
  publicIpAddress?: string;
  iamInstanceProfile?: { arn: string; id: string };
  metadataOptions?: Partial<MetadataOptions>;
  /** Launch template the instance was launched from (also rendered as aws:ec2launchtemplate:* tags). */
  launchTemplate?: { id: string; name?: string; version: string };
  /** Auto Scaling group (also rendered as the aws:autoscaling:groupName tag). */
  autoScalingGroupName?: string;
  /** CloudWatch AWS/EC2 MetadataNoToken per day. Absent = no datapoints. */
  v1Calls?: MetricSeries;
  /** CloudWatch AWS/EC2 MetadataNoTokenRejected per day. Absent = no datapoints. */
  v1Rejected?: MetricSeries;
  /**
   * The instance's workload still makes IMDSv1 calls (60 an hour unless `v1CallsPerHour` says otherwise).
   * While HttpTokens is `required` each such call is refused and counted in MetadataNoTokenRejected; while
   * it is `optional` MetadataNoToken comes from `v1Calls` only, so a readiness window can see nothing (a
   * monthly job) and the instance still break once hardened. See README "IMDSv1 still in use".
   */
  stillUsesV1?: boolean;
  /** Rate of those IMDSv1 calls (per hour, > 0); implies `stillUsesV1`. */
  v1CallsPerHour?: number;
  /**
   * CloudWatch AWS/EC2 StatusCheckFailed: absent/false = 0 in every period; true = 1 in every period;
   * 'after-required' = 1 from the time HttpTokens was changed to `required` until it is changed back.
   */
  statusCheckFailed?: boolean | 'after-required';
  /** DescribeInstances `Monitoring.State`: `enabled` = detailed monitoring (1-minute metrics); default `disabled`. */
  monitoring?: 'enabled' | 'disabled';
  /**
   * Internal: HttpTokens changes with their time (epoch ms), oldest first, recorded by
   * ModifyInstanceMetadataOptions (or `recordTokensChange`). Tests may set it to backdate a change.
   */
  tokensChanges?: TokensChange[];
  /** Internal: epoch ms at which a `pending` metadata State becomes `applied` (set by Modify). */
  pendingUntil?: number;
}

export interface TokensChange {
  /** Epoch ms. */
  at: number;
  from: 'optional' | 'required';
  to: 'optional' | 'required';
}

/** Record that an instance's HttpTokens changed at `at` (epoch ms); no-op when it did not change. */
export function recordTokensChange(
  inst: InstanceFixture,
  from: 'optional' | 'required',
  to: 'optional' | 'required',
  at: number,
): void {
  if (from === to) return;
  inst.tokensChanges ??= [];
  inst.tokensChanges.push({ at, from, to });
}

/** A normalised instance (after World construction). */
export interface Instance extends InstanceFixture {
  tags: Tag[];
  metadataOptions: MetadataOptions;
}

export interface MetadataDefaults {
  HttpTokens?: 'optional' | 'required';
  HttpPutResponseHopLimit?: number;
  HttpEndpoint?: 'enabled' | 'disabled';
  InstanceMetadataTags?: 'enabled' | 'disabled';
  HttpTokensEnforced?: 'enabled' | 'disabled';
  ManagedBy?: 'account' | 'declarative-policy';
  ManagedExceptionMessage?: string;
}

export interface LaunchTemplateMetadataOptions {
  HttpTokens?: 'optional' | 'required';
  HttpPutResponseHopLimit?: number;
  HttpEndpoint?: 'enabled' | 'disabled';
  HttpProtocolIpv6?: 'enabled' | 'disabled';
  InstanceMetadataTags?: 'enabled' | 'disabled';
}

/** SDK-shaped (PascalCase) launch template data; only the fields below are rendered. */
export interface LaunchTemplateData {
  ImageId?: string;
  InstanceType?: string;
  KeyName?: string;
  IamInstanceProfile?: { Arn?: string; Name?: string };
  MetadataOptions?: LaunchTemplateMetadataOptions;
  [key: string]: unknown;
}

export interface LaunchTemplateVersionFixture {
  versionNumber: number;
  versionDescription?: string;
  createTime?: string;
  createdBy?: string;
  launchTemplateData: LaunchTemplateData;
}

export interface LaunchTemplateFixture {
  launchTemplateId: string;
  launchTemplateName: string;
  createTime?: string;
  createdBy?: string;
  defaultVersion: number;
  tags?: Tag[];
  versions: LaunchTemplateVersionFixture[];
  /** Internal: ClientToken -> version number (idempotency). */
  clientTokens?: Record<string, number>;
}

export interface ImageFixture {
  imageId: string;
  name?: string;
  description?: string;
  ownerId?: string;
  imdsSupport?: 'v2.0';
  platform?: 'windows';
  platformDetails?: string;
  creationDate?: string;
  state?: 'available' | 'pending' | 'deregistered';
  public?: boolean;
  tags?: Tag[];
}

export interface LaunchTemplateSpec {
  id: string;
  name?: string;
  version?: string;
}

export interface AutoScalingGroupFixture {
  name: string;
  arn?: string;
  launchTemplate?: LaunchTemplateSpec;
  mixedInstancesPolicy?: {
    launchTemplate: LaunchTemplateSpec;
    overrides?: { instanceType?: string; launchTemplate?: LaunchTemplateSpec }[];
  };
  launchConfigurationName?: string;
  minSize?: number;
  maxSize?: number;
  desiredCapacity?: number;
  availabilityZones?: string[];
  createdTime?: string;
  tags?: Tag[];
}

export interface LaunchConfigurationFixture {
  name: string;
  arn?: string;
  imageId: string;
  instanceType: string;
  createdTime?: string;
  iamInstanceProfile?: string;
  metadataOptions?: {
    HttpTokens?: 'optional' | 'required';
    HttpPutResponseHopLimit?: number;
    HttpEndpoint?: 'enabled' | 'disabled';
  };
}

export interface RegionFixture {
  instances?: InstanceFixture[];
  /** GuardDuty in this region (exposure.ts); absent = no detector. */
  guardDuty?: GuardDutyFixture;
  notebookInstances?: NotebookFixture[];
  beanstalkEnvironments?: BeanstalkEnvironmentFixture[];
  lightsailInstances?: LightsailInstanceFixture[];
  metadataDefaults?: MetadataDefaults;
  launchTemplates?: LaunchTemplateFixture[];
  images?: ImageFixture[];
  autoScalingGroups?: AutoScalingGroupFixture[];
  launchConfigurations?: LaunchConfigurationFixture[];
}

export interface RegionState extends RegionFixture {
  instances: Instance[];
  metadataDefaults: MetadataDefaults;
  launchTemplates: LaunchTemplateFixture[];
  images: ImageFixture[];
  autoScalingGroups: AutoScalingGroupFixture[];
  launchConfigurations: LaunchConfigurationFixture[];
}

export interface RoleFixture {
  name: string;
  /** Modify / Create / Delete... calls fail with UnauthorizedOperation (EC2) or AccessDenied. */
  readOnly?: boolean;
  /** Operations denied (e.g. to emulate an SCP): 'ModifyInstanceMetadataOptions', 'ec2:Modify*', 'organizations:*'. */
  deniedOperations?: string[];
  /** AssumeRole / AssumeRoleWithWebIdentity into this role always fails with AccessDenied. */
  unassumable?: boolean;
  trust?: {
    /** Who may sts:AssumeRole: account ids or ARN patterns (`*` wildcards). Default ['*']. Empty = nobody. */
    principals?: string[];
    /** Required sts:ExternalId for AssumeRole, if set. */
    externalId?: string;
    /** OIDC (AssumeRoleWithWebIdentity) trust. Absent = web identity not allowed. */
    oidc?: { aud?: string[]; sub?: string[]; iss?: string[] };
  };
  /** Max session duration in seconds (default 3600). */
  maxSessionDuration?: number;
}

export interface AccountFixture {
  id: string;
  name?: string;
  email?: string;
  status?: 'ACTIVE' | 'SUSPENDED' | 'PENDING_CLOSURE';
  /** Regions enabled for the account; default: all regions that need no opt-in. */
  enabledRegions?: string[];
  regions?: Record<string, RegionFixture>;
  roles?: RoleFixture[];
  /** IAM instance profiles, roles and managed policies (exposure.ts). */
  iam?: IamFixture;
}

export interface OrganizationFixture {
  id?: string;
  managementAccountId: string;
  /** Accounts (besides the management account) allowed to call ListAccounts. */
  delegatedAdministrators?: string[];
  /** Org member accounts that are listed by ListAccounts but have no modelled resources. */
  extraAccounts?: {
    id: string;
    name?: string;
    email?: string;
    status?: 'ACTIVE' | 'SUSPENDED' | 'PENDING_CLOSURE';
  }[];
}

export interface AccessKeyFixture {
  account: string;
  /** Role name in that account whose permissions apply (readOnly, deniedOperations). */
  role?: string;
  userName?: string;
}

export interface WorldFixture {
  /** Account used for unknown access keys. Default: first account. */
  defaultAccount?: string;
  accounts: AccountFixture[];
  organization?: OrganizationFixture;
  /** Static access keys with a fixed identity. Unknown keys map to defaultAccount with full rights. */
  accessKeys?: Record<string, AccessKeyFixture>;
}

export interface RegionInfo {
  name: string;
  optIn: boolean;
}

/** Commercial regions. The first 17 need no opt-in (always enabled unless a fixture says otherwise). */
export const ALL_REGIONS: RegionInfo[] = [
  ...[
    'us-east-1',
    'us-east-2',
    'us-west-1',
    'us-west-2',
    'ap-south-1',
    'ap-northeast-1',
    'ap-northeast-2',
    'ap-northeast-3',
    'ap-southeast-1',
    'ap-southeast-2',
    'ca-central-1',
    'eu-central-1',
    'eu-west-1',
    'eu-west-2',
    'eu-west-3',
    'eu-north-1',
    'sa-east-1',
  ].map((name) => ({ name, optIn: false })),
  ...[
    'af-south-1',
    'ap-east-1',
    'ap-south-2',
    'ap-southeast-3',
    'ap-southeast-4',
    'ap-southeast-5',
    'ap-southeast-7',
    'ca-west-1',
    'eu-central-2',
    'eu-south-1',
    'eu-south-2',
    'il-central-1',
    'me-central-1',
    'me-south-1',
    'mx-central-1',
  ].map((name) => ({ name, optIn: true })),
];

export const DEFAULT_REGIONS = ALL_REGIONS.filter((r) => !r.optIn).map((r) => r.name);

export interface Session {
  accessKeyId: string;
  account: string;
  roleName: string;
  roleArn: string;
  sessionName: string;
  assumedRoleId: string;
  expiration: number;
  via: 'AssumeRole' | 'AssumeRoleWithWebIdentity';
  sourceArn?: string;
  claims?: Record<string, unknown>;
}

export interface Principal {
  kind: 'assumed-role' | 'user' | 'anonymous';
  account: string;
  arn: string;
  userId: string;
  accessKeyId?: string;
  role?: RoleFixture;
  roleArn?: string;
  session?: Session;
}

const MUTATING_RE =
  /^(Modify|Create|Delete|Put|Update|Attach|Detach|Run|Start|Stop|Terminate|Reboot|Set|Enable|Disable|Register|Deregister|Associate|Disassociate|Replace|Reset|Tag|Untag|Import|Copy)/;
export const isMutating = (operation: string) => MUTATING_RE.test(operation);

function normalizeTags(tags: InstanceFixture['tags']): Tag[] {
  if (!tags) return [];
  if (Array.isArray(tags)) return tags.map((t) => ({ Key: String(t.Key), Value: String(t.Value ?? '') }));
  return Object.entries(tags).map(([Key, Value]) => ({ Key, Value: String(Value) }));
}

export function normalizeInstance(raw: InstanceFixture): Instance {
  const inst = raw as Instance;
  // A hand-written fixture may omit the reservation: give each such instance its own.
  inst.reservationId ??= `r-${inst.instanceId.replace(/^i-/, '')}`;
  inst.tags = normalizeTags(raw.tags);
  inst.metadataOptions = { ...DEFAULT_METADATA_OPTIONS, ...(raw.metadataOptions ?? {}) };
  const hasTag = (k: string) => inst.tags.some((t) => t.Key === k);
  if (inst.launchTemplate) {
    if (!hasTag('aws:ec2launchtemplate:id'))
      inst.tags.push({ Key: 'aws:ec2launchtemplate:id', Value: inst.launchTemplate.id });
    if (!hasTag('aws:ec2launchtemplate:version'))
      inst.tags.push({ Key: 'aws:ec2launchtemplate:version', Value: String(inst.launchTemplate.version) });
  }
  if (inst.autoScalingGroupName && !hasTag('aws:autoscaling:groupName'))
    inst.tags.push({ Key: 'aws:autoscaling:groupName', Value: inst.autoScalingGroupName });
  return inst;
}

/** Keep instances of one reservation contiguous (stable, by first appearance). */
function groupByReservation(list: Instance[]): Instance[] {
  const order = new Map<string, Instance[]>();
  for (const i of list) {
    let g = order.get(i.reservationId);
    if (!g) {
      g = [];
      order.set(i.reservationId, g);
    }
    g.push(i);
  }
  if (order.size === list.length) return list;
  const out: Instance[] = [];
  for (const g of order.values()) for (const i of g) out.push(i);
  return out;
}

/** Regions already normalized (a fixture may carry any subset of the fields, so none can mark it). */
const normalized = new WeakSet<object>();

export function normalizeRegion(r: RegionFixture | undefined): RegionState {
  const s = (r ?? {}) as RegionState;
  if (normalized.has(s)) return s;
  normalized.add(s);
  s.instances = groupByReservation((s.instances ?? []).map(normalizeInstance));
  s.metadataDefaults ??= {};
  s.launchTemplates ??= [];
  s.images ??= [];
  s.autoScalingGroups ??= [];
  s.launchConfigurations ??= [];
  return s;
}

let sessionCounter = 0;
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
function randomKey(prefix: string, len: number): string {
  let s = prefix;
  const n = ++sessionCounter;
  const tag = n.toString(32).toUpperCase().padStart(6, 'A').replace(/[01]/g, 'Z');
  for (let i = 0; i < len - tag.length; i++) s += B32[Math.floor(Math.random() * 32)];
  return s + tag;
}
export const newAccessKeyId = () => randomKey('ASIA', 16);
export const newRoleId = () => randomKey('AROA', 17);

/**
 * Live, mutable world state. `data` is the normalised fixture: tests may alter it directly
 * (e.g. `world.findInstance(id)!.instance.metadataOptions.HttpTokens = 'required'`).
 */
export class World {
  readonly data: WorldFixture;
  readonly sessions = new Map<string, Session>();
  private readonly accountIndex = new Map<string, AccountFixture>();
  private readonly instanceIndex = new WeakMap<Instance[], Map<string, Instance>>();

  constructor(fixture: WorldFixture) {
    if (!fixture || !Array.isArray(fixture.accounts) || fixture.accounts.length === 0)
      throw new Error('world fixture needs at least one account');
    this.data = fixture;
    for (const a of fixture.accounts) {
      if (!/^\d{12}$/.test(a.id)) throw new Error(`account id must be 12 digits: ${a.id}`);
      a.status ??= 'ACTIVE';
      a.regions ??= {};
      a.roles ??= [];
      for (const name of Object.keys(a.regions)) a.regions[name] = normalizeRegion(a.regions[name]);
      this.accountIndex.set(a.id, a);
    }
    fixture.defaultAccount ??= fixture.accounts[0].id;
    fixture.accessKeys ??= {};
  }

  get defaultAccount(): string {
    return this.data.defaultAccount ?? this.data.accounts[0].id;
  }

  get accounts(): AccountFixture[] {
    return this.data.accounts;
  }

  account(id: string): AccountFixture | undefined {
    let a = this.accountIndex.get(id);
    if (!a || a.id !== id) {
      a = this.data.accounts.find((x) => x.id === id);
      if (a) this.accountIndex.set(id, a);
    }
    return a;
  }

  /** Regions enabled for an account. */
  enabledRegions(accountId: string): string[] {
    const a = this.account(accountId);
    if (!a) return [];
    if (a.enabledRegions) return a.enabledRegions;
    const extra = Object.keys(a.regions ?? {}).filter((r) => !DEFAULT_REGIONS.includes(r));
    return [...DEFAULT_REGIONS, ...extra];
  }

  isRegionEnabled(accountId: string, region: string): boolean {
    return this.enabledRegions(accountId).includes(region);
  }

  /** Known regions: the commercial catalogue plus any region used by a fixture. */
  allRegions(accountId: string): RegionInfo[] {
    const out = [...ALL_REGIONS];
    for (const r of this.enabledRegions(accountId))
      if (!out.some((x) => x.name === r)) out.push({ name: r, optIn: true });
    return out;
  }

  /** Region state of an account (created empty on first use). */
  region(accountId: string, region: string): RegionState {
    const a = this.account(accountId);
    if (!a) throw new Error(`unknown account ${accountId}`);
    a.regions ??= {};
    let r = a.regions[region] as RegionState | undefined;
    if (!r || !normalized.has(r)) {
      r = normalizeRegion(r);
      a.regions[region] = r;
    }
    return r;
  }

  /** Find an instance in one account+region (indexed; rebuilt when the list changes). */
  instance(accountId: string, region: string, instanceId: string): Instance | undefined {
    const list = this.region(accountId, region).instances;
    let idx = this.instanceIndex.get(list);
    if (!idx || idx.size !== list.length) {
      idx = new Map();
      for (const i of list) {
        if (!i.tags || !i.metadataOptions || !Array.isArray(i.tags)) normalizeInstance(i);
        idx.set(i.instanceId, i);
      }
      this.instanceIndex.set(list, idx);
    }
    const hit = idx.get(instanceId);
    if (hit && hit.instanceId === instanceId) return hit;
    if (hit || idx.size !== list.length) this.instanceIndex.delete(list);
    const slow = list.find((i) => i.instanceId === instanceId);
    if (slow) this.instanceIndex.delete(list);
    return slow;
  }

  /** Find an instance anywhere in the world. */
  findInstance(instanceId: string): { account: string; region: string; instance: Instance } | undefined {
    for (const a of this.data.accounts) {
      for (const region of Object.keys(a.regions ?? {})) {
        const instance = this.instance(a.id, region, instanceId);
        if (instance) return { account: a.id, region, instance };
      }
    }
    return undefined;
  }

  /** Add an instance (normalised) to an account+region. */
  addInstance(accountId: string, region: string, inst: InstanceFixture): Instance {
    const n = normalizeInstance(inst);
    this.region(accountId, region).instances.push(n);
    return n;
  }

  role(accountId: string, name: string): RoleFixture | undefined {
    return this.account(accountId)?.roles?.find((r) => r.name === name);
  }

  /** Resolve the caller from its access key id. */
  principal(accessKeyId: string | undefined): Principal {
    if (!accessKeyId) {
      return { kind: 'anonymous', account: this.defaultAccount, arn: 'anonymous', userId: 'anonymous' };
    }
    const s = this.sessions.get(accessKeyId);
    if (s) {
      return {
        kind: 'assumed-role',
        account: s.account,
        arn: `arn:aws:sts::${s.account}:assumed-role/${s.roleName}/${s.sessionName}`,
        userId: `${s.assumedRoleId}:${s.sessionName}`,
        accessKeyId,
        role: this.role(s.account, s.roleName),
        roleArn: s.roleArn,
        session: s,
      };
    }
    const k = this.data.accessKeys?.[accessKeyId];
    if (k) {
      const user = k.userName ?? (k.role ? undefined : 'emulator');
      return {
        kind: 'user',
        account: k.account,
        arn: user ? `arn:aws:iam::${k.account}:user/${user}` : `arn:aws:iam::${k.account}:role/${k.role}`,
        userId: accessKeyId,
        accessKeyId,
        role: k.role ? this.role(k.account, k.role) : undefined,
        roleArn: k.role ? `arn:aws:iam::${k.account}:role/${k.role}` : undefined,
      };
    }
    const acct = this.defaultAccount;
    return {
      kind: 'user',
      account: acct,
      arn: `arn:aws:iam::${acct}:user/emulator`,
      userId: accessKeyId,
      accessKeyId,
    };
  }

  /** Is `service:operation` allowed for the principal? */
  allowed(p: Principal, service: string, operation: string): boolean {
    const role = p.role;
    if (!role) return true;
    if (role.readOnly && isMutating(operation)) return false;
    for (const d of role.deniedOperations ?? []) {
      if (d.includes(':')) {
        const [svc, op] = d.split(':', 2);
        if (globMatch(svc, service) && globMatch(op, operation)) return false;
      } else if (globMatch(d, operation)) return false;
    }
    return true;
  }

  /** Per account/region counts by IMDS bucket and instance state (for the summary endpoint). */
  summary(): Record<string, Record<string, Record<string, number>>> {
    const out: Record<string, Record<string, Record<string, number>>> = {};
    for (const a of this.data.accounts) {
      const acc: Record<string, Record<string, number>> = {};
      out[a.id] = acc;
      for (const region of Object.keys(a.regions ?? {})) {
        const c: Record<string, number> = { total: 0 };
        for (const i of this.region(a.id, region).instances) {
          c.total++;
          c[`state:${i.state}`] = (c[`state:${i.state}`] ?? 0) + 1;
          if (i.state === 'terminated' || i.state === 'shutting-down') continue;
          const b = bucketOf(i);
          c[b] = (c[b] ?? 0) + 1;
        }
        acc[region] = c;
      }
    }
    return out;
  }
}

/** The brief's IMDS buckets for an instance. */
export function bucketOf(
  i: Instance,
  now = Date.now(),
): 'pending' | 'disabled' | 'v2-required' | 'v1-allowed' {
  settle(i, now);
  const m = i.metadataOptions;
  if (m.State === 'pending') return 'pending';
  if (m.HttpEndpoint === 'disabled') return 'disabled';
  return m.HttpTokens === 'required' ? 'v2-required' : 'v1-allowed';
}

/** Apply a due pending -> applied transition of the metadata options State. */
export function settle(i: Instance, now: number): void {
  if (i.pendingUntil !== undefined && now >= i.pendingUntil) {
    i.metadataOptions.State = 'applied';
    delete i.pendingUntil;
  }
}
