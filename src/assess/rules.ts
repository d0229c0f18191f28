/**
 * Classification of one instance's metadata options: the bucket, compliance under the selected
 * rule, and the risk tier of a v1-allowed instance. Pure functions, no I/O.
 */
import type {
  Bucket,
  ComplianceRuleId,
  Instance,
  MetadataOptions,
  RiskTier,
  RuleInfo,
} from '../model/types.js';

export const RULES: Record<ComplianceRuleId, RuleInfo> = {
  'ec2.8': {
    id: 'ec2.8',
    name: 'Security Hub EC2.8 (AWS Config ec2-imdsv2-check)',
    description: 'An instance is compliant only when HttpTokens is required (IMDSv2 enforced).',
  },
  'ec2.8-or-disabled': {
    id: 'ec2.8-or-disabled',
    name: 'EC2.8 or endpoint disabled (Prowler ec2_instance_imdsv2_enabled)',
    description:
      'An instance is compliant when HttpTokens is required, or when its metadata endpoint is disabled.',
  },
};

/** Terminated and shutting-down instances linger in DescribeInstances for about an hour: out of scope. */
export function inScope(instance: Instance, includeStopped: boolean): boolean {
  if (instance.state === 'terminated' || instance.state === 'shutting-down') return false;
  if (!includeStopped && (instance.state === 'stopped' || instance.state === 'stopping')) return false;
  return true;
}

export function isStopped(instance: Instance): boolean {
  return instance.state === 'stopped' || instance.state === 'stopping';
}

const endpointDisabled = (m: MetadataOptions) => m.httpEndpoint === 'disabled';
const tokensRequired = (m: MetadataOptions) => m.httpTokens === 'required';

/**
 * The display bucket. A change still in flight (State=pending) is its own bucket: DescribeInstances
 * already shows the requested values, but the instance may not enforce them yet.
 */
export function bucketOf(m: MetadataOptions): Bucket {
  if (m.state === 'pending') return 'pending';
  if (endpointDisabled(m)) return 'disabled';
  if (tokensRequired(m)) return 'v2-required';
  return 'v1-allowed';
}

/**
 * Compliance follows the rule on the settings themselves (as AWS Config does), whatever the bucket:
 * a pending change to HttpTokens=required is compliant under EC2.8.
 */
export function isCompliant(m: MetadataOptions, rule: ComplianceRuleId): boolean {
  if (tokensRequired(m)) return true;
  return rule === 'ec2.8-or-disabled' && endpointDisabled(m);
}

/** v1 reachable: endpoint on and tokens optional (the SSRF-to-credentials exposure). */
export function allowsV1(m: MetadataOptions): boolean {
  return !endpointDisabled(m) && !tokensRequired(m);
}

export function riskOf(instance: Instance): RiskTier {
  if (instance.instanceProfileArn && instance.publicIp) return 'role-public';
  if (instance.instanceProfileArn) return 'role';
  return 'no-role';
}
