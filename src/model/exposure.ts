/**
 * Exposure context beside the IMDS settings: has anyone already used an instance's credentials
 * elsewhere (GuardDuty), what those credentials can reach (IAM), and the other AWS services that run
 * an instance metadata service (SageMaker notebook instances, Elastic Beanstalk, Lightsail).
 * Collected read-only, once per account/region; a read that fails is recorded and reported as unknown.
 */

/** GuardDuty's instance-credential-exfiltration finding types (MITRE ATT&CK T1552.005). */
export const EXFILTRATION_TYPES = [
  'UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS',
  'UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.InsideAWS',
] as const;
export type ExfiltrationType = (typeof EXFILTRATION_TYPES)[number];

export interface ExfiltrationFinding {
  accountId: string;
  region: string;
  detectorId: string;
  findingId: string;
  type: ExfiltrationType;
  /** The instance whose credentials were used: from the principal's `ROLEID:i-…` session name, else the resource. */
  instanceId?: string;
  /** How instanceId was found: `session-name` (the access key's principal) or `resource` (the finding's instance). */
  joinedBy?: 'session-name' | 'resource';
  principalId?: string;
  userName?: string;
  accessKeyId?: string;
  severity?: number;
  /** ISO 8601. */
  updatedAt: string;
  firstSeen?: string;
  lastSeen?: string;
  count?: number;
  archived: boolean;
  remoteIp?: string;
  asn?: string;
  asnOrg?: string;
  org?: string;
  isp?: string;
  country?: string;
  /** For InsideAWS: the account the credentials were used from. */
  remoteAccountId?: string;
}

/** What GuardDuty said for one (account, region): never "no findings" when it could not look. */
export interface GuardDutyRegionRead {
  accountId: string;
  region: string;
  /** enabled: a detector was read; disabled: no detector; unknown: the read failed (code says why). */
  status: 'enabled' | 'disabled' | 'unknown';
  detectorId?: string;
  /** Exfiltration findings read in this region. */
  findings: number;
  code?: string;
  message?: string;
}

export type ReachLevel = 'admin' | 'iam-write' | 'data-wildcard' | 'narrow' | 'unknown';

/** What one instance profile's role can reach, from its attached and inline policies. */
export interface RoleReach {
  accountId: string;
  instanceProfileArn: string;
  roleName?: string;
  roleArn?: string;
  level: ReachLevel;
  /** Why, in words (e.g. `AdministratorAccess (AWS managed)`, `s3:GetObject on *`). */
  reasons: string[];
  /** Policy names read (attached ARNs' names and inline names). */
  policies: string[];
  /** Reads that failed: the level is `unknown` when the role or any policy could not be read. */
  errors: Array<{ operation: string; code: string; message: string }>;
}

export type OtherImdsKind = 'sagemaker-notebook' | 'beanstalk-environment' | 'lightsail-instance';

/** A resource of another service that runs an instance metadata service. */
export interface OtherImdsResource {
  kind: OtherImdsKind;
  accountId: string;
  region: string;
  /** Name (notebook, environment, Lightsail instance). */
  name: string;
  arn?: string;
  /** true: IMDSv1 allowed; false: IMDSv2 only; undefined: unknown. */
  allowsV1?: boolean;
  /** The setting as read, in words (`MinimumInstanceMetadataServiceVersion=1`, `DisableIMDSv1 unset`…). */
  setting: string;
  /** What was assumed where the service leaves it unset. */
  assumption?: string;
}

/** One exposure read that failed (reported as unknown; the audit goes on). */
export interface ExposureError {
  accountId: string;
  region: string;
  service: 'guardduty' | 'iam' | 'sagemaker' | 'elasticbeanstalk' | 'lightsail';
  operation: string;
  code: string;
  message: string;
}

export interface ExposureRead {
  /** The window findings were read over (the audit's usage window). */
  from: string;
  to: string;
  guardDuty: GuardDutyRegionRead[];
  findings: ExfiltrationFinding[];
  roles: RoleReach[];
  otherImds: OtherImdsResource[];
  /** (account, region) where Lightsail is not offered (its endpoint does not exist): nothing to audit there. */
  lightsailUnavailable?: Array<{ accountId: string; region: string }>;
  errors: ExposureError[];
}

/** The exposure context judged (assess/exposure.ts). */
export interface OtherImdsRuleResult {
  id: string;
  name: string;
  description: string;
  kind: OtherImdsKind;
  total: number;
  compliant: number;
  allowV1: number;
  unknown: number;
}

export interface ExposureAssessment {
  from: string;
  to: string;
  /** Instances with an exfiltration finding, most recent finding first. */
  exploited: Array<{
    instanceId: string;
    accountId: string;
    region: string;
    name?: string;
    /** undefined when the instance was not in this scan (terminated, another account, out of scope). */
    bucket?: 'v2-required' | 'v1-allowed' | 'disabled' | 'pending';
    reach?: ReachLevel;
    findings: ExfiltrationFinding[];
  }>;
  /** Findings that name no instance (neither a `:i-…` session nor a resource instance). */
  unjoined: ExfiltrationFinding[];
  guardDuty: {
    regions: GuardDutyRegionRead[];
    enabled: number;
    disabled: number;
    unknown: number;
  };
  /** Role reach per instance profile on v1-allowed instances, worst first. */
  roles: Array<RoleReach & { instances: number; publicInstances: number }>;
  reachCounts: Record<ReachLevel, number>;
  /** v1-allowed + role + public IP + administrator: the worst case. */
  worst: number;
  otherImds: {
    rules: OtherImdsRuleResult[];
    resources: Array<OtherImdsResource & { rule: string }>;
    /** Where Lightsail is not offered (nothing to audit there). */
    lightsailUnavailable: Array<{ accountId: string; region: string }>;
  };
  errors: ExposureError[];
}
