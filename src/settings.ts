/**
 * Every input, parsed and validated once into one typed Settings object. The Action (action.yml
 * inputs) and the CLI (flags) both feed this through an InputReader, so validation lives here only.
 *
 * Defaults are held here, not only in action.yml: the runner applies action.yml defaults, but a
 * `node dist/index.js` run by hand does not. test/settings.test.ts checks the two agree.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { parseHopLimitPolicy } from './assess/hop-limit.js';
import { instanceWaveCount, MAX_TOTAL_SOAK_MINUTES, parseWaves, soakProblem } from './assess/waves.js';
import type {
  ComplianceRuleId,
  GateTarget,
  Mode,
  Remediation,
  Settings,
  TagFilter,
  WaveSettings,
} from './model/types.js';

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

/** Which modes read an input: the Action's sub-actions and the CLI's per-command help derive from this. */
const ALL = ['audit', 'merge', 'plan', 'plan-rollback', 'apply', 'rollback'] as const;
const SIGNED_IN = ['audit', 'plan', 'plan-rollback', 'apply', 'rollback'] as const;
const SCANS = ['audit', 'plan'] as const;
const REPORTS = ['audit', 'merge'] as const;
const PLANS = ['plan'] as const;
const APPLIES = ['apply', 'rollback'] as const;
const REMEDIATION = ['plan', 'plan-rollback', 'apply', 'rollback'] as const;

export interface InputSpec {
  /** The default, exactly as action.yml declares it ('' = none). */
  default: string;
  /** action.yml's default when it is a runner expression the code cannot evaluate (github-token). */
  actionDefault?: string;
  modes: readonly Mode[];
}

/**
 * THE table of inputs. The defaults (DEFAULTS), the CLI's flags, and the check of action.yml
 * (test/unit/settings.test.ts: the same names, the same defaults) all derive from it; parseSettings
 * reads every input through it.
 */
export const INPUTS = {
  mode: { default: 'audit', modes: ALL },
  'role-to-assume': { default: '', modes: SIGNED_IN },
  'aws-region': { default: '', modes: SIGNED_IN },
  audience: { default: 'sts.amazonaws.com', modes: SIGNED_IN },
  'role-session-name': { default: 'imds-guard', modes: SIGNED_IN },
  'role-duration-seconds': { default: '3600', modes: SIGNED_IN },
  'allow-instance-credentials': { default: 'false', modes: SIGNED_IN },
  regions: { default: 'all', modes: SCANS },
  'exclude-regions': { default: '', modes: SCANS },
  'include-stopped': { default: 'true', modes: SCANS },
  concurrency: { default: '32', modes: SCANS },
  'compliance-rule': { default: 'ec2.8', modes: REPORTS },
  threshold: { default: '100', modes: REPORTS },
  'fail-on-region-error': { default: 'true', modes: [...REPORTS, 'plan'] },
  'fail-on-account-error': { default: 'true', modes: REPORTS },
  'account-threshold': { default: '', modes: REPORTS },
  'gate-on': { default: 'instances', modes: REPORTS },
  exceptions: { default: 'false', modes: [...REPORTS, 'plan'] },
  'exception-tag': { default: 'imds-guard:exempt', modes: [...REPORTS, 'plan'] },
  iac: { default: '', modes: ['audit'] },
  'pr-gate': { default: 'iac', modes: ['audit'] },
  'report-dir': { default: 'imds-guard-report', modes: REPORTS },
  'job-summary': { default: 'true', modes: REPORTS },
  comment: { default: 'auto', modes: REPORTS },
  'comment-id': { default: 'imds-guard', modes: REPORTS },
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a runner expression, written as action.yml has it
  'github-token': { default: '', actionDefault: '${{ github.token }}', modes: [...REPORTS, ...APPLIES] },
  'history-file': { default: '', modes: REPORTS },
  'history-length': { default: '30', modes: REPORTS },
  'baseline-report': { default: '', modes: REPORTS },
  'group-by-tag': { default: '', modes: REPORTS },
  'hop-limit-policy': { default: '1,container=2', modes: REPORTS },
  accounts: { default: '', modes: SCANS },
  organization: { default: 'false', modes: SCANS },
  'member-role-name': { default: 'IMDSGuardAudit', modes: SCANS },
  'exclude-accounts': { default: '', modes: SCANS },
  shard: { default: '', modes: ['audit'] },
  'merge-reports': { default: '', modes: ['merge'] },
  remediation: { default: 'require-v2', modes: PLANS },
  'hop-limit': { default: '', modes: PLANS },
  instances: { default: '', modes: [...PLANS, 'plan-rollback'] },
  'instances-file': { default: '', modes: PLANS },
  tags: { default: '', modes: PLANS },
  'exclude-instances': { default: '', modes: [...PLANS, 'plan-rollback'] },
  'exclude-tags': { default: '', modes: PLANS },
  'v1-usage-days': { default: '14', modes: [...PLANS, 'audit'] },
  'include-in-use': { default: 'false', modes: PLANS },
  'plan-file': { default: 'imds-guard-plan.json', modes: REMEDIATION },
  'plan-digest': { default: '', modes: APPLIES },
  'plan-max-age-hours': { default: '24', modes: APPLIES },
  'approval-environment': { default: '', modes: APPLIES },
  'changelog-path': { default: '.imds-guard/changelog.jsonl', modes: REMEDIATION },
  'commit-changelog': { default: 'true', modes: APPLIES },
  'rollback-run': { default: '', modes: ['plan-rollback'] },
  'remediation-targets': { default: 'instances', modes: PLANS },
  waves: { default: '', modes: PLANS },
  'soak-minutes': { default: '15', modes: PLANS },
  'failure-budget': { default: '0', modes: PLANS },
} as const satisfies Record<string, InputSpec>;

export type InputName = keyof typeof INPUTS;

/** Each input's default, exactly as action.yml declares it (derived from INPUTS). */
export const DEFAULTS = Object.fromEntries(Object.entries(INPUTS).map(([k, v]) => [k, v.default])) as Record<
  InputName,
  string
>;

export const MODES: readonly Mode[] = ['audit', 'plan', 'apply', 'plan-rollback', 'rollback', 'merge'];
const RULES: Record<string, ComplianceRuleId> = {
  'ec2.8': 'ec2.8',
  'ec2.8-or-disabled': 'ec2.8-or-disabled',
};
const REMEDIATIONS: readonly Remediation[] = ['require-v2', 'disable', 'allow-v1'];
const GATE_TARGETS: readonly GateTarget[] = ['instances', 'launch-templates', 'account-defaults'];

export const ROLE_ARN = /^arn:aws(-[a-z]+)*:iam::\d{12}:role\/[\w+=,.@\-/]{1,512}$/;
export const REGION_NAME = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}$/;
export const INSTANCE_ID = /^i-[0-9a-f]{8}([0-9a-f]{9})?$/;
export const ACCOUNT_ID = /^\d{12}$/;
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
const ROLE_NAME = /^[\w+=,.@-]{1,64}$/;

export const PLAN_DIGEST = /^sha256:[0-9a-f]{64}$/;

/**
 * A path input resolved inside the workspace, or why not: absolute paths outside it, `..` escapes and
 * anything under `.git/` (hooks, config) are refused. Checked with the other inputs, before any AWS call.
 */
export function resolveInWorkspace(workspace: string, value: string): string | { problem: string } {
  if (value.includes('\0')) return { problem: 'contains a NUL character' };
  const root = resolve(workspace);
  const abs = resolve(root, value);
  const rel = relative(root, abs);
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    return {
      problem: `'${value}' is outside the workspace (${root}); give a path inside it, e.g. imds-guard/${value.split(/[\\/]/).pop() || 'file'}`,
    };
  }
  if (rel.split(sep)[0] === '.git') {
    return {
      problem: `'${value}' is inside .git/; IMDS Guard never writes or reads there. Choose another folder.`,
    };
  }
  return abs;
}

/** Splits a list input on commas and newlines, trimming blanks (YAML block scalars work too). */
export function splitList(raw: string): string[] {
  return raw
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export function parseTagFilters(raw: string): TagFilter[] | string {
  const filters: TagFilter[] = [];
  for (const item of splitList(raw)) {
    const eq = item.indexOf('=');
    const key = (eq < 0 ? item : item.slice(0, eq)).trim();
    if (!key) return `'${item}' has no tag key; write Key=Value, or Key alone to match any value`;
    filters.push(eq < 0 ? { key } : { key, value: item.slice(eq + 1).trim() });
  }
  return filters;
}

/** Parses and validates every input. Throws InputError listing every problem at once. */
export function parseSettings(read: InputReader, env: NodeJS.ProcessEnv = process.env): Settings {
  const problems: Array<{ input: string; message: string }> = [];
  const get = (name: InputName): string => {
    const v = read(name).trim();
    return v !== '' ? v : ((DEFAULTS as Record<string, string>)[name] ?? '');
  };
  const fail = (input: InputName, message: string) => problems.push({ input, message });

  const bool = (name: InputName): boolean => {
    const v = get(name).toLowerCase();
    if (['true', 'yes', 'on', '1'].includes(v)) return true;
    if (['false', 'no', 'off', '0'].includes(v)) return false;
    fail(name, `'${get(name)}' is not a boolean; use true or false`);
    return false;
  };
  const int = (name: InputName, min: number, max: number): number => {
    const raw = get(name);
    if (!/^-?\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
      fail(name, `'${raw}' is not a whole number from ${min} to ${max}`);
      return min;
    }
    return Number(raw);
  };
  const percent = (name: InputName): number | undefined => {
    const raw = get(name);
    if (raw === '') return undefined;
    if (!/^\d+(\.\d+)?$/.test(raw) || Number(raw) > 100) {
      fail(name, `'${raw}' is not a percentage; use a number from 0 to 100 (e.g. 95 or 99.5)`);
      return 100;
    }
    return Number(raw);
  };
  const oneOf = <T extends string>(name: InputName, allowed: readonly T[]): T => {
    const v = get(name).toLowerCase() as T;
    if (!allowed.includes(v)) {
      fail(name, `'${get(name)}' is not one of: ${allowed.join(', ')}`);
      return allowed[0];
    }
    return v;
  };
  const listOf = (name: InputName, pattern: RegExp, what: string): string[] => {
    const items = splitList(get(name));
    const bad = items.filter((i) => !pattern.test(i));
    if (bad.length)
      fail(name, `${bad.map((b) => `'${b}'`).join(', ')} ${bad.length === 1 ? 'is' : 'are'} not ${what}`);
    return items.filter((i) => pattern.test(i));
  };
  const tags = (name: InputName): TagFilter[] => {
    const parsed = parseTagFilters(get(name));
    if (typeof parsed === 'string') {
      fail(name, parsed);
      return [];
    }
    return parsed;
  };
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const path = (name: InputName): string => {
    const v = get(name);
    if (v === '') return v;
    const r = resolveInWorkspace(workspace, v);
    if (typeof r !== 'string') fail(name, r.problem);
    return v;
  };

  const mode = oneOf('mode', MODES);

  const roleToAssume = read('role-to-assume').trim() || undefined;
  if (roleToAssume && !ROLE_ARN.test(roleToAssume)) {
    fail(
      'role-to-assume',
      `'${roleToAssume}' is not an IAM role ARN; expected arn:aws:iam::123456789012:role/RoleName`,
    );
  }
  const sessionName = get('role-session-name');
  if (!SESSION_NAME.test(sessionName)) {
    fail('role-session-name', `'${sessionName}' must be 2–64 characters of letters, digits and +=,.@_-`);
  }

  const regionsRaw = get('regions');
  let regions: 'all' | string[] = 'all';
  if (regionsRaw.toLowerCase() !== 'all') {
    regions = listOf('regions', REGION_NAME, 'region names (e.g. us-east-1), nor `all`');
    if (regions.length === 0 && !problems.some((p) => p.input === 'regions')) {
      fail('regions', 'is empty; use `all` or a list such as us-east-1,eu-west-1');
    }
  }

  const rule = RULES[get('compliance-rule').toLowerCase()];
  if (!rule)
    fail('compliance-rule', `'${get('compliance-rule')}' is not one of: ${Object.keys(RULES).join(', ')}`);

  const gateOn = splitList(get('gate-on')) as GateTarget[];
  const badGate = gateOn.filter((g) => !GATE_TARGETS.includes(g));
  if (badGate.length) fail('gate-on', `'${badGate.join(', ')}' is not among: ${GATE_TARGETS.join(', ')}`);
  if (!gateOn.includes('instances')) gateOn.unshift('instances');

  const remTargets = splitList(get('remediation-targets')) as GateTarget[];
  const badTargets = remTargets.filter((g) => !GATE_TARGETS.includes(g));
  if (badTargets.length) {
    fail('remediation-targets', `'${badTargets.join(', ')}' is not among: ${GATE_TARGETS.join(', ')}`);
  }

  let shard: Settings['organization']['shard'];
  const shardRaw = get('shard');
  if (shardRaw) {
    const m = /^(\d+)\/(\d+)$/.exec(shardRaw);
    if (!m || Number(m[1]) < 1 || Number(m[1]) > Number(m[2])) {
      fail('shard', `'${shardRaw}' must be i/n with 1 ≤ i ≤ n, e.g. 2/4 (use \${{ matrix.shard }}/4)`);
    } else shard = { index: Number(m[1]), count: Number(m[2]) };
  }

  const memberRoleName = get('member-role-name');
  if (!ROLE_NAME.test(memberRoleName))
    fail('member-role-name', `'${memberRoleName}' is not an IAM role name`);

  const hopRaw = get('hop-limit');
  let hopLimit: number | undefined;
  if (hopRaw) hopLimit = int('hop-limit', 1, 64);

  const commitChangelog = bool('commit-changelog');
  const reportDir = path('report-dir');
  const comment = oneOf<Settings['reports']['comment']>('comment', ['auto', 'always', 'never']);

  let waves: WaveSettings | undefined;
  const wavesRaw = get('waves');
  const soakRaw = get('soak-minutes');
  const soakMinutes = Number(soakRaw);
  if (!/^\d+(\.\d+)?$/.test(soakRaw) || soakMinutes > MAX_TOTAL_SOAK_MINUTES) {
    fail(
      'soak-minutes',
      `'${soakRaw}' is not a number of minutes from 0 to ${MAX_TOTAL_SOAK_MINUTES} (decimals allowed: 0.5 = 30 s)`,
    );
  }
  const failureBudget = int('failure-budget', 0, 100000);
  if (wavesRaw) {
    const specs = parseWaves(wavesRaw);
    if (typeof specs === 'string') fail('waves', specs);
    else {
      waves = { raw: wavesRaw, specs, soakMinutes, failureBudget };
      const tooLong = Number.isFinite(soakMinutes) && soakProblem(instanceWaveCount(specs), soakMinutes);
      if (tooLong) fail('soak-minutes', tooLong);
    }
  }

  const groupByTag = get('group-by-tag').trim();
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a tag key holds no control characters
  if (groupByTag && (groupByTag.length > 128 || /[\u0000-\u001f\u007f]/.test(groupByTag)))
    fail('group-by-tag', 'a tag key is 1 to 128 characters without control characters (e.g. Team)');
  let hopLimitPolicy: Settings['reports']['hopLimitPolicy'];
  try {
    hopLimitPolicy = parseHopLimitPolicy(get('hop-limit-policy'));
  } catch (e) {
    fail('hop-limit-policy', (e as Error).message.replace(/^hop-limit-policy: /, ''));
  }

  const homeRegion = read('aws-region').trim() || env.AWS_REGION || env.AWS_DEFAULT_REGION || 'us-east-1';
  if (!REGION_NAME.test(homeRegion))
    fail('aws-region', `'${homeRegion}' is not a region name (e.g. us-east-1)`);

  const settings: Settings = {
    mode,
    homeRegion,
    auth: {
      roleToAssume,
      audience: get('audience'),
      roleSessionName: sessionName,
      roleDurationSeconds: int('role-duration-seconds', 900, 43200),
      allowInstanceCredentials: bool('allow-instance-credentials'),
    },
    scope: {
      regions,
      excludeRegions: listOf('exclude-regions', REGION_NAME, 'region names'),
      includeStopped: bool('include-stopped'),
      concurrency: int('concurrency', 1, 64),
    },
    gate: {
      rule: rule ?? 'ec2.8',
      threshold: percent('threshold') ?? 100,
      failOnRegionError: bool('fail-on-region-error'),
      failOnAccountError: bool('fail-on-account-error'),
      accountThreshold: percent('account-threshold'),
      gateOn,
    },
    exceptions: { enabled: bool('exceptions'), tagKey: get('exception-tag') },
    iac: {
      globs: splitList(get('iac')).filter((g) => {
        const r = resolveInWorkspace(workspace, g);
        if (typeof r !== 'string') fail('iac', r.problem);
        return typeof r === 'string';
      }),
      prGate: oneOf('pr-gate', ['iac', 'iac-and-live'] as const),
    },
    reports: {
      jsonPath: `${reportDir}/report.json`,
      htmlPath: `${reportDir}/report.html`,
      sarifPath: `${reportDir}/iac.sarif`,
      markdownPath: `${reportDir}/report.md`,
      summary: bool('job-summary'),
      comment,
      commentId: get('comment-id'),
      historyFile: path('history-file') || undefined,
      historyLength: int('history-length', 1, 1000),
      baselineReport: path('baseline-report') || undefined,
      groupByTag: groupByTag || undefined,
      hopLimitPolicy,
    },
    github: { token: read('github-token').trim() || env.GITHUB_TOKEN || undefined },
    organization: {
      accounts: listOf('accounts', ACCOUNT_ID, '12-digit account ids'),
      organization: bool('organization'),
      memberRoleName,
      excludeAccounts: listOf('exclude-accounts', ACCOUNT_ID, '12-digit account ids'),
      shard,
      mergeReports: path('merge-reports') || undefined,
    },
    remediation: {
      action: oneOf('remediation', REMEDIATIONS),
      hopLimit,
      selection: {
        instances: listOf('instances', INSTANCE_ID, 'instance ids (i-0123456789abcdef0)'),
        instancesFile: path('instances-file') || undefined,
        tags: tags('tags'),
        excludeInstances: listOf('exclude-instances', INSTANCE_ID, 'instance ids (i-0123456789abcdef0)'),
        excludeTags: tags('exclude-tags'),
      },
      v1UsageDays: int('v1-usage-days', 1, 455),
      includeInUse: bool('include-in-use'),
      planFile: path('plan-file'),
      planDigest: get('plan-digest') || undefined,
      planMaxAgeHours: int('plan-max-age-hours', 1, 720),
      approvalEnvironment: get('approval-environment') || undefined,
      changelogPath: path('changelog-path'),
      commitChangelog,
      rollbackRun: get('rollback-run') || undefined,
      targets: remTargets.length ? remTargets : ['instances'],
      ...(waves ? { waves } : {}),
    },
  };

  // Cross-input rules.
  if (!settings.exceptions.tagKey) fail('exception-tag', 'is empty; give the tag key that marks exemptions');
  if (mode === 'merge' && !settings.organization.mergeReports) {
    fail('merge-reports', 'is required with mode: merge (a folder or glob of JSON reports from the shards)');
  }
  if ((mode === 'apply' || mode === 'rollback') && !settings.remediation.approvalEnvironment) {
    fail(
      'approval-environment',
      `is required with mode: ${mode}; name the GitHub Environment whose required reviewers approve changes`,
    );
  }
  if (mode === 'plan-rollback' && !settings.remediation.rollbackRun) {
    fail(
      'rollback-run',
      'is required with mode: plan-rollback (the run id whose changes to undo, or `last`)',
    );
  }
  if (mode === 'apply' || mode === 'rollback') {
    const d = settings.remediation.planDigest;
    if (!d) {
      fail(
        'plan-digest',
        `is required with mode: ${mode}: pass the plan job's output, e.g. plan-digest: \${{ needs.plan.outputs.plan-digest }}, so only the reviewed plan is applied`,
      );
    } else if (!PLAN_DIGEST.test(d)) {
      fail(
        'plan-digest',
        `'${d}' is not a plan digest (sha256:<64 hex digits>, the plan job's plan-digest output)`,
      );
    }
  }
  if (regions !== 'all') {
    const excluded = new Set(settings.scope.excludeRegions);
    if (regions.length && regions.every((r) => excluded.has(r))) {
      fail(
        'exclude-regions',
        `excludes every region in regions (${regions.join(', ')}): nothing would be scanned. Remove some from exclude-regions.`,
      );
    }
  }
  if (settings.organization.accounts.length) {
    const excluded = new Set(settings.organization.excludeAccounts);
    if (settings.organization.accounts.every((a) => excluded.has(a))) {
      fail('exclude-accounts', 'excludes every account in accounts: nothing would be scanned.');
    }
  }
  if (settings.organization.organization && settings.organization.accounts.length) {
    fail(
      'accounts',
      'cannot be combined with organization: true; choose one (use exclude-accounts to skip some)',
    );
  }
  if (settings.remediation.action === 'disable' && hopLimit !== undefined) {
    fail('hop-limit', 'has no effect with remediation: disable; remove it');
  }

  if (problems.length) throw new InputError(problems);
  return settings;
}
