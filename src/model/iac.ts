// Types for the pull-request IaC check: what the readers in src/iac produce and src/assess/iac.ts
// judges. Plain data only.

export type IacKind =
  | 'instance'
  | 'launch-template'
  | 'launch-configuration'
  | 'autoscaling-group'
  | 'eks-node-group'
  | 'spot-instance'
  | 'account-defaults'
  | 'sagemaker-notebook'
  | 'beanstalk-environment'
  | 'beanstalk-template'
  | 'lightsail-instance';

/** The kinds of other AWS services that run an instance metadata service with a setting of their own. */
export const SERVICE_KINDS: ReadonlySet<IacKind> = new Set([
  'sagemaker-notebook',
  'beanstalk-environment',
  'beanstalk-template',
  'lightsail-instance',
]);

export type IacSourceFormat = 'terraform-plan' | 'terraform' | 'cloudformation';

/** Terraform plan action, normalised: `["delete","create"]` and `["create","delete"]` are `replace`. */
export type PlanAction = 'create' | 'update' | 'replace' | 'delete' | 'no-op' | 'read';

/**
 * One metadata setting as the code states it:
 * - `known`: a literal (or a variable whose default / tfvars value is a literal; `via` names it);
 * - `unset`: the code does not set it (EC2 / the provider decides at launch);
 * - `unknown`: it depends on something the reader cannot evaluate (`reason` names the expression).
 */
export type IacSetting<T> =
  | { state: 'known'; value: T; via?: string; origin?: IacOrigin }
  | { state: 'unset' }
  | { state: 'unknown'; reason: string; origin?: IacOrigin };

/**
 * A place in the scanned code that decides a value or explains a resource: a variable's default, the
 * `.tfvars` line that sets it, a module call's argument, a CloudFormation parameter's default or a
 * parameters file. Shown as a SARIF related location and named in the fix text.
 */
export interface IacOrigin {
  /** Workspace-relative path, `/`-separated. */
  file: string;
  /** 1-based line, when known. */
  line?: number;
  /** What the place is, for a reader: `variable "http_tokens" default`, `prod.tfvars`, `module "web" call`. */
  what: string;
  /**
   * `attribute`: the literal in the block of the resource the value is read from (the resource itself, or
   * the launch template it launches from), so the fix there is the fix; `elsewhere`: a variable, var file,
   * local, module argument, parameter, condition or mapping, which the fix must name.
   */
  place: 'attribute' | 'elsewhere';
}

/** Something the reader could not evaluate and wants the user to see (a module whose source is not
 * available, a file that matched but is not IaC). Never an error by itself. */
export interface IacNotice {
  file: string;
  line?: number;
  message: string;
}

/** A Terraform `moved` block: the resource at `from` is the same resource as `to` (per folder). */
export interface IacMove {
  /** Folder (`/`-separated, `.` for the workspace root) of the module the block is in. */
  folder: string;
  from: string;
  to: string;
}

export interface IacMetadataSettings {
  httpTokens: IacSetting<string>;
  httpEndpoint: IacSetting<string>;
  hopLimit: IacSetting<number>;
  instanceMetadataTags: IacSetting<string>;
}

/**
 * The IMDS setting of a service other than EC2, as the code states it:
 * - SageMaker notebook instance: `setting` is MinimumInstanceMetadataServiceVersion (`1` or `2`);
 * - Elastic Beanstalk environment / configuration template: `setting` is the option
 *   `aws:autoscaling:launchconfiguration` / `DisableIMDSv1` (`true` or `false`), `platform` the solution
 *   stack name or platform ARN (an unset option's default depends on it), `configTemplate` the
 *   configuration template an environment starts from;
 * - Lightsail instance: neither Terraform nor CloudFormation can set its metadata options: `setting` is
 *   always unset.
 */
export interface IacServiceImds {
  setting: IacSetting<string>;
  platform?: IacSetting<string>;
  configTemplate?: IacSetting<string>;
}

/** Which launch template (or launch configuration) an ASG / node group / instance launches from. */
export interface IacTemplateRef {
  kind: 'launch-template' | 'launch-configuration';
  /** Address / logical id of the referenced resource when it is defined in the scanned code. */
  target?: string;
  /** What the code says when `target` could not be resolved (a literal id/name or an expression). */
  expression?: string;
  /** `$Default`, `$Latest`, a version number, or an expression; undefined when not given. */
  version?: string;
}

export interface IacSuppression {
  tool: 'imds-guard' | 'checkov';
  /** For checkov: the check id (CKV_AWS_79 …). */
  ruleId?: string;
  reason: string;
  line?: number;
  /** False when the marker has no reason: it is reported but does not suppress. */
  valid: boolean;
}

export interface IacResource {
  kind: IacKind;
  /** Terraform address (module-qualified in a plan) or CloudFormation logical id. */
  address: string;
  /** e.g. aws_instance, AWS::EC2::Instance */
  resourceType: string;
  /** Workspace-relative path, `/`-separated. */
  file: string;
  /** 1-based start line of the block, when known. */
  line?: number;
  format: IacSourceFormat;
  /** Only for plan resources. */
  action?: PlanAction;
  /** Absent for kinds that carry no metadata options of their own (ASG, node group, other services). */
  metadata?: IacMetadataSettings;
  /** The IMDS setting of another service's resource (SageMaker, Elastic Beanstalk, Lightsail). */
  service?: IacServiceImds;
  /** Settings before a plan update/replace/delete. */
  before?: IacMetadataSettings;
  /** Launch template version this resource defines, when it says (CFN / TF define one version). */
  templateVersion?: string;
  region?: string;
  /** AMI id when the code gives it literally. */
  amiId?: string;
  /** Expression the AMI comes from when not literal. */
  amiExpression?: string;
  template?: IacTemplateRef;
  suppressions: IacSuppression[];
  /** Notes for the reader of the report (e.g. "count = 0 with defaults"). */
  notes?: string[];
  /**
   * Why the resource is not created with these inputs (`count = 0`, an empty `for_each`, a
   * CloudFormation `Condition` that is false): it is listed, not judged.
   */
  notCreated?: string;
  /**
   * Other places that explain this resource: the module call(s) it is reached through (outermost
   * first), the parameter or variable that decides a value. SARIF related locations.
   */
  related?: IacOrigin[];
  /**
   * Identity across revisions, for comparing a pull request with its base: the Terraform address
   * with the folder of its root module (`infra/app:module.web.aws_instance.this[0]`), or the
   * template file with the logical id (`infra/web.yaml#WebServer`). Filled by readIacFiles.
   */
  key?: string;
}

export interface IacParseError {
  file: string;
  message: string;
  line?: number;
}

export interface IacReadResult {
  resources: IacResource[];
  errors: IacParseError[];
  /** Files that matched but are no IaC format the reader knows (not an error; listed to the user). */
  skipped?: { file: string; reason: string }[];
  /** What the reader could not evaluate, shown to the user (e.g. a registry module not downloaded). */
  notices?: IacNotice[];
  /** Terraform `moved` blocks seen. */
  moves?: IacMove[];
}

/** Where a plan resource's source block is, supplied by the caller (e.g. from the HCL reader). */
export interface IacSourceLocation {
  file: string;
  line?: number;
  suppressions: IacSuppression[];
}

export type IacSourceLookup = (address: string) => IacSourceLocation | undefined;

export const UNSET: IacSetting<never> = { state: 'unset' };

export function emptyMetadata(): IacMetadataSettings {
  return { httpTokens: UNSET, httpEndpoint: UNSET, hopLimit: UNSET, instanceMetadataTags: UNSET };
}

/**
 * Where readers find files beyond those the globs matched: a module's `source` folder, a var file,
 * `.terraform/modules/modules.json`. Paths are workspace-relative and `/`-separated; an
 * implementation never leaves the workspace (the live checkout, or one commit read with git).
 */
export interface IacFileSource {
  /** The file names (not paths) directly in a folder; [] when it does not exist. */
  listFolder(folder: string): Promise<string[]>;
  /** The file's text, or undefined when it does not exist or cannot be read. */
  readFile(file: string): Promise<string | undefined>;
}
