/** What collection found: accounts, regions, instances, launch posture, Auto Scaling launches. */

import type { ExposureRead } from './exposure.js';

export interface MetadataOptions {
  httpTokens?: string; // 'optional' | 'required'
  httpPutResponseHopLimit?: number;
  httpEndpoint?: string; // 'enabled' | 'disabled'
  httpProtocolIpv6?: string;
  instanceMetadataTags?: string;
  state?: string; // 'pending' | 'applied'
  /** Account defaults only (GetInstanceMetadataDefaults): 'enabled' | 'disabled'; absent = no preference. */
  httpTokensEnforced?: string;
}

export interface Instance {
  instanceId: string;
  accountId: string;
  region: string;
  state: string; // pending | running | stopping | stopped | shutting-down | terminated
  name?: string;
  tags: Record<string, string>;
  instanceType?: string;
  platform?: string;
  launchTime?: string; // ISO 8601
  imageId?: string;
  vpcId?: string;
  publicIp: boolean;
  instanceProfileArn?: string;
  metadata: MetadataOptions;
  launchTemplateId?: string;
  autoScalingGroup?: string;
  /**
   * IMDSv1 calls (CloudWatch MetadataNoToken, Sum) over the audit's `v1-usage-days` window; read for
   * v1-allowed instances. Absent when not read (not v1-allowed, or the read failed: see Inventory.v1Usage).
   */
  v1Calls?: number;
  /**
   * Refused IMDSv1 calls (MetadataNoTokenRejected, Sum) over the same window; read for instances that
   * require tokens: a workload broken by hardening. Absent when not read.
   */
  v1Rejected?: number;
}

export interface ScanError {
  code: string;
  message: string;
}

export interface RegionScan {
  accountId: string;
  region: string;
  status: 'ok' | 'failed';
  instances: number;
  pages: number;
  /** DescribeInstances chains paged in parallel inside this region (absent: one chain). */
  partitions?: number;
  durationMs: number;
  error?: ScanError;
}

export interface AccountScan {
  accountId: string;
  status: 'ok' | 'failed';
  /** The role used for this account (signed-in role or member role). */
  roleArn?: string;
  error?: ScanError;
}

export interface AccountDefaults {
  accountId: string;
  region: string;
  httpTokens?: string; // optional | required | undefined (no preference)
  httpPutResponseHopLimit?: number;
  httpEndpoint?: string;
  instanceMetadataTags?: string;
  httpTokensEnforced?: string;
  managedBy?: string; // account | declarative-policy
}

export interface LaunchTemplateVersionInfo {
  versionNumber: number;
  httpTokens?: string;
  httpEndpoint?: string;
  httpPutResponseHopLimit?: number;
}

export interface LaunchTemplateInfo {
  accountId: string;
  region: string;
  launchTemplateId: string;
  name: string;
  defaultVersion: LaunchTemplateVersionInfo;
  latestVersion: LaunchTemplateVersionInfo;
  instancesUsing: number;
  autoScalingGroups: string[];
}

export interface ImageInfo {
  accountId: string;
  region: string;
  imageId: string;
  name?: string;
  imdsSupport?: string; // 'v2.0' | undefined
  instancesUsing: number;
}

export interface AutoScalingGroupInfo {
  accountId: string;
  region: string;
  name: string;
  launchTemplateId?: string;
  launchConfigurationName?: string;
}

/** One failed posture call: the rest of the audit (and the rest of the posture) goes on. */
export interface PostureError {
  accountId: string;
  region: string;
  /** The AWS operation, e.g. GetInstanceMetadataDefaults, DescribeLaunchTemplateVersions. */
  operation: string;
  code: string;
  message: string;
}

/** What a sharded run was given and what it scanned, so `mode: merge` can check completeness. */
export interface ShardInfo {
  /** 1-based. */
  index: number;
  count: number;
  /** Every account the run was given (sorted, after exclusions), i.e. the whole organization list. */
  accounts: string[];
  /** The accounts of this shard (a deterministic partition of `accounts`). */
  assigned: string[];
}

export interface Inventory {
  /** ISO 8601 time the scan started. */
  scannedAt: string;
  durationMs: number;
  /** The account signed in to (the management/delegated account for organizations). */
  callerAccountId: string;
  accounts: AccountScan[];
  regions: RegionScan[];
  instances: Instance[];
  accountDefaults?: AccountDefaults[];
  launchTemplates?: LaunchTemplateInfo[];
  images?: ImageInfo[];
  autoScalingGroups?: AutoScalingGroupInfo[];
  /** Posture calls that failed (e.g. AccessDenied on GetInstanceMetadataDefaults); the audit goes on. */
  postureErrors?: PostureError[];
  /** Set when this run scanned one shard (`shard: i/n`) of the account list. */
  shard?: ShardInfo;
  /** Calls made to AWS, per operation (for the log and the benchmark). */
  apiCalls: Record<string, number>;
  /** The audit's read of IMDSv1 usage (window and what could not be read); absent when not read. */
  v1Usage?: V1UsageRead;
  /** Auto Scaling groups with the launch template versions they launch (src/aws/asg.ts). */
  autoScalingLaunches?: AutoScalingLaunches;
  /** GuardDuty exfiltration findings, role reach and the other services' IMDS settings (model/exposure.ts). */
  exposure?: ExposureRead;
}

/** What the audit's CloudWatch read covered (the per-instance sums are on the instances). */
export interface V1UsageRead {
  days: number;
  /** The window read (ISO 8601, whole UTC days). */
  from: string;
  to: string;
  /** (account, region, metric) reads that failed: their instances' usage is unknown, not zero. */
  errors: Array<{ accountId: string; region: string; metric: string; code: string; message: string }>;
}

/** One launch template reference of an Auto Scaling group, as the group names it. */
export interface AutoScalingLaunchRef {
  /** `LaunchTemplate`, the mixed-instances policy's template, or one of its per-instance-type overrides. */
  source: 'launch-template' | 'mixed-instances-policy' | 'override';
  launchTemplateId?: string;
  launchTemplateName?: string;
  /** As the group says it: `$Default`, `$Latest` or a version number (absent in the API = `$Default`). */
  version: string;
  /** Overrides: the instance type the override applies to. */
  instanceType?: string;
}

export interface AutoScalingGroupLaunch {
  accountId: string;
  region: string;
  name: string;
  refs: AutoScalingLaunchRef[];
  launchConfigurationName?: string;
}

/** The versions of one launch template that groups launch (plus its default and latest numbers). */
export interface LaunchTemplateVersionSet {
  accountId: string;
  region: string;
  launchTemplateId: string;
  name: string;
  defaultVersionNumber?: number;
  latestVersionNumber?: number;
  versions: LaunchTemplateVersionInfo[];
}

export interface AutoScalingLaunches {
  groups: AutoScalingGroupLaunch[];
  templates: LaunchTemplateVersionSet[];
  errors: PostureError[];
}
