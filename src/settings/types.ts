/**
 * Every input, parsed and validated once into one typed object (parse.ts). The entries, run() and the
 * mode pipelines read it; each pipeline hands the layers below the narrow options they declare.
 */
import type {
  CommentMode,
  ComplianceRuleId,
  GateTarget,
  HopLimitPolicy,
  Mode,
  Remediation,
  Selection,
  WaveSettings,
} from '../model/settings.js';

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
    /** The `!us-west-1` entries of `regions`. */
    excludeRegions: string[];
    includeStopped: boolean;
    /** Bounded parallelism across account × region scans. */
    concurrency: number;
  };
  gate: {
    rule: ComplianceRuleId;
    /** 0–100; the check fails when enforcement % is below it. */
    threshold: number;
    /** `fail-on-scan-error`: true or regions → failOnRegionError; true or accounts → failOnAccountError. */
    failOnRegionError: boolean;
    failOnAccountError: boolean;
    /** Per-account threshold (organizations); undefined = not gated per account. */
    accountThreshold?: number;
    gateOn: GateTarget[];
  };
  exceptions: {
    /** Honour exemption tags in the percentage and the plan. */
    enabled: boolean;
    /** `exceptions: true` → imds-guard:exempt; `exceptions: KEY` → KEY. */
    tagKey: string;
  };
  /** The pull request's infrastructure code (the IaC check). */
  iac: {
    /** Workspace globs of Terraform plan JSON, .tf/.tfvars and CloudFormation/CDK templates; empty = off. */
    globs: string[];
    /** Terraform var files, in order, as `-var-file` would apply them (workspace-relative). */
    varFiles: string[];
    /** CloudFormation parameter files, each for one template (workspace-relative). */
    cfnParameters: { template: string; file: string }[];
    /**
     * What fails a pull request: `iac` (default) — only what its code adds or weakens, the live posture is
     * reported; `iac-and-live` — the live threshold gates too.
     */
    prGate: 'iac' | 'iac-and-live';
    /**
     * Which resources gate on a pull request / merge group: `changes` (default) — what it adds or changes
     * against its base revision; `everything` — every resource the globs match.
     */
    judge: 'changes' | 'everything';
    /** What a setting the code decides but the evaluator cannot resolve (IMDSG006) does: warn or fail. */
    unresolved: 'warn' | 'fail';
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
    /** Explicit member accounts (the 12-digit ids of `accounts`). Empty without organization = the signed-in account only. */
    accounts: string[];
    /** `accounts: organization`: every ACTIVE account of the AWS Organization. */
    organization: boolean;
    memberRoleName: string;
    /** The `!123456789012` entries of `accounts`. */
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
    /** Also plan launch-template and account-default changes. */
    targets: GateTarget[];
    /** Staged waves (input waves, with its soak= and failure-budget= elements); undefined = one batch, no soak. */
    waves?: WaveSettings;
  };
}
