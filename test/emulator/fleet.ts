// Deterministic, seeded fleet generator producing a WorldFixture.

import { mulberry32 } from './faults.js';
import {
  type AccountFixture,
  type AutoScalingGroupFixture,
  DEFAULT_REGIONS,
  type ImageFixture,
  type InstanceFixture,
  type InstanceStateName,
  type LaunchConfigurationFixture,
  type LaunchTemplateFixture,
  type MetadataDefaults,
  type MetadataOptions,
  type RegionFixture,
  type RoleFixture,
  type Tag,
  type WorldFixture,
} from './world.js';

export interface FleetMix {
  /** Weights of the IMDS buckets among in-scope instances. */
  v2Required?: number;
  v1Allowed?: number;
  disabled?: number;
  /** MetadataOptions.State = pending (a modification in flight). */
  pending?: number;
}

export interface StateMix {
  running?: number;
  stopped?: number;
  terminated?: number;
  shuttingDown?: number;
  pending?: number;
  stopping?: number;
}

export interface GenerateFleetOptions {
  seed: number;
  /** Number of accounts or explicit 12-digit ids. Default 1 (111111111111). */
  accounts?: number | string[];
  /** Regions that hold instances (they are enabled). */
  regions: string[];
  /** Instances per account per region. */
  instancesPerRegion?: number;
  /** Or: total instances spread evenly over accounts x regions. */
  total?: number;
  mix?: FleetMix;
  states?: StateMix;
  /** Fraction with an instance profile (role). Default 0.6. */
  roleFraction?: number;
  /** Fraction with a public IP. Default 0.25. */
  publicIpFraction?: number;
  /** Fraction with hop limit 2. Default 0.2. */
  hopLimit2Fraction?: number;
  /** Fraction of Windows instances. Default 0.1. */
  windowsFraction?: number;
  /** Add hostile tag values (markup, markdown, mentions, template syntax, control chars, RTL...). */
  hostileTags?: boolean;
  /** Per region: launch templates (default 3), ASGs (default ~1 per 100 instances, max 10), AMIs (default 6). */
  launchTemplatesPerRegion?: number;
  autoScalingGroupsPerRegion?: number;
  imagesPerRegion?: number;
  /** Generate CloudWatch v1Calls / v1Rejected fixtures. Default true. */
  metrics?: boolean;
  /** Days in generated metric series. Default 14. */
  metricDays?: number;
  /** Organization fixture: default when more than one account. */
  organization?: boolean;
  /** Extra org member accounts listed as SUSPENDED (no resources). Default 0. */
  suspendedAccounts?: number;
  /** Enabled regions per account. Default: the 17 no-opt-in regions plus `regions`. */
  enabledRegions?: string[];
  /** Roles for every account. Default: see DEFAULT_ROLES. */
  roles?: RoleFixture[];
  /** Regions (of every account) whose instance metadata defaults are managed by a declarative policy. */
  declarativePolicyRegions?: string[];
}

/** Default roles in every generated account. */
export const DEFAULT_ROLES: RoleFixture[] = [
  {
    name: 'IMDSGuardReadOnly',
    readOnly: true,
    trust: { principals: ['*'], oidc: { aud: ['sts.amazonaws.com'], sub: ['repo:*'] } },
  },
  {
    name: 'IMDSGuardRemediation',
    trust: { principals: ['*'], oidc: { aud: ['sts.amazonaws.com'], sub: ['repo:*:environment:*'] } },
  },
  { name: 'IMDSGuardAudit', readOnly: true, trust: { principals: ['*'] } },
  { name: 'IMDSGuardWrite', trust: { principals: ['*'] } },
];

export function accountIds(n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++)
    out.push(i < 9 ? String(i + 1).repeat(12) : String(100_000_000_000 + i * 7919).padStart(12, '0'));
  return out;
}

const HOSTILE = [
  '<script>alert(1)</script>',
  '| a | b |\n|---|---|',
  '@here @channel',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a deliberately hostile literal
  '${{ secrets.GITHUB_TOKEN }}',
  '"quoted" & \'single\' <b>bold</b>',
  '`code` **bold** [link](https://evil.example)',
  '<!-- comment --> ]]> &amp; &lt;',
  '\u202Eevil\u202C rtl',
  'emoji 🚀🔥 ünïcödé 漢字',
  'line1\r\nline2\ttab',
  'x'.repeat(256),
  '=HYPERLINK("http://evil.example")',
  '</details><img src=x onerror=alert(1)>',
  '\u0000\u0007ctl',
];

const WORKLOADS = [
  'web',
  'api',
  'worker',
  'batch',
  'db',
  'cache',
  'bastion',
  'jenkins',
  'k8s-node',
  'etl',
  'search',
  'queue',
];
const TEAMS = ['payments', 'search', 'platform', 'data', 'identity', 'growth'];
const ENVS = ['prod', 'staging', 'dev'];
const TYPES = ['t3.micro', 't3.medium', 'm6i.large', 'm6i.xlarge', 'c6g.large', 'r6i.2xlarge', 'm7g.medium'];

class Rng {
  private r: () => number;
  constructor(seed: number) {
    this.r = mulberry32(seed);
  }
  next(): number {
    return this.r();
  }
  int(n: number): number {
    return Math.floor(this.r() * n);
  }
  pick<T>(a: readonly T[]): T {
    return a[Math.floor(this.r() * a.length)];
  }
  chance(p: number): boolean {
    return this.r() < p;
  }
  hex(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += '0123456789abcdef'[Math.floor(this.r() * 16)];
    return s;
  }
  upper(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'[Math.floor(this.r() * 32)];
    return s;
  }
  weighted<K extends string>(w: Record<K, number>): K {
    const keys = Object.keys(w) as K[];
    let total = 0;
    for (const k of keys) total += Math.max(0, w[k]);
    let x = this.r() * total;
    for (const k of keys) {
      x -= Math.max(0, w[k]);
      if (x < 0) return k;
    }
    return keys[keys.length - 1];
  }
}

function hashSeed(...parts: (string | number)[]): number {
  let h = 0x811c9dc5;
  for (const p of parts) {
    const s = String(p);
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0xff;
  }
  return h >>> 0;
}

const BASE = Date.UTC(2024, 0, 1);

function genImages(rng: Rng, account: string, n: number): ImageFixture[] {
  const catalog: Omit<ImageFixture, 'imageId'>[] = [
    {
      name: 'al2023-ami-2023.6.20241010.0-kernel-6.1-x86_64',
      imdsSupport: 'v2.0',
      ownerId: '137112412989',
      public: true,
    },
    {
      name: 'ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-20240801',
      ownerId: '099720109477',
      public: true,
    },
    {
      name: 'Windows_Server-2022-English-Full-Base-2024.10.09',
      platform: 'windows',
      ownerId: '801119661308',
      public: true,
    },
    { name: 'golden-base-v42', imdsSupport: 'v2.0', ownerId: account },
    { name: 'amzn2-ami-hvm-2.0.20240916.0-x86_64-gp2', ownerId: '137112412989', public: true },
    { name: 'legacy-app-image-2019', ownerId: account },
    { name: 'golden-base-v43', imdsSupport: 'v2.0', ownerId: account },
    { name: 'bitnami-wordpress-6.4', ownerId: '979382823631', public: true },
  ];
  const out: ImageFixture[] = [];
  for (let i = 0; i < n; i++) {
    const c = catalog[i % catalog.length];
    out.push({
      ...c,
      imageId: `ami-${rng.hex(17)}`,
      creationDate: new Date(BASE - rng.int(700) * 86_400_000).toISOString(),
    });
  }
  return out;
}

function genLaunchTemplates(
  rng: Rng,
  account: string,
  n: number,
  images: ImageFixture[],
): LaunchTemplateFixture[] {
  const out: LaunchTemplateFixture[] = [];
  const variants: (
    | LaunchTemplateFixture['versions'][number]['launchTemplateData']['MetadataOptions']
    | undefined
  )[] = [
    undefined,
    { HttpTokens: 'optional', HttpPutResponseHopLimit: 1, HttpEndpoint: 'enabled' },
    { HttpTokens: 'required', HttpPutResponseHopLimit: 2, HttpEndpoint: 'enabled' },
    { HttpTokens: 'required' },
    { HttpEndpoint: 'disabled' },
  ];
  for (let i = 0; i < n; i++) {
    const nv = 1 + rng.int(4);
    const versions: LaunchTemplateFixture['versions'] = [];
    for (let v = 1; v <= nv; v++) {
      const mo = rng.pick(variants);
      versions.push({
        versionNumber: v,
        versionDescription: `v${v}`,
        createTime: new Date(BASE + (i * 10 + v) * 86_400_000).toISOString(),
        launchTemplateData: {
          ImageId: rng.pick(images).imageId,
          InstanceType: rng.pick(TYPES),
          ...(mo ? { MetadataOptions: { ...mo } } : {}),
        },
      });
    }
    out.push({
      launchTemplateId: `lt-${rng.hex(17)}`,
      launchTemplateName: `${WORKLOADS[i % WORKLOADS.length]}-template-${i + 1}`,
      createTime: new Date(BASE + i * 86_400_000).toISOString(),
      createdBy: `arn:aws:iam::${account}:root`,
      defaultVersion: rng.chance(0.6) ? nv : 1 + rng.int(nv),
      tags: [{ Key: 'Team', Value: rng.pick(TEAMS) }],
      versions,
    });
  }
  return out;
}

function series(rng: Rng, days: number, lo: number, hi: number, zeroDays = 0.2): number[] {
  const s: number[] = [];
  for (let d = 0; d < days; d++) s.push(rng.chance(zeroDays) ? 0 : lo + rng.int(hi - lo + 1));
  return s;
}

/** Generate a deterministic world. Same options, same world. */
export function generateFleet(opts: GenerateFleetOptions): WorldFixture {
  const ids = Array.isArray(opts.accounts) ? opts.accounts : accountIds(opts.accounts ?? 1);
  const regions = opts.regions;
  if (!regions || regions.length === 0) throw new Error('generateFleet: regions is required');
  const cells = ids.length * regions.length;
  const perCell = (a: number, r: number): number => {
    if (opts.instancesPerRegion !== undefined) return opts.instancesPerRegion;
    const total = opts.total ?? 20 * cells;
    const idx = a * regions.length + r;
    return Math.floor(total / cells) + (idx < total % cells ? 1 : 0);
  };
  const mix: Required<FleetMix> = {
    v2Required: 0.45,
    v1Allowed: 0.4,
    disabled: 0.07,
    pending: 0.03,
    ...(opts.mix ?? {}),
  };
  const states: Required<StateMix> = {
    running: 0.8,
    stopped: 0.1,
    terminated: 0.06,
    shuttingDown: 0.02,
    pending: 0.01,
    stopping: 0.01,
    ...(opts.states ?? {}),
  };
  const roleFraction = opts.roleFraction ?? 0.6;
  const publicFraction = opts.publicIpFraction ?? 0.25;
  const hop2 = opts.hopLimit2Fraction ?? 0.2;
  const windowsFraction = opts.windowsFraction ?? 0.1;
  const metrics = opts.metrics ?? true;
  const days = opts.metricDays ?? 14;
  const enabled = opts.enabledRegions ?? [...new Set([...DEFAULT_REGIONS, ...regions])];
  const roles = opts.roles ?? DEFAULT_ROLES;
  const declarative = new Set(opts.declarativePolicyRegions ?? []);

  const accounts: AccountFixture[] = ids.map((id, a) => {
    const regionMap: Record<string, RegionFixture> = {};
    regions.forEach((region, r) => {
      const rng = new Rng(hashSeed(opts.seed, id, region));
      const n = perCell(a, r);
      const images = genImages(rng, id, opts.imagesPerRegion ?? 6);
      const nonV2 = images.filter((i) => i.imdsSupport !== 'v2.0' && i.platform !== 'windows');
      const windowsImages = images.filter((i) => i.platform === 'windows');
      const lts = n > 0 ? genLaunchTemplates(rng, id, opts.launchTemplatesPerRegion ?? 3, images) : [];
      const nAsg =
        opts.autoScalingGroupsPerRegion ?? (n >= 10 ? Math.min(10, Math.max(1, Math.floor(n / 100))) : 0);
      const lcs: LaunchConfigurationFixture[] = [];
      const asgs: AutoScalingGroupFixture[] = [];
      for (let g = 0; g < nAsg; g++) {
        const name = `${WORKLOADS[g % WORKLOADS.length]}-asg-${g + 1}`;
        const kind = lts.length === 0 ? 2 : g % 3;
        const lt = lts[g % Math.max(1, lts.length)];
        const asg: AutoScalingGroupFixture = {
          name,
          minSize: 1,
          maxSize: 20,
          availabilityZones: [`${region}a`, `${region}b`],
          createdTime: new Date(BASE + g * 86_400_000).toISOString(),
          tags: [{ Key: 'Team', Value: rng.pick(TEAMS) }],
        };
        if (kind === 0)
          asg.launchTemplate = {
            id: lt.launchTemplateId,
            name: lt.launchTemplateName,
            version: rng.pick(['$Default', '$Latest', '1']),
          };
        else if (kind === 1)
          asg.mixedInstancesPolicy = {
            launchTemplate: { id: lt.launchTemplateId, name: lt.launchTemplateName, version: '$Latest' },
            overrides: [{ instanceType: 'm6i.large' }, { instanceType: 'm7g.medium' }],
          };
        else {
          const lcName = `${name}-lc`;
          lcs.push({
            name: lcName,
            imageId: rng.pick(images).imageId,
            instanceType: rng.pick(TYPES),
            createdTime: new Date(BASE).toISOString(),
            ...(rng.chance(0.5)
              ? {
                  metadataOptions: {
                    HttpTokens: rng.pick(['optional', 'required'] as const),
                    HttpPutResponseHopLimit: 1,
                    HttpEndpoint: 'enabled' as const,
                  },
                }
              : {}),
          });
          asg.launchConfigurationName = lcName;
        }
        asgs.push(asg);
      }

      const subnets = Array.from({ length: 3 }, (_, k) => ({
        vpc: `vpc-${rng.hex(17)}`,
        subnet: `subnet-${rng.hex(17)}`,
        az: `${region}${'abc'[k]}`,
      }));
      const instances: InstanceFixture[] = [];
      let made = 0;
      while (made < n) {
        const size = Math.min(
          n - made,
          rng.chance(0.7) ? 1 : rng.chance(0.66) ? 2 + rng.int(2) : 4 + rng.int(5),
        );
        const reservationId = `r-${rng.hex(17)}`;
        const windows = windowsImages.length > 0 && rng.chance(windowsFraction);
        const net = rng.pick(subnets);
        const launchTime = new Date(BASE + rng.int(600) * 86_400_000 + rng.int(86_400) * 1000).toISOString();
        const instanceType = rng.pick(TYPES);
        const workload = rng.pick(WORKLOADS);
        const asg = asgs.length && !windows && rng.chance(0.25) ? rng.pick(asgs) : undefined;
        const asgLt = asg?.launchTemplate ?? asg?.mixedInstancesPolicy?.launchTemplate;
        const lt = asgLt
          ? lts.find((t) => t.launchTemplateId === asgLt.id)
          : lts.length && rng.chance(0.3)
            ? rng.pick(lts)
            : undefined;
        const ltVersion = lt ? String(lt.defaultVersion) : undefined;
        for (let k = 0; k < size; k++) {
          const idx = made + k;
          const state = rng.weighted<keyof StateMix>(states);
          const stateName: InstanceStateName =
            state === 'shuttingDown' ? 'shutting-down' : (state as InstanceStateName);
          const bucket = rng.weighted<keyof FleetMix>(mix);
          const image = windows
            ? rng.pick(windowsImages)
            : bucket === 'v1Allowed' && nonV2.length
              ? rng.pick(nonV2)
              : rng.pick(images.filter((i) => i.platform !== 'windows'));
          const m: MetadataOptions = {
            HttpTokens: 'optional',
            HttpPutResponseHopLimit: rng.chance(hop2) ? 2 : 1,
            HttpEndpoint: 'enabled',
            HttpProtocolIpv6: rng.chance(0.05) ? 'enabled' : 'disabled',
            InstanceMetadataTags: rng.chance(0.1) ? 'enabled' : 'disabled',
            State: 'applied',
          };
          if (bucket === 'v2Required') m.HttpTokens = 'required';
          else if (bucket === 'disabled') {
            m.HttpEndpoint = 'disabled';
            m.HttpTokens = rng.chance(0.5) ? 'required' : 'optional';
          } else if (bucket === 'pending') {
            m.HttpTokens = 'required';
            m.State = 'pending';
          }
          const num = String(idx + 1).padStart(4, '0');
          const tags: Tag[] = [
            { Key: 'Name', Value: `${workload}-${num}` },
            { Key: 'Environment', Value: rng.pick(ENVS) },
            { Key: 'Team', Value: rng.pick(TEAMS) },
          ];
          if (rng.chance(0.3)) tags.push({ Key: 'Owner', Value: `${rng.pick(TEAMS)}-oncall@example.com` });
          if (opts.hostileTags && rng.chance(0.5)) {
            tags[0] = { Key: 'Name', Value: rng.pick(HOSTILE) };
            tags.push({
              Key: rng.pick(['Description', 'Notes', '<b>key</b>', 'Owner|pipe']),
              Value: rng.pick(HOSTILE),
            });
          }
          const alive = stateName !== 'terminated' && stateName !== 'shutting-down';
          const hasRole = rng.chance(roleFraction);
          const roleName = `${workload}-instance-role`;
          const inst: InstanceFixture = {
            instanceId: `i-${rng.hex(17)}`,
            reservationId,
            state: stateName,
            tags,
            instanceType,
            ...(windows
              ? { platform: 'windows' as const, platformDetails: 'Windows' }
              : { platformDetails: 'Linux/UNIX' }),
            launchTime,
            imageId: image.imageId,
            vpcId: net.vpc,
            subnetId: net.subnet,
            availabilityZone: net.az,
            privateIpAddress: `10.${rng.int(256)}.${rng.int(256)}.${1 + rng.int(254)}`,
            metadataOptions: m,
          };
          if (alive && stateName !== 'stopped' && rng.chance(publicFraction))
            inst.publicIpAddress = `${3 + rng.int(50)}.${rng.int(256)}.${rng.int(256)}.${1 + rng.int(254)}`;
          if (hasRole)
            inst.iamInstanceProfile = {
              arn: `arn:aws:iam::${id}:instance-profile/${roleName}`,
              id: `AIPA${rng.upper(17)}`,
            };
          if (lt && ltVersion)
            inst.launchTemplate = {
              id: lt.launchTemplateId,
              name: lt.launchTemplateName,
              version: ltVersion,
            };
          if (asg) inst.autoScalingGroupName = asg.name;
          if (metrics && stateName === 'running') {
            if (m.HttpTokens === 'optional' && m.HttpEndpoint === 'enabled') {
              const x = rng.next();
              if (x < 0.5) inst.v1Calls = 0;
              else if (x < 0.85) inst.v1Calls = series(rng, days, 1, 500);
              // else: no datapoints (e.g. launched recently)
            } else if (m.HttpTokens === 'required') {
              inst.v1Calls = 0;
              inst.v1Rejected = rng.chance(0.2) ? series(rng, days, 1, 50, 0.5) : 0;
            }
          }
          instances.push(inst);
        }
        made += size;
      }

      let defaults: MetadataDefaults = {};
      if (declarative.has(region))
        defaults = {
          HttpTokens: 'required',
          HttpPutResponseHopLimit: 2,
          ManagedBy: 'declarative-policy',
          ManagedExceptionMessage: 'Managed by your organization (declarative policy)',
        };
      else {
        const x = rng.next();
        if (x < 0.3) defaults = { HttpTokens: 'required', HttpPutResponseHopLimit: 2 };
        else if (x < 0.4) defaults = { HttpTokens: 'optional' };
      }
      regionMap[region] = {
        instances,
        metadataDefaults: defaults,
        launchTemplates: lts,
        images,
        autoScalingGroups: asgs,
        launchConfigurations: lcs,
      };
    });
    return {
      id,
      name: a === 0 ? 'management' : `workload-${a}`,
      email: `aws+${id}@example.com`,
      status: 'ACTIVE',
      enabledRegions: enabled,
      regions: regionMap,
      roles: structuredClone(roles),
    };
  });

  const world: WorldFixture = { defaultAccount: ids[0], accounts };
  if (opts.organization ?? ids.length > 1) {
    const rng = new Rng(hashSeed(opts.seed, 'org'));
    world.organization = {
      id: `o-${rng.hex(10)}`,
      managementAccountId: ids[0],
      extraAccounts: Array.from({ length: opts.suspendedAccounts ?? 0 }, (_, i) => ({
        id: String(900_000_000_000 + i).padStart(12, '0'),
        name: `closed-${i + 1}`,
        status: 'SUSPENDED' as const,
      })),
    };
  }
  return world;
}
