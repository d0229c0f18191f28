/**
 * The data model of IMDS Guard: every type that crosses a stage boundary lives here, so the whole
 * pipeline can be read in one sitting.
 *
 *   inputs ─► Settings ─► sessions ─► Inventory ─► Assessment ─► reports / gate
 *                                                     └─► Plan ─(approval)─► apply ─► ChangeRecord[]
 */

// ───────────────────────────── settings ─────────────────────────────

/** `plan-rollback` writes a rollback plan from the change log (read-only); `rollback` applies it. */
export type Mode = 'audit' | 'plan' | 'apply' | 'plan-rollback' | 'rollback' | 'merge';

/** `ec2.8`: compliant iff HttpTokens=required (Security Hub EC2.8 / AWS Config ec2-imdsv2-check).
 *  `ec2.8-or-disabled`: also counts endpoint-disabled instances as compliant (Prowler's rule). */
export type ComplianceRuleId = 'ec2.8' | 'ec2.8-or-disabled';

export type CommentMode = 'auto' | 'always' | 'never';
export type Remediation = 'require-v2' | 'disable' | 'allow-v1';
export type GateTarget = 'instances' | 'launch-templates' | 'account-defaults';

export interface TagFilter {
  key: string;
  /** undefined: the key must be present, any value. */
  value?: string;
}

export interface Settings {
  mode: Mode;
  /** Region for STS, DescribeRegions and Organizations calls (input aws-region, else AWS_REGION, else us-east-1). */
  homeRegion: string;
  auth: {
    /** IAM role ARN assumed with the GitHub OIDC token; undefined → the SDK default chain. */
    roleToAssume?: string;
    audience: string;
    roleSessionName: string;
    roleDurationSeconds: number;
    /** Permit the SDK to take credentials from an instance metadata service (off: AWS-2025-021). */
    allowInstanceCredentials: boolean;
  };
  scope: {
    /** 'all' = every region DescribeRegions reports enabled. */
    regions: 'all' | string[];
    excludeRegions: string[];
    includeStopped: boolean;
    /** Bounded parallelism across account × region scans. */
    concurrency: number;
  };
  gate: {
    rule: ComplianceRuleId;
    /** 0–100; the check fails when enforcement % is below it. */
    threshold: number;
    failOnRegionError: boolean;
    failOnAccountError: boolean;
    /** Per-account threshold (organizations); undefined = not gated per account. */
    accountThreshold?: number;
    gateOn: GateTarget[];
  };
  exceptions: {
    /** Honour exemption tags in the percentage and the plan. */
    enabled: boolean;
    tagKey: string;
  };
  /** The pull request's infrastructure code (issue: IaC check). */
  iac: {
    /** Workspace globs of Terraform plan JSON, .tf/.tfvars and CloudFormation/CDK templates; empty = off. */
    globs: string[];
    /**
     * What fails a pull request: `iac` (default) — only what its code adds or weakens, the live posture is
     * reported; `iac-and-live` — the live threshold gates too.
     */
    prGate: 'iac' | 'iac-and-live';
  };
  reports: {
    /** Output paths; relative paths resolve against the workspace. */
    jsonPath: string;
    htmlPath: string;
    /** SARIF 2.1.0 of the IaC findings (written when `iac` is set). */
    sarifPath: string;
    markdownPath: string;
    summary: boolean;
    comment: CommentMode;
    commentId: string;
    historyFile?: string;
    historyLength: number;
    baselineReport?: string;
    /** `group-by-tag`: a tag key (e.g. Team); the report adds a table per value of it. */
    groupByTag?: string;
    /** `hop-limit-policy`: the highest hop limit allowed on plain and on container hosts. */
    hopLimitPolicy?: HopLimitPolicy;
  };
  github: {
    token?: string;
  };
  organization: {
    /** Explicit member accounts (12-digit ids). Empty with `organization: false` = the signed-in account only. */
    accounts: string[];
    organization: boolean;
    memberRoleName: string;
    excludeAccounts: string[];
    /** `{index, count}` for `shard: i/n` (1-based index). */
    shard?: { index: number; count: number };
    /** Folder or glob of JSON reports for `mode: merge`. */
    mergeReports?: string;
  };
  remediation: {
    action: Remediation;
    hopLimit?: number;
    selection: Selection;
    v1UsageDays: number;
    includeInUse: boolean;
    planFile: string;
    /** The plan job's `plan-digest` output: apply and rollback refuse a plan whose content differs. */
    planDigest?: string;
    planMaxAgeHours: number;
    approvalEnvironment?: string;
    changelogPath: string;
    commitChangelog: boolean;
    rollbackRun?: string;
    /** Also plan launch-template and account-default changes (issue: beyond instances). */
    targets: GateTarget[];
    /** Staged waves (inputs waves, soak-minutes, failure-budget); undefined = one batch, no soak. */
    waves?: WaveSettings;
  };
}

/** How a plan is staged into waves (issue 12); sealed into the plan, so the approver reviews it. */
/** `hop-limit-policy` (Config rule ec2-token-hop-limit-check): e.g. `1,container=2`. */
export interface HopLimitPolicy {
  /** The input as given (shown in the report). */
  raw: string;
  /** Highest hop limit a plain host may have (default 1). */
  plain: number;
  /** Highest hop limit a container host (EKS/ECS, by tags or launch template) may have (default 2). */
  container: number;
}

export interface WaveSettings {
  /** The `waves` input as given. */
  raw: string;
  specs: WaveSpec[];
  /** Minutes to wait after each wave's last change before its metrics are read (decimals allowed). */
  soakMinutes: number;
  /** Instances that may break (and be restored) before the run stops before the next wave. */
  failureBudget: number;
}

/**
 * One element of the `waves` input: `[label:]size`, size = `N-per-region` | `N-per-account` |
 * `N-per-tag:KEY` (a canary of N per group) | `N` (N more instances) | `P%` (until P % of the plan's
 * instances are in waves so far) | `rest`.
 */
export interface WaveSpec {
  /** The element as written (shown in the plan). */
  text: string;
  label?: string;
  size:
    | { kind: 'per-group'; count: number; by: 'region' | 'account' | 'tag'; tagKey?: string }
    | { kind: 'count'; count: number }
    | { kind: 'percent'; percent: number }
    | { kind: 'rest' };
}

export interface Selection {
  instances: string[];
  instancesFile?: string;
  tags: TagFilter[];
  excludeInstances: string[];
  excludeTags: TagFilter[];
}

// ───────────────────────────── inventory ─────────────────────────────

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

// ───────────────────────────── assessment ─────────────────────────────

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

// ───────────────────────────── remediation ─────────────────────────────

export type PlanKind = 'instance' | 'launch-template' | 'account-defaults';

export interface PlanItem {
  kind: PlanKind;
  accountId: string;
  region: string;
  /** instance id, launch template id, or 'account-defaults'. */
  resourceId: string;
  name?: string;
  before: MetadataOptions;
  /** Only the fields that change. */
  after: MetadataOptions;
  reason: string;
  /** Sum of MetadataNoToken over the readiness window; undefined when not measured. */
  v1Calls?: number;
  /** For launch templates: the default version before the change (for rollback). */
  beforeVersion?: number;
  /** For launch templates in a rollback plan: the default version to set back. */
  afterVersion?: number;
  /** Staged plans: the 1-based wave this item is applied in (see Plan.waves). */
  wave?: number;
}

export interface HeldBackItem {
  accountId: string;
  region: string;
  resourceId: string;
  name?: string;
  reason: string;
  v1Calls?: number;
}

export interface Plan {
  schema: 'imds-guard/plan';
  version: 1;
  createdAt: string;
  scannedAt: string;
  mode: 'plan' | 'rollback';
  remediation: Remediation | 'restore';
  v1UsageDays: number;
  /** What selected the plan's resources, as the plan job was given it (shown to the approver). */
  selectedBy?: PlanSelection;
  items: PlanItem[];
  heldBack: HeldBackItem[];
  /** Staged plans (issue 12): the waves, soak and failure budget apply follows. Covered by the digest. */
  waves?: PlanWaves;
  /** sha256 over the canonical JSON of everything above. */
  digest: string;
}

/** A staged plan's waves, as sealed in the plan. */
export interface PlanWaves {
  /** The `waves` input the plan job was given. */
  spec: string;
  soakMinutes: number;
  failureBudget: number;
  waves: PlanWave[];
}

export interface PlanWave {
  /** 1-based. */
  wave: number;
  /** What chose this wave's items, e.g. `canary: 1-per-region`, `25%`, `rest`. */
  definition: string;
  /** Items in the wave (instances, or launch templates and account defaults in a final posture wave). */
  items: number;
  /** False for the final wave of launch templates and account defaults: no instance metrics to soak. */
  soak: boolean;
}

/** The inputs that chose a plan's resources, recorded in the plan so the approver sees them. */
export interface PlanSelection {
  accountId?: string;
  regions: 'all' | string[];
  excludeRegions: string[];
  targets: GateTarget[];
  instances: string[];
  /** instances-file: its path and the sha256 of its content when the plan was made. */
  instancesFile?: { path: string; sha256: string; rows: number };
  tags: TagFilter[];
  excludeInstances: string[];
  excludeTags: TagFilter[];
  /** Rollback plans: the run whose changes they undo. */
  rollbackRun?: string;
}

/** The final outcome of one attempted change. */
/**
 * `unknown`: the write may or may not have been carried out (its answer was lost and the confirming
 * re-read failed too). It stays open, like an intent without an outcome, until a later run re-reads.
 */
export type ChangeResult = 'applied' | 'failed' | 'drifted' | 'skipped' | 'unknown';
/**
 * A change-log line's result: an outcome, or `started` — the write-ahead intent appended (and fsynced)
 * BEFORE the AWS write, with the before-state and the intended after-state. An intent followed by no
 * outcome for the same run and resource means the process died with the answer on the wire: the next
 * apply/rollback re-reads the resource and appends a reconciling outcome (`reconciledBy`).
 */
export type ChangeRecordResult = ChangeResult | 'started';

export interface ChangeRecord {
  time: string;
  runId: string;
  runUrl?: string;
  actor?: string;
  mode: 'apply' | 'rollback';
  kind: PlanKind;
  accountId: string;
  region: string;
  resourceId: string;
  before: MetadataOptions;
  after: MetadataOptions;
  result: ChangeRecordResult;
  errorCode?: string;
  errorMessage?: string;
  planDigest: string;
  beforeVersion?: number;
  afterVersion?: number;
  /** On a reconciling outcome: the run id that re-read the resource (runId stays the intent's run). */
  reconciledBy?: string;
  /** Staged plans: the wave the change belongs to. */
  wave?: number;
  /**
   * Set on the records of an automatic restore after a wave's soak (issue 12): the evidence that the
   * change broke the instance. The record restores the exact before-state of the wave's change.
   */
  autoRollback?: AutoRollbackEvidence;
}

export interface AutoRollbackEvidence {
  metric: 'MetadataNoTokenRejected' | 'StatusCheckFailed';
  /** `Sum` for MetadataNoTokenRejected (refused IMDSv1 calls); `Maximum` per period for StatusCheckFailed. */
  statistic: 'Sum' | 'Maximum';
  /** The datapoints of the window added up: refused calls, or periods with a failed status check. */
  sum: number;
  periodSeconds: number;
  /** The window read: from the wave's first change to the end of the soak (ISO 8601). */
  from: string;
  to: string;
  wave: number;
  reason: string;
}

// ───────────────────────────── a run's result ─────────────────────────────

export interface RunResult {
  /** False when the gate (or an apply) failed: the step exits non-zero. */
  passed: boolean;
  /** One line per reason, for core.setFailed / the CLI's stderr. */
  failures: string[];
  assessment?: Assessment;
  inventory?: Inventory;
}
