/**
 * The words of the inputs that the stages below the pipeline share: modes, rules, targets, selections and
 * waves. The whole parsed input (Settings) lives in src/settings/ and stops at the pipeline.
 */

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
