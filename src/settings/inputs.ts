/**
 * THE table of inputs: each row is one input of the Action (and flag of the CLI) — the modes that read
 * it, its default, its description and the parser that reads it. Generated from it and checked against
 * it (test/unit/docs.test.ts, test/unit/settings.test.ts): the `inputs:` of the four action.yml files, the
 * tables in docs/inputs.md, the CLI's flags and `--help`.
 *
 * Defaults are held here, not only in action.yml: the runner applies action.yml defaults, but a
 * `node dist/index.js` run by hand does not.
 */
import { actionUses } from '../model/action-name.js';
import type { CommentMode, Mode } from '../model/settings.js';
import { githubToken, homeRegion, roleArn, roleName, sessionName } from './auth.js';
import {
  type FieldParser,
  flag,
  oneOf,
  optionalText,
  optionalWorkspacePath,
  text,
  wholeNumber,
  workspacePath,
} from './fields.js';
import { complianceRule, exceptionsInput, failOnScanError, gateOn, targets, thresholds } from './gate.js';
import { hopLimitPolicy } from './hop-limit.js';
import { iacFiles, prGate } from './iac.js';
import { hopLimit, instancesInput, remediationInput, tagsInput } from './remediation.js';
import { groupByTag, reportDir } from './reports.js';
import { accountsInput, regionsInput, shardInput } from './scope.js';
import { wavesInput } from './waves.js';

export const MODES: readonly Mode[] = ['audit', 'plan', 'apply', 'plan-rollback', 'rollback', 'merge'];

export type ActionId = 'audit' | 'plan' | 'apply' | 'merge';

/**
 * The root action and its sub-actions, as actions/cache has restore/ and save/: each has its own
 * action.yml (the inputs its modes read) and its own entry in dist/ (`dist/<id>/index.js`).
 */
export const ACTIONS: Record<ActionId, { file: string; uses: string; modes: readonly Mode[] }> = {
  audit: { file: 'action.yml', uses: actionUses(), modes: ['audit'] },
  plan: { file: 'plan/action.yml', uses: actionUses('plan'), modes: ['plan', 'plan-rollback'] },
  apply: { file: 'apply/action.yml', uses: actionUses('apply'), modes: ['apply', 'rollback'] },
  merge: { file: 'merge/action.yml', uses: actionUses('merge'), modes: ['merge'] },
};

export interface InputSpec<T = unknown> {
  /** The default, exactly as action.yml declares it ('' = none). */
  default: string;
  /** action.yml's default when it is a runner expression the code cannot evaluate (github-token). */
  actionDefault?: string;
  /** Which modes read the input: which action.yml files declare it, which CLI commands take it. */
  modes: readonly Mode[];
  /** Reads the input's text (its default when not given) into its value. */
  parse: FieldParser<T>;
  /** The action.yml description (Markdown); its first sentence is the CLI's one-line help. */
  description: string;
  /** Where one action describes the input in its own words. */
  describeIn?: Partial<Record<ActionId, string>>;
  /** The actions that require it (action.yml `required: true`). */
  requiredIn?: readonly ActionId[];
}

const ALL = ['audit', 'merge', 'plan', 'plan-rollback', 'apply', 'rollback'] as const;
const SIGNED_IN = ['audit', 'plan', 'plan-rollback', 'apply', 'rollback'] as const;
const SCANS = ['audit', 'plan'] as const;
const REPORTS = ['audit', 'merge'] as const;
const PLANS = ['plan'] as const;
const APPLIES = ['apply', 'rollback'] as const;
const REMEDIATION = ['plan', 'plan-rollback', 'apply', 'rollback'] as const;

export const INPUTS = {
  mode: {
    default: 'audit',
    modes: ALL,
    parse: oneOf(MODES),
    description:
      'plan: a remediation plan from the live fleet (which instances, templates and account defaults change, and how). plan-rollback: a plan restoring the before-states one apply run recorded in the change log (set rollback-run). Both are read-only.',
    describeIn: {
      apply:
        "apply: apply a reviewed plan (from mode plan). rollback: apply a reviewed rollback plan (from mode plan-rollback). Both need the plan job's plan-digest and a job in the approval environment.",
      merge:
        'merge: combine the report.json files of a shard matrix (audit jobs with `shard: i/n`) into one report and gate. No AWS call.',
    },
  },
  'role-to-assume': {
    default: '',
    modes: SIGNED_IN,
    parse: roleArn,
    description:
      "IAM role ARN to assume with the job's GitHub OIDC token (needs `permissions: id-token: write`). Empty = the AWS SDK default credential chain (e.g. after aws-actions/configure-aws-credentials).",
    describeIn: {
      apply:
        "The write role's ARN, assumed with the job's GitHub OIDC token (needs `permissions: id-token: write`). Required in practice: apply checks the token's environment claim, so credentials from anywhere else cannot prove approval.",
    },
  },
  'aws-region': {
    default: '',
    modes: SIGNED_IN,
    parse: homeRegion,
    description:
      'Home region for STS, DescribeRegions and Organizations calls. Empty = AWS_REGION, else us-east-1.',
  },
  audience: {
    default: 'sts.amazonaws.com',
    modes: SIGNED_IN,
    parse: text,
    description: 'Audience of the GitHub OIDC token.',
  },
  'role-session-name': {
    default: 'imds-guard',
    modes: SIGNED_IN,
    parse: sessionName,
    description: 'STS session name (shows in CloudTrail).',
  },
  'role-duration-seconds': {
    default: '3600',
    modes: SIGNED_IN,
    parse: wholeNumber(900, 43200),
    description: 'Session length, 900–43200 seconds.',
  },
  'allow-instance-credentials': {
    default: 'false',
    modes: SIGNED_IN,
    parse: flag,
    description:
      'Let the SDK take credentials from an instance metadata service. Off by default (AWS-2025-021: a rogue IMDS off EC2 can serve forged credentials); turn on only for a self-hosted runner on EC2 you trust.',
  },
  regions: {
    default: 'all',
    modes: SCANS,
    parse: regionsInput,
    description:
      '`all` (every region enabled for the account) or a comma/newline-separated list; `!us-west-1` skips a region, and a list of only `!` entries means every enabled region but those (e.g. `!ap-east-1, !me-south-1`). A listed region that is unknown or not enabled is an input error.',
  },
  'include-stopped': {
    default: 'true',
    modes: SCANS,
    parse: flag,
    description:
      'Count stopped instances (a change applies at their next start). Terminated and shutting-down instances are never counted.',
  },
  concurrency: {
    default: '32',
    modes: SCANS,
    parse: wholeNumber(1, 64),
    description:
      'How many (account, region) scans run at once, 1–64. EC2 throttles per account per region, so this only bounds local work.',
  },
  'compliance-rule': {
    default: 'ec2.8',
    modes: REPORTS,
    parse: complianceRule,
    description:
      "ec2.8 — compliant iff HttpTokens=required (Security Hub EC2.8 / AWS Config ec2-imdsv2-check, what auditors see); ec2.8-or-disabled — also counts endpoint-disabled instances as compliant (Prowler's rule).",
  },
  threshold: {
    default: '100',
    modes: REPORTS,
    parse: thresholds,
    description:
      'Minimum enforcement percentage, 0–100; below it the step fails. Optionally a per-account minimum too (organizations): `95, per-account=90`.',
  },
  'fail-on-scan-error': {
    default: 'true',
    modes: [...REPORTS, 'plan'],
    parse: failOnScanError,
    description:
      'Fail the check when a region or an account could not be scanned (its instances are missing from the percentage): true, false, regions (only an unscanned region fails it) or accounts (only an unscanned account fails it).',
    describeIn: {
      plan: 'Fail the plan when a region or an account could not be scanned (its instances would be missing from the plan): true, false (accept a partial plan), regions (only an unscanned region fails it) or accounts (only an unscanned account fails it).',
    },
  },
  'gate-on': {
    default: 'instances',
    modes: REPORTS,
    parse: gateOn,
    description: 'What the gate covers: instances (always), plus launch-templates and/or account-defaults.',
  },
  exceptions: {
    default: 'false',
    modes: [...REPORTS, 'plan'],
    parse: exceptionsInput,
    description:
      "Honour exemption tags in the percentage: false, true (tag key `imds-guard:exempt`), or the tag key to read (e.g. Owner-Exempt). The tag's value reads `reason; expires=YYYY-MM-DD`.",
    describeIn: {
      plan: "Honour exemption tags: false, true (tag key `imds-guard:exempt`), or the tag key to read (e.g. Owner-Exempt); exempt instances stay out of the plan. The tag's value reads `reason; expires=YYYY-MM-DD`.",
    },
  },
  iac: {
    default: '',
    modes: ['audit'],
    parse: iacFiles,
    description:
      'Infrastructure code to judge (comma/newline-separated, inside the workspace): globs of Terraform (.tf/.tfvars), plan JSON (`terraform show -json`) and CloudFormation/CDK templates, plus `var-file: PATH` (Terraform var files, in order) and `parameters: TEMPLATE=FILE` (a CloudFormation parameters file). On pull requests and merge groups only what the change adds against its base is judged. Empty = no IaC check.',
  },
  'pr-gate': {
    default: 'iac',
    modes: ['audit'],
    parse: prGate,
    description:
      "On pull requests and merge groups with `iac`: iac (fail only on what the change's code adds or weakens against its base; the live posture is reported) or iac-and-live (the live threshold gates too), optionally followed by `everything` (judge every resource, not only the change's) and `fail-unresolved` (a setting the check cannot resolve fails instead of warning).",
  },
  'report-dir': {
    default: 'imds-guard-report',
    modes: REPORTS,
    parse: reportDir,
    description: 'Folder (relative to the workspace) for report.json, report.md and report.html.',
  },
  'job-summary': {
    default: 'true',
    modes: REPORTS,
    parse: flag,
    description: 'Write the report to the job summary.',
  },
  comment: {
    default: 'auto',
    modes: REPORTS,
    parse: oneOf<CommentMode>(['auto', 'always', 'never']),
    description: 'Sticky PR comment: auto (on pull_request events), always, never.',
  },
  'comment-id': {
    default: 'imds-guard',
    modes: REPORTS,
    parse: text,
    description: 'Identity of the sticky comment, for several audits in one repository.',
  },
  'github-token': {
    default: '',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a runner expression, written as action.yml has it
    actionDefault: '${{ github.token }}',
    modes: [...REPORTS, 'plan-rollback', ...APPLIES],
    parse: githubToken,
    description: 'Token for the sticky PR comment.',
    describeIn: {
      plan: "With mode: plan-rollback, the token that checks the change log's provenance (needs `actions: read`, `contents: read`).",
      apply: 'Token for the change-log commit (needs `contents: write`).',
    },
  },
  'history-file': {
    default: '',
    modes: REPORTS,
    parse: optionalWorkspacePath(),
    description:
      'Optional JSON-lines file of past runs; this run appends itself and the report shows the trend.',
  },
  'history-length': {
    default: '30',
    modes: REPORTS,
    parse: wholeNumber(1, 1000),
    description: 'How many past runs the trend shows.',
  },
  'baseline-report': {
    default: '',
    modes: REPORTS,
    parse: optionalWorkspacePath('inside'),
    description:
      'Optional previous report.json to diff against; instances newly allowing IMDSv1 are called out.',
  },
  'group-by-tag': {
    default: '',
    modes: REPORTS,
    parse: groupByTag,
    description:
      'A tag key (e.g. Team, Owner): the report adds a table per value of it, worst first; untagged instances are their own row.',
  },
  'hop-limit-policy': {
    default: '1,container=2',
    modes: REPORTS,
    parse: hopLimitPolicy,
    description:
      'Highest hop limit allowed: N for plain hosts, container=N for EKS/ECS hosts (known by tags or launch template), e.g. 1,container=2.',
  },
  accounts: {
    default: '',
    modes: SCANS,
    parse: accountsInput,
    description:
      'Which accounts to scan: empty = the signed-in account only, `organization` = every ACTIVE account of the AWS Organization, or member account ids (role chaining via member-role-name); `!123456789012` skips an account (with `organization` or ids). With `organization`, the signed-in role must be in the management or a delegated-administrator account.',
  },
  'member-role-name': {
    default: 'IMDSGuardAudit',
    modes: SCANS,
    parse: roleName,
    description: 'Role name assumed in each member account.',
  },
  shard: {
    default: '',
    modes: ['audit'],
    parse: shardInput,
    description: 'i/n: scan only the i-th of n deterministic partitions of the account list (for a matrix).',
  },
  'merge-reports': {
    default: '',
    modes: ['merge'],
    parse: optionalWorkspacePath(),
    requiredIn: ['merge'],
    description:
      "A folder (every *.json below it, as actions/download-artifact lays out artifacts) or a glob of the shards' report.json files.",
  },
  remediation: {
    default: 'require-v2',
    modes: PLANS,
    parse: remediationInput,
    description:
      'require-v2 (HttpTokens=required, never re-enables a disabled endpoint), disable (HttpEndpoint=disabled, never weakens tokens), or allow-v1 (blanket rollback to optional tokens); add `include-in-use` to plan instances that made IMDSv1 calls in the readiness window too (they will break): `require-v2, include-in-use`.',
  },
  'hop-limit': {
    default: '',
    modes: PLANS,
    parse: hopLimit,
    description: 'Optional HttpPutResponseHopLimit to set with require-v2 (1, or 2 for container hosts).',
  },
  instances: {
    default: '',
    modes: [...PLANS, 'plan-rollback'],
    parse: instancesInput,
    description:
      "Instance ids to select (plan), or to narrow a rollback plan to (plan-rollback); `!i-0123456789abcdef0` leaves an instance out of either; `file: PATH` names a CSV with a header (`instance_id`, optionally `region`, `account_id`), a change ticket's export.",
  },
  tags: {
    default: '',
    modes: PLANS,
    parse: tagsInput,
    description:
      'Key=Value (or Key) filters; all must match (plan). `!Key=Value` (or `!Key`) leaves the instances that match out of the plan.',
  },
  'v1-usage-days': {
    default: '14',
    modes: [...PLANS, 'audit'],
    parse: wholeNumber(1, 455),
    description:
      'Days of CloudWatch MetadataNoToken read for the v1-allowed instances: who would break if IMDSv2 were required today.',
    describeIn: {
      plan: 'Readiness window, in days of CloudWatch MetadataNoToken.',
    },
  },
  'plan-file': {
    default: 'imds-guard-plan.json',
    modes: REMEDIATION,
    parse: workspacePath(),
    description: 'Where the plan is written (inside the workspace); the apply job reads the same path.',
    describeIn: {
      apply: 'The plan the plan job wrote (download its artifact into the workspace).',
    },
  },
  'plan-digest': {
    default: '',
    modes: APPLIES,
    parse: optionalText,
    requiredIn: ['apply'],
    description:
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a runner expression, as the user writes it
      "Required with apply and rollback: the plan job's plan-digest output (`${{ needs.plan.outputs.plan-digest }}`). A plan whose content hashes to anything else is refused before any AWS call.",
  },
  'plan-max-age-hours': {
    default: '24',
    modes: APPLIES,
    parse: wholeNumber(1, 720),
    description: 'Apply refuses a plan older than this.',
  },
  'approval-environment': {
    default: '',
    modes: APPLIES,
    parse: optionalText,
    requiredIn: ['apply'],
    description:
      "The GitHub Environment (with required reviewers) the job runs in: the job's OIDC token must carry it as its environment claim.",
  },
  'changelog-path': {
    default: '.imds-guard/changelog.jsonl',
    modes: REMEDIATION,
    parse: workspacePath(),
    description:
      'The JSON-lines change log (in the workspace) that plan-rollback reads: check out the branch it was committed to.',
    describeIn: {
      apply:
        'JSON-lines change log in the repository: appended (write-ahead) before each change, then committed. Upload it with an `if: always()` step.',
    },
  },
  'commit-changelog': {
    default: 'true',
    modes: APPLIES,
    parse: flag,
    description: 'Commit the change log to the branch via the GitHub API (signed commit).',
  },
  'rollback-run': {
    default: '',
    modes: ['plan-rollback'],
    parse: optionalText,
    description:
      'With mode: plan-rollback, the run id whose applied changes to restore (or `last`). Only records IMDS Guard provably wrote are restored; add `, unverified` (e.g. `last, unverified`) to plan also from records it cannot prove (each named in the plan).',
  },
  'remediation-targets': {
    default: 'instances',
    modes: PLANS,
    parse: targets,
    description:
      'What plan may change, comma-separated: instances, launch-templates (new default version with HttpTokens=required), account-defaults (per-region default HttpTokens=required). Leaving out instances plans no instances.',
  },
  waves: {
    default: '',
    modes: PLANS,
    parse: wavesInput,
    description:
      'Stage the change into waves that apply runs one after another, each soaked and verified (docs/remediation.md#waves): comma-separated `[label:]size`, size = N-per-region, N-per-account or N-per-tag:KEY (a canary per group), N (more instances), P% (cumulative share of the plan) or rest, plus `soak=MINUTES` and `failure-budget=N`, e.g. `canary:1-per-region, 25%, 100%, soak=15, failure-budget=0`. Soak: how long apply waits after each wave before reading MetadataNoTokenRejected and StatusCheckFailed of its instances (default 15, decimals allowed; waves × soak must fit in 5.5 h). Failure budget: how many instances may break (and be restored automatically) before apply stops before the next wave (default 0). Empty = one batch, no soak.',
  },
} as const satisfies Record<string, InputSpec>;

export type InputName = keyof typeof INPUTS;

/** The value an input's parser gives. */
export type InputValue<K extends InputName> = ReturnType<(typeof INPUTS)[K]['parse']>;

/** Each input's default, exactly as action.yml declares it (derived from INPUTS). */
export const DEFAULTS = Object.fromEntries(Object.entries(INPUTS).map(([k, v]) => [k, v.default])) as Record<
  InputName,
  string
>;

/**
 * The inputs an action declares: every input one of its modes reads. `mode` is declared by the
 * sub-actions only (with their own default); the root action runs the bundle's default mode, audit.
 */
export function actionInputs(id: ActionId): InputName[] {
  const modes = ACTIONS[id].modes;
  return (Object.entries(INPUTS) as Array<[InputName, InputSpec]>)
    .filter(
      ([name, spec]) => spec.modes.some((m) => modes.includes(m)) && !(name === 'mode' && id === 'audit'),
    )
    .map(([name]) => name);
}

/** How an action.yml declares the input: its description and default. */
export function declaration(
  name: InputName,
  id: ActionId,
): { description: string; default: string; required: boolean } {
  const spec: InputSpec = INPUTS[name];
  const fallback = spec.actionDefault ?? spec.default;
  return {
    description: spec.describeIn?.[id] ?? spec.description,
    default: name === 'mode' ? ACTIONS[id].modes[0] : fallback,
    required: spec.requiredIn?.includes(id) ?? false,
  };
}
