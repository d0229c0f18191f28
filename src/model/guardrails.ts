/** The guardrail policies' inputs and outputs (computed by src/assess/guardrails.ts). */

// ───────────────────────────── inputs ─────────────────────────────

export interface GuardrailInstance {
  instanceId: string;
  accountId: string;
  region: string;
  /** Terminated and shutting-down instances are ignored (out of scope). */
  state?: string;
  tags: Record<string, string>;
  metadata: { httpTokens?: string; httpPutResponseHopLimit?: number; httpEndpoint?: string };
  /** The audit's bucket: v2-required | v1-allowed | disabled | pending. */
  bucket: string;
  launchTemplateId?: string;
  autoScalingGroup?: string;
  /** Set when the instance carries the exemption tag; `honoured` = valid, unexpired, exceptions enabled. */
  exception?: { honoured: boolean; expired?: boolean; valid?: boolean };
}

export interface GuardrailAccountDefaults {
  accountId: string;
  region: string;
  httpTokens?: string;
  httpPutResponseHopLimit?: number;
  /** account | declarative-policy */
  managedBy?: string;
}

export interface GuardrailLaunchTemplateVersion {
  versionNumber: number;
  httpTokens?: string;
  httpPutResponseHopLimit?: number;
}

export interface GuardrailLaunchTemplate {
  accountId: string;
  region: string;
  launchTemplateId: string;
  name: string;
  defaultVersion: GuardrailLaunchTemplateVersion;
  latestVersion?: GuardrailLaunchTemplateVersion;
  instancesUsing?: number;
}

export interface GuardrailInput {
  /** In-scope instances as assessed (bucket, tags, exception). */
  instances: GuardrailInstance[];
  /** Account defaults per account/region as read by the audit (regions that failed to read are absent). */
  accountDefaults?: GuardrailAccountDefaults[];
  launchTemplates?: GuardrailLaunchTemplate[];
  /** The exemption tag key (the action's `exceptions` input: true = imds-guard:exempt, or the key itself). */
  exemptionTagKey?: string;
  /** Force the hop limit (1–64) instead of deriving it from the fleet. */
  hopLimit?: number;
  /** Carve exempted instances out of the SCP by tag: default = when at least one exception is honoured. */
  carveOutExemptions?: boolean;
  /** Add the hop-limit deny to the SCP (default true). */
  denyHopLimit?: boolean;
  /**
   * Principals (IAM role ARNs, `*` wildcards allowed) that may still weaken tokens and set the exemption
   * tag: break-glass / the approval-gated remediation role. Adds `aws:PrincipalARN` carve-outs and, with
   * a tag carve-out, a deny on setting the exemption tag by anyone else.
   */
  breakGlassPrincipalArns?: string[];
}

// ───────────────────────────── outputs ─────────────────────────────

export interface AssignValue<T extends string> {
  '@@assign': T;
}

/** The AWS Organizations declarative policy document (EC2 instance metadata defaults). */
export interface DeclarativePolicyDocument {
  ec2_attributes: {
    instance_metadata_defaults: {
      http_tokens: AssignValue<'required'>;
      http_put_response_hop_limit: AssignValue<string>;
      http_endpoint: AssignValue<'enabled'>;
      instance_metadata_tags: AssignValue<'disabled'>;
    };
  };
}

export type Condition = Record<string, Record<string, string | string[]>>;

export interface PolicyStatement {
  Sid: string;
  Effect: 'Deny';
  Action: string | string[];
  Resource: string;
  Condition: Condition;
}

export interface ServiceControlPolicyDocument {
  Version: '2012-10-17';
  Statement: PolicyStatement[];
}

export type InForceStatus = 'in-force' | 'partial' | 'not-in-force' | 'unknown';

export interface HopLimitDecision {
  value: number;
  /** One sentence: which value and why. */
  reason: string;
  /** Instances recognised as container hosts (EKS/ECS tags). */
  containerHosts: string[];
  /** Launch templates whose name says EKS/ECS. */
  containerLaunchTemplates: string[];
}

export interface AccountDefaultsTarget {
  accountId: string;
  region: string;
  current: { httpTokens?: string; httpPutResponseHopLimit?: number; managedBy?: string };
  /**
   * compliant: tokens already required (account-managed);
   * declarative-policy: managed by a declarative policy (not changeable from the account);
   * needs-change: tokens not required; unknown: the defaults were not read for a region with instances.
   */
  status: 'compliant' | 'declarative-policy' | 'needs-change' | 'unknown';
  /** ModifyInstanceMetadataDefaults parameters, for needs-change and unknown regions. */
  parameters?: { HttpTokens: 'required'; HttpPutResponseHopLimit: number };
  command?: string;
}

export interface LaunchTemplateBlock {
  accountId: string;
  region: string;
  launchTemplateId: string;
  name: string;
  /** The versions whose launch would be denied (default first; latest when it differs and also fails). */
  versions: number[];
  /** HttpTokens of the default version ('unset' when the template does not say). */
  httpTokens: string;
  instancesUsing: number;
  reason: string;
}

export interface Guardrails {
  declarativePolicy: {
    document: DeclarativePolicyDocument;
    hopLimit: HopLimitDecision;
  };
  serviceControlPolicy: {
    document: ServiceControlPolicyDocument;
    /** Characters of the file as written (2-space JSON + newline) and minified; AWS's limit is 5,120. */
    characters: number;
    minifiedCharacters: number;
    limit: number;
    withinLimit: boolean;
    exemptionTagKey: string;
    /** Whether the exemption tag is carved out (and why). */
    exemptionCarveOut: boolean;
    hopLimitDeny: boolean;
  };
  /** Every account/region seen, with what to set (sorted by account, region). */
  accountDefaults: AccountDefaultsTarget[];
  inForce: {
    declarativePolicy: {
      status: InForceStatus;
      /** account/region pairs whose defaults are managed by a declarative policy that requires tokens. */
      regions: string[];
      /** Managed by a declarative policy that does NOT require tokens (change the org policy). */
      managedNotRequired: string[];
      reason: string;
    };
    serviceControlPolicy: { status: 'unknown'; reason: string };
    accountDefaults: {
      status: InForceStatus;
      /** Tokens already required (account-managed or by declarative policy). */
      compliant: string[];
      needsChange: string[];
      unknown: string[];
      reason: string;
    };
  };
  wouldBlock: {
    /** Non-exempt instances launched (as they are now) without tokens required: RunInstances denied. */
    runInstances: { count: number; instanceIds: string[]; byBucket: Record<string, number> };
    /** Non-exempt instances whose hop limit exceeds the policy's (only when the SCP carries the deny). */
    hopLimit: { limit: number; count: number; instanceIds: string[] };
    /** Launch templates whose default (or latest) version would be refused at launch. */
    launchTemplates: { count: number; instancesUsing: number; items: LaunchTemplateBlock[] };
    /** Account/regions whose defaults would change. */
    accountDefaults: { count: number; regions: string[] };
    exempt: {
      tagKey: string;
      carvedOut: boolean;
      /** Honoured exceptions: passed by the SCP's tag carve-out. */
      count: number;
      instanceIds: string[];
      /** Carry the tag but the exception is not honoured (expired/malformed/exceptions off). */
      notHonouredInstanceIds: string[];
    };
  };
  notes: string[];
}
