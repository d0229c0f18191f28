/** What judging concluded: buckets, rules, rollups, gate, posture verdicts. */

import type { ExposureAssessment } from './exposure.js';
import type {
  AccountDefaults,
  AccountScan,
  AutoScalingGroupInfo,
  AutoScalingLaunchRef,
  ImageInfo,
  Instance,
  LaunchTemplateInfo,
  LaunchTemplateVersionInfo,
  PostureError,
  RegionScan,
  ScanError,
  V1UsageRead,
} from './inventory.js';
import type { ComplianceRuleId, HopLimitPolicy } from './settings.js';

export type Bucket = 'v2-required' | 'v1-allowed' | 'disabled' | 'pending';
export const BUCKETS: readonly Bucket[] = ['v2-required', 'v1-allowed', 'disabled', 'pending'];

/** Risk of a v1-allowed instance: role + public IP (internet-facing SSRF → credentials) is worst. */
export type RiskTier = 'role-public' | 'role' | 'no-role';
export const RISK_TIERS: readonly RiskTier[] = ['role-public', 'role', 'no-role'];

export interface ExceptionInfo {
  reason: string;
  expires?: string; // YYYY-MM-DD
  expired: boolean;
  /** False when malformed (reported, not honoured). */
  valid: boolean;
  /** Honoured: the instance leaves the percentage's failures and the plan. */
  honoured: boolean;
}

export interface AssessedInstance extends Instance {
  bucket: Bucket;
  compliant: boolean;
  /** Set for v1-allowed instances only. */
  risk?: RiskTier;
  exception?: ExceptionInfo;
}

export interface Rollup {
  inScope: number;
  compliant: number;
  /** Exact ratio × 100 (100 when inScope is 0). Display with formatPercent, never round up to 100. */
  percent: number;
  buckets: Record<Bucket, number>;
  stopped: number;
  risk: Record<RiskTier, number>;
  withRole: number;
  exempted: number;
}

export interface RuleInfo {
  id: ComplianceRuleId;
  name: string;
  description: string;
}

export interface GateResult {
  passed: boolean;
  threshold: number;
  percent: number;
  /** One line per reason the gate failed (empty when passed). */
  failures: string[];
}

export interface Assessment {
  rule: RuleInfo;
  scannedAt: string;
  durationMs: number;
  totals: Rollup;
  byRegion: Array<{ accountId: string; region: string; rollup: Rollup }>;
  byAccount: Array<{ accountId: string; rollup: Rollup; status: 'ok' | 'failed'; error?: ScanError }>;
  failedRegions: RegionScan[];
  failedAccounts: AccountScan[];
  regionsScanned: number;
  accountsScanned: number;
  /** In-scope instances only, assessed. */
  instances: AssessedInstance[];
  /** Instances seen but out of scope (terminated, shutting-down, or stopped when excluded). */
  outOfScope: number;
  expiredExceptions: AssessedInstance[];
  posture?: PostureAssessment;
  gate: GateResult;
  /** Who still uses IMDSv1 (CloudWatch), when it was read. */
  v1Usage?: V1UsageAssessment;
  /** Auto Scaling groups judged by the launch template version they launch. */
  autoScalingGroups?: AutoScalingGroupVerdict[];
  /** `group-by-tag`: one rollup per tag value, worst first; untagged instances are their own row. */
  byTag?: TagRollups;
  /** Hop-limit findings against `hop-limit-policy`. */
  hopLimit?: HopLimitAssessment;
  /** Exfiltration findings, role reach, other IMDS services (assess/exposure.ts). */
  exposure?: ExposureAssessment;
}

export interface V1UsageAssessment {
  days: number;
  from: string;
  to: string;
  /** v1-allowed instances with 0 MetadataNoToken in the window: safe to harden now. */
  safe: number;
  /** v1-allowed instances that made IMDSv1 calls: requiring tokens breaks them. */
  inUse: number;
  /** v1-allowed instances whose usage could not be read. */
  unknown: number;
  /** Instances that require tokens and had IMDSv1 calls refused (MetadataNoTokenRejected > 0). */
  rejected: number;
  errors: V1UsageRead['errors'];
}

/** How a group launches: one entry per launch template reference, resolved to a version. */
export interface AutoScalingLaunchVerdict extends AutoScalingLaunchRef {
  /** The version number the reference resolves to (absent when it could not be resolved). */
  versionNumber?: number;
  /** That version's metadata settings. */
  settings?: LaunchTemplateVersionInfo;
  /** `v2-only` | `v1-allowed` | `endpoint-disabled` | `unknown` (version not read). */
  verdict: 'v2-only' | 'v1-allowed' | 'endpoint-disabled' | 'unknown';
}

export interface AutoScalingGroupVerdict {
  accountId: string;
  region: string;
  name: string;
  launchTemplateId?: string;
  launchTemplateName?: string;
  /** What the group launches, reference by reference (mixed-instances overrides included). */
  launches: AutoScalingLaunchVerdict[];
  /** The worst of its launches: any v1-allowed launch makes the group a finding. */
  verdict: AutoScalingLaunchVerdict['verdict'] | 'launch-configuration';
  allowsV1: boolean;
  /** Why, in words. */
  reason: string;
}

export interface TagRollups {
  key: string;
  rows: Array<{ value: string; untagged: boolean; rollup: Rollup; inUse: number; safe: number }>;
}

export interface HopLimitAssessment {
  policy: HopLimitPolicy;
  /** In-scope instances whose hop limit is above the policy for their kind of host. */
  findings: Array<{
    instanceId: string;
    accountId: string;
    region: string;
    name?: string;
    hopLimit: number;
    allowed: number;
    containerHost: boolean;
  }>;
  containerHosts: number;
}

export interface PostureAssessment {
  /** Findings first. `reason` says why, in words (for reports), when allowsV1. */
  accountDefaults: Array<AccountDefaults & { allowsV1: boolean; reason?: string }>;
  launchTemplates: Array<LaunchTemplateInfo & { allowsV1: boolean; reason?: string }>;
  images: ImageInfo[];
  autoScalingGroupsOnLaunchConfigurations: AutoScalingGroupInfo[];
  /** Posture calls that failed, per account/region/operation (reported, never fatal). */
  errors?: PostureError[];
  /** The section's own counts (the same numbers in JSON, Markdown and HTML). */
  counts?: PostureCounts;
}

export interface PostureCounts {
  /** (account, region) pairs whose defaults were read; allowV1 = new launches there may get IMDSv1. */
  accountDefaults: { regions: number; allowV1: number; declarativePolicy: number };
  /** Launch templates whose default or latest version allows IMDSv1 (Security Hub EC2.170). */
  launchTemplates: { total: number; allowV1: number; instancesUsingV1Templates: number };
  /** AMIs behind in-scope instances; v2Only = ImdsSupport v2.0 (launch with IMDSv2 required). */
  images: { total: number; v2Only: number };
  /** Auto Scaling groups on launch configurations (AutoScaling.3). */
  autoScalingGroupsOnLaunchConfigurations: number;
  /** Failed posture calls. */
  errors: number;
}
