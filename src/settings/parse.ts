/**
 * Parses and validates every input into Settings, one section at a time. Each input is read through its
 * row of the inputs table (inputs.ts); the sections assemble the values, and the rules that tie inputs
 * together run last. Every problem is collected, so one InputError names them all.
 */
import { PLAN_DIGEST } from '../model/ids.js';
import type { FieldContext } from './fields.js';
import { DEFAULTS, INPUTS, type InputName, type InputSpec, type InputValue } from './inputs.js';
import type { Settings } from './types.js';

/** Returns the raw value of an input, or '' when it was not given. */
export type InputReader = (name: string) => string;

export class InputError extends Error {
  constructor(readonly problems: Array<{ input: string; message: string }>) {
    super(
      problems.length === 1
        ? `Input '${problems[0].input}': ${problems[0].message}`
        : `${problems.length} inputs are invalid:\n${problems.map((p) => `  - '${p.input}': ${p.message}`).join('\n')}`,
    );
    this.name = 'InputError';
  }
}

/** The inputs of one run, each read once through its row; problems are kept in the order found. */
class Inputs {
  readonly problems: Array<{ input: string; message: string }> = [];
  private readonly values = new Map<InputName, unknown>();
  private readonly workspace: string;

  constructor(
    private readonly read: InputReader,
    private readonly env: NodeJS.ProcessEnv,
  ) {
    this.workspace = env.GITHUB_WORKSPACE || process.cwd();
  }

  get<K extends InputName>(name: K): InputValue<K> {
    if (!this.values.has(name)) {
      const spec: InputSpec = INPUTS[name];
      this.values.set(name, spec.parse(this.raw(name), this.context(name)));
    }
    return this.values.get(name) as InputValue<K>;
  }

  /** The input as given, else its default. */
  raw(name: InputName): string {
    return this.read(name).trim() || DEFAULTS[name];
  }

  fail(input: InputName, message: string): void {
    this.problems.push({ input, message });
  }

  private context(input: InputName): FieldContext {
    return { input, workspace: this.workspace, env: this.env, fail: (m) => this.fail(input, m) };
  }
}

const auth = (v: Inputs): Settings['auth'] => ({
  roleToAssume: v.get('role-to-assume'),
  audience: v.get('audience'),
  roleSessionName: v.get('role-session-name'),
  roleDurationSeconds: v.get('role-duration-seconds'),
  allowInstanceCredentials: v.get('allow-instance-credentials'),
});

const scope = (v: Inputs): Settings['scope'] => ({
  ...v.get('regions'),
  includeStopped: v.get('include-stopped'),
  concurrency: v.get('concurrency'),
});

const gate = (v: Inputs): Settings['gate'] => {
  const { fleet, perAccount } = v.get('threshold');
  return {
    rule: v.get('compliance-rule'),
    threshold: fleet,
    ...v.get('fail-on-scan-error'),
    accountThreshold: perAccount,
    gateOn: v.get('gate-on'),
  };
};

const reports = (v: Inputs): Settings['reports'] => {
  const dir = v.get('report-dir');
  return {
    jsonPath: `${dir}/report.json`,
    htmlPath: `${dir}/report.html`,
    sarifPath: `${dir}/iac.sarif`,
    markdownPath: `${dir}/report.md`,
    summary: v.get('job-summary'),
    comment: v.get('comment'),
    commentId: v.get('comment-id'),
    historyFile: v.get('history-file'),
    historyLength: v.get('history-length'),
    baselineReport: v.get('baseline-report'),
    groupByTag: v.get('group-by-tag'),
    hopLimitPolicy: v.get('hop-limit-policy'),
  };
};

const organization = (v: Inputs): Settings['organization'] => ({
  ...v.get('accounts'),
  memberRoleName: v.get('member-role-name'),
  shard: v.get('shard'),
  mergeReports: v.get('merge-reports'),
});

const remediation = (v: Inputs): Settings['remediation'] => {
  const { action, includeInUse } = v.get('remediation');
  const { instances, excludeInstances, instancesFile } = v.get('instances');
  const { tags, excludeTags } = v.get('tags');
  const remediationTargets = v.get('remediation-targets');
  const waves = v.get('waves');
  return {
    action,
    hopLimit: v.get('hop-limit'),
    selection: { instances, instancesFile, tags, excludeInstances, excludeTags },
    v1UsageDays: v.get('v1-usage-days'),
    includeInUse,
    planFile: v.get('plan-file'),
    planDigest: v.get('plan-digest'),
    planMaxAgeHours: v.get('plan-max-age-hours'),
    approvalEnvironment: v.get('approval-environment'),
    changelogPath: v.get('changelog-path'),
    commitChangelog: v.get('commit-changelog'),
    rollbackRun: v.get('rollback-run'),
    targets: remediationTargets.length ? remediationTargets : ['instances'],
    ...(waves ? { waves } : {}),
  };
};

/** The rules that tie one input to another (mode to what it requires, hop-limit to remediation). */
function crossInputRules(s: Settings, v: Inputs): void {
  const mode = s.mode;
  if (mode === 'merge' && !s.organization.mergeReports)
    v.fail(
      'merge-reports',
      'is required with mode: merge (a folder or glob of JSON reports from the shards)',
    );
  if ((mode === 'apply' || mode === 'rollback') && !s.remediation.approvalEnvironment)
    v.fail(
      'approval-environment',
      `is required with mode: ${mode}; name the GitHub Environment whose required reviewers approve changes`,
    );
  if (mode === 'plan-rollback' && !s.remediation.rollbackRun)
    v.fail(
      'rollback-run',
      'is required with mode: plan-rollback (the run id whose changes to undo, or `last`)',
    );
  if (mode === 'apply' || mode === 'rollback') {
    const d = s.remediation.planDigest;
    if (!d)
      v.fail(
        'plan-digest',
        `is required with mode: ${mode}: pass the plan job's output, e.g. plan-digest: \${{ needs.plan.outputs.plan-digest }}, so only the reviewed plan is applied`,
      );
    else if (!PLAN_DIGEST.test(d))
      v.fail(
        'plan-digest',
        `'${d}' is not a plan digest (sha256:<64 hex digits>, the plan job's plan-digest output)`,
      );
  }
  if (s.remediation.action === 'disable' && s.remediation.hopLimit !== undefined)
    v.fail('hop-limit', 'has no effect with remediation: disable; remove it');
}

/** Parses and validates every input. Throws InputError listing every problem at once. */
export function parseSettings(read: InputReader, env: NodeJS.ProcessEnv = process.env): Settings {
  const v = new Inputs(read, env);
  const settings: Settings = {
    mode: v.get('mode'),
    homeRegion: v.get('aws-region'),
    auth: auth(v),
    scope: scope(v),
    gate: gate(v),
    exceptions: v.get('exceptions'),
    iac: { ...v.get('iac'), ...v.get('pr-gate') },
    reports: reports(v),
    github: { token: v.get('github-token') },
    organization: organization(v),
    remediation: remediation(v),
  };
  crossInputRules(settings, v);
  if (v.problems.length) throw new InputError(v.problems);
  return settings;
}
