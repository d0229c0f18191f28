/**
 * Every input, parsed and validated once into one typed Settings object. The Action (action.yml
 * inputs) and the CLI (flags) both feed this through an InputReader, so validation lives here only.
 *
 * Defaults are held here, not only in action.yml: the runner applies action.yml defaults, but a
 * `node dist/index.js` run by hand does not. test/settings.test.ts checks the two agree.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { DEFAULT_EXEMPTION_TAG_KEY } from './assess/guardrails.js';
import { parseHopLimitPolicy } from './assess/hop-limit.js';
import { instanceWaveCount, MAX_TOTAL_SOAK_MINUTES, parseWaves, soakProblem } from './assess/waves.js';
import { metricTiming, minimumSoakMinutes } from './aws/metric-timing.js';
import { linkProblem } from './fs/safe.js';
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
  'include-stopped': { default: 'true', modes: SCANS },
  concurrency: { default: '32', modes: SCANS },
  'compliance-rule': { default: 'ec2.8', modes: REPORTS },
  threshold: { default: '100', modes: REPORTS },
  'fail-on-scan-error': { default: 'true', modes: [...REPORTS, 'plan'] },
  'gate-on': { default: 'instances', modes: REPORTS },
  exceptions: { default: 'false', modes: [...REPORTS, 'plan'] },
  iac: { default: '', modes: ['audit'] },
  'pr-gate': { default: 'iac', modes: ['audit'] },
  'report-dir': { default: 'imds-guard-report', modes: REPORTS },
  'job-summary': { default: 'true', modes: REPORTS },
  comment: { default: 'auto', modes: REPORTS },
  'comment-id': { default: 'imds-guard', modes: REPORTS },
  'github-token': {
    default: '',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a runner expression, written as action.yml has it
    actionDefault: '${{ github.token }}',
    modes: [...REPORTS, 'plan-rollback', ...APPLIES],
  },
  'history-file': { default: '', modes: REPORTS },
  'history-length': { default: '30', modes: REPORTS },
  'baseline-report': { default: '', modes: REPORTS },
  'group-by-tag': { default: '', modes: REPORTS },
  'hop-limit-policy': { default: '1,container=2', modes: REPORTS },
  accounts: { default: '', modes: SCANS },
  'member-role-name': { default: 'IMDSGuardAudit', modes: SCANS },
  shard: { default: '', modes: ['audit'] },
  'merge-reports': { default: '', modes: ['merge'] },
  remediation: { default: 'require-v2', modes: PLANS },
  'hop-limit': { default: '', modes: PLANS },
  instances: { default: '', modes: [...PLANS, 'plan-rollback'] },
  tags: { default: '', modes: PLANS },
  'v1-usage-days': { default: '14', modes: [...PLANS, 'audit'] },
  'plan-file': { default: 'imds-guard-plan.json', modes: REMEDIATION },
  'plan-digest': { default: '', modes: APPLIES },
  'plan-max-age-hours': { default: '24', modes: APPLIES },
  'approval-environment': { default: '', modes: APPLIES },
  'changelog-path': { default: '.imds-guard/changelog.jsonl', modes: REMEDIATION },
  'commit-changelog': { default: 'true', modes: APPLIES },
  'rollback-run': { default: '', modes: ['plan-rollback'] },
  'remediation-targets': { default: 'instances', modes: PLANS },
  waves: { default: '', modes: PLANS },
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
 * This judges the text only; parseSettings also checks the path on disk for symbolic links
 * (src/fs/safe.ts linkProblem), and every read and write checks again when it opens the file.
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

const PR_GATE_SCOPES = ['iac', 'iac-and-live'] as const;
const PR_GATE_WORDS = ['everything', 'fail-unresolved'] as const;

/**
 * `iac`: globs, plus `var-file: PATH` (Terraform, in order) and `parameters: TEMPLATE=FILE`
 * (CloudFormation) entries; `pr-gate`: `iac` or `iac-and-live`, optionally with `everything` (judge every
 * resource, not only what the pull request adds) and `fail-unresolved` (IMDSG006 fails).
 */
function parseIac(
  rawIac: string,
  rawGate: string,
  workspace: string,
  fail: (input: InputName, message: string) => void,
): Settings['iac'] {
  const inside = (value: string, what: string): string | undefined => {
    const r = resolveInWorkspace(workspace, value);
    if (typeof r !== 'string') {
      fail('iac', `${what} ${r.problem}`);
      return undefined;
    }
    return relative(resolve(workspace), r).split(sep).join('/');
  };
  const globs: string[] = [];
  const varFiles: string[] = [];
  const cfnParameters: { template: string; file: string }[] = [];
  for (const item of splitList(rawIac)) {
    const entry = /^([a-z-]+):\s*(.*)$/i.exec(item);
    const key = entry?.[1].toLowerCase();
    if (key === 'var-file') {
      const f = inside(entry![2], 'var-file:');
      if (f) varFiles.push(f);
    } else if (key === 'parameters') {
      const [template, file] = entry![2].split('=').map((x) => x.trim());
      if (!template || !file) {
        fail(
          'iac',
          `'${item}' names no template and file; write it as parameters: infra/web.yaml=infra/web.params.json`,
        );
        continue;
      }
      const t = inside(template, 'parameters:');
      const f = inside(file, 'parameters:');
      if (t && f) cfnParameters.push({ template: t, file: f });
    } else if (entry && !/^[a-z]$/i.test(entry[1]) && !/[*?[{]/.test(entry[1])) {
      fail(
        'iac',
        `'${item}': unknown entry '${entry[1]}:'; entries are globs, var-file: PATH or parameters: TEMPLATE=FILE`,
      );
    } else if (typeof resolveInWorkspace(workspace, item) === 'string') globs.push(item);
    else inside(item, '');
  }
  if (!globs.length && (varFiles.length || cfnParameters.length))
    fail('iac', 'names var files or parameter files but no glob of files to check; add e.g. infra/**');
  const words = splitList(rawGate.toLowerCase());
  const scopes = words.filter((w) => (PR_GATE_SCOPES as readonly string[]).includes(w));
  const unknown = words.filter(
    (w) =>
      !(PR_GATE_SCOPES as readonly string[]).includes(w) && !(PR_GATE_WORDS as readonly string[]).includes(w),
  );
  if (unknown.length || scopes.length > 1)
    fail(
      'pr-gate',
      `'${rawGate}' is not one of: ${PR_GATE_SCOPES.join(', ')} (one of them), optionally followed by ${PR_GATE_WORDS.join(', ')} (e.g. 'iac, fail-unresolved')`,
    );
  return {
    globs,
    varFiles,
    cfnParameters,
    prGate: (scopes[0] as Settings['iac']['prGate'] | undefined) ?? 'iac',
    judge: words.includes('everything') ? 'everything' : 'changes',
    unresolved: words.includes('fail-unresolved') ? 'fail' : 'warn',
  };
}

/** Minutes for a message: at most two decimals, rounded up (a minimum must not read lower than it is). */
const minutes = (m: number): string => String(Math.ceil(m * 100) / 100);

/** Splits a list input on commas and newlines, trimming blanks (YAML block scalars work too). */
export function splitList(raw: string): string[] {
  return raw
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * A list input's entries split into those it names and those it excludes: `!us-west-1`, `!i-0123…`,
 * `!123456789012`, `!Key=Value` (regions, instances, accounts, tags).
 */
export function splitExcludes(items: string[]): { named: string[]; excluded: string[] } {
  const named: string[] = [];
  const excluded: string[] = [];
  for (const item of items) {
    if (item.startsWith('!')) excluded.push(item.slice(1).trim());
    else named.push(item);
  }
  return { named, excluded };
}

const TRUE_WORDS = ['true', 'yes', 'on', '1'];
const FALSE_WORDS = ['false', 'no', 'off', '0'];

/** Why `key` is not an EC2 tag key (1 to 128 characters without control characters), or undefined. */
function tagKeyProblem(key: string): string | undefined {
  if (key.length > 128) return `is ${key.length} characters long`;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a tag key holds no control characters
  if (/[\u0000-\u001f\u007f]/.test(key)) return 'contains a control character';
  return undefined;
}

/** The soak and failure budget of a `waves` list without `soak=` / `failure-budget=` elements. */
export const WAVE_DEFAULTS = { soakMinutes: 15, failureBudget: 0 } as const;

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
    if (TRUE_WORDS.includes(v)) return true;
    if (FALSE_WORDS.includes(v)) return false;
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
  /** `threshold: 95` or `threshold: 95, per-account=90` (every account must also reach its own). */
  const parseThresholds = (): { fleet: number; perAccount?: number } => {
    const items = splitList(get('threshold'));
    const asPercent = (raw: string): number | undefined =>
      /^\d+(\.\d+)?$/.test(raw) && Number(raw) <= 100 ? Number(raw) : undefined;
    let fleet: number | undefined = items.length ? undefined : 100;
    let perAccount: number | undefined;
    for (const item of items) {
      const m = /^per-account\s*=\s*(.*)$/i.exec(item);
      const value = asPercent(m ? m[1].trim() : item);
      if (value === undefined || (!m && fleet !== undefined) || (m && perAccount !== undefined)) {
        fail(
          'threshold',
          `'${get('threshold')}' is not a percentage with an optional per-account one; use a number from 0 to 100, e.g. 95 or '95, per-account=90'`,
        );
        return { fleet: 100 };
      }
      if (m) perAccount = value;
      else fleet = value;
    }
    return { fleet: fleet ?? 100, perAccount };
  };
  const oneOf = <T extends string>(name: InputName, allowed: readonly T[]): T => {
    const v = get(name).toLowerCase() as T;
    if (!allowed.includes(v)) {
      fail(name, `'${get(name)}' is not one of: ${allowed.join(', ')}`);
      return allowed[0];
    }
    return v;
  };
  /** A list input whose `!entry` items exclude; every entry, named or excluded, must match `pattern`. */
  const listWithExcludes = (name: InputName, items: string[], pattern: RegExp, what: string) => {
    const bad = items.filter((i) => !pattern.test(i.startsWith('!') ? i.slice(1).trim() : i));
    if (bad.length)
      fail(name, `${bad.map((b) => `'${b}'`).join(', ')} ${bad.length === 1 ? 'is' : 'are'} not ${what}`);
    return splitExcludes(items.filter((i) => !bad.includes(i)));
  };
  const tags = (name: InputName): { named: TagFilter[]; excluded: TagFilter[] } => {
    const { named, excluded } = splitExcludes(splitList(get(name)));
    const parse = (items: string[], prefix: string): TagFilter[] => {
      const parsed = parseTagFilters(items.join('\n'));
      if (typeof parsed !== 'string') return parsed;
      const item = items.find((i) => typeof parseTagFilters(i) === 'string') ?? '';
      fail(
        name,
        `'${prefix}${item}' has no tag key; write Key=Value, Key alone to match any value, or !Key=Value to leave the instances that match out`,
      );
      return [];
    };
    return { named: parse(named, ''), excluded: parse(excluded, '!') };
  };
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  /** `links`: whether the file may be a link that stays inside the workspace (src/pipeline/files.ts). */
  const path = (name: InputName, links: 'refuse' | 'inside' = 'refuse', value = get(name)): string => {
    const v = value;
    if (v === '') return v;
    const r = resolveInWorkspace(workspace, v);
    if (typeof r !== 'string') fail(name, r.problem);
    else if (!/[*?[]/.test(v)) {
      const problem = linkProblem(workspace, r, links, name);
      if (problem) fail(name, problem);
    }
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

  // regions: `all`, names, and `!name` entries that exclude (only excludes = every enabled region but those).
  const regionItems = splitList(get('regions'));
  const allRegions = regionItems.some((r) => r.toLowerCase() === 'all');
  const { named: namedRegions, excluded: excludeRegions } = listWithExcludes(
    'regions',
    regionItems.filter((r) => r.toLowerCase() !== 'all'),
    REGION_NAME,
    'region names (e.g. us-east-1, or !us-west-1 to exclude one), nor `all`',
  );
  if (regionItems.length === 0) {
    fail('regions', 'is empty; use `all`, a list such as us-east-1,eu-west-1, or !us-west-1 to skip one');
  } else if (allRegions && namedRegions.length) {
    fail(
      'regions',
      `lists \`all\` with named regions (${namedRegions.join(', ')}); give \`all\` (with !region entries to skip some) or only the regions to scan`,
    );
  }
  const regions: 'all' | string[] = namedRegions.length ? namedRegions : 'all';

  // accounts: '' (the signed-in account), `organization`, 12-digit ids, and `!id` entries that exclude.
  const accountItems = splitList(get('accounts'));
  const organization = accountItems.some((a) => a.toLowerCase() === 'organization');
  const { named: accountIds, excluded: excludeAccounts } = listWithExcludes(
    'accounts',
    accountItems.filter((a) => a.toLowerCase() !== 'organization'),
    ACCOUNT_ID,
    '12-digit account ids (or !123456789012 to exclude one), nor `organization` (every ACTIVE account of the AWS Organization)',
  );
  if (organization && accountIds.length) {
    fail(
      'accounts',
      `lists account ids (${accountIds.join(', ')}) with organization, which scans every ACTIVE account already; keep organization and skip accounts with !123456789012, or list only the ids to scan`,
    );
  } else if (excludeAccounts.length && !organization && !accountIds.length) {
    fail(
      'accounts',
      `only excludes (${excludeAccounts.map((a) => `!${a}`).join(', ')}) and names nothing to scan; add organization (e.g. organization, !${excludeAccounts[0]}) or the account ids to scan`,
    );
  } else if (accountIds.length && accountIds.every((a) => excludeAccounts.includes(a))) {
    fail('accounts', 'excludes every account it names: nothing would be scanned. Remove some ! entries.');
  }

  // exceptions: false, true (tag key imds-guard:exempt), or the tag key itself.
  const exceptionsRaw = get('exceptions');
  let exceptions: Settings['exceptions'] = { enabled: false, tagKey: DEFAULT_EXEMPTION_TAG_KEY };
  if (TRUE_WORDS.includes(exceptionsRaw.toLowerCase())) {
    exceptions = { enabled: true, tagKey: DEFAULT_EXEMPTION_TAG_KEY };
  } else if (!FALSE_WORDS.includes(exceptionsRaw.toLowerCase())) {
    const problem = tagKeyProblem(exceptionsRaw);
    if (problem) {
      fail(
        'exceptions',
        `is neither true, false nor a tag key: a tag key is 1 to 128 characters without control characters, and this value ${problem}. Give true (tag key ${DEFAULT_EXEMPTION_TAG_KEY}), false, or the tag key that marks exemptions (e.g. Owner-Exempt)`,
      );
    } else exceptions = { enabled: true, tagKey: exceptionsRaw };
  }

  // fail-on-scan-error: true (unread regions and accounts fail), false, regions or accounts (only those).
  const scanErrorRaw = get('fail-on-scan-error');
  const scanError = scanErrorRaw.toLowerCase();
  let failOnRegionError = true;
  let failOnAccountError = true;
  if (FALSE_WORDS.includes(scanError)) [failOnRegionError, failOnAccountError] = [false, false];
  else if (scanError === 'regions') failOnAccountError = false;
  else if (scanError === 'accounts') failOnRegionError = false;
  else if (!TRUE_WORDS.includes(scanError)) {
    fail(
      'fail-on-scan-error',
      `'${scanErrorRaw}' is not one of: true (a region or account that could not be read fails the run), false (gate on what was read), regions (only unread regions fail), accounts (only unread accounts fail)`,
    );
  }

  // instances and tags: `!` entries leave instances out; `file: PATH` names a CSV of instances.
  const instanceItems = splitList(get('instances'));
  const fileItems = instanceItems.filter((i) => /^file\s*:/i.test(i));
  if (fileItems.length > 1) fail('instances', `names ${fileItems.length} files; name one CSV (file: PATH)`);
  const instancesFile = fileItems.length ? fileItems[0].replace(/^file\s*:\s*/i, '') : '';
  const { named: instanceIds, excluded: excludeInstances } = listWithExcludes(
    'instances',
    instanceItems.filter((i) => !fileItems.includes(i)),
    INSTANCE_ID,
    'instance ids (i-0123456789abcdef0, or !i-0123456789abcdef0 to leave one out)',
  );
  const tagFilters = tags('tags');

  const rule = RULES[get('compliance-rule').toLowerCase()];
  if (!rule)
    fail('compliance-rule', `'${get('compliance-rule')}' is not one of: ${Object.keys(RULES).join(', ')}`);

  const thresholds = parseThresholds();
  // `remediation: require-v2` or `require-v2, include-in-use` (plan instances still calling IMDSv1 too).
  const remediationWords = (() => {
    const words = splitList(get('remediation').toLowerCase());
    const action = words.filter((w) => (REMEDIATIONS as readonly string[]).includes(w));
    const other = words.filter(
      (w) => !(REMEDIATIONS as readonly string[]).includes(w) && w !== 'include-in-use',
    );
    if (action.length !== 1 || other.length)
      fail(
        'remediation',
        `'${get('remediation')}' is not one of: ${REMEDIATIONS.join(', ')}, optionally followed by include-in-use (e.g. 'require-v2, include-in-use')`,
      );
    return {
      action: (action[0] ?? REMEDIATIONS[0]) as (typeof REMEDIATIONS)[number],
      includeInUse: words.includes('include-in-use'),
    };
  })();
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
  // The files the reports are written to: none may already be a link (checked again when written).
  for (const file of ['report.json', 'report.md', 'report.html', 'iac.sarif', 'guardrails']) {
    const problem = reportDir && linkProblem(workspace, `${reportDir}/${file}`, 'refuse', 'report-dir');
    if (problem && !problems.some((p) => p.input === 'report-dir')) fail('report-dir', problem);
  }
  const comment = oneOf<Settings['reports']['comment']>('comment', ['auto', 'always', 'never']);

  // waves: the waves (assess/waves.ts parseWaves), plus `soak=MINUTES` and `failure-budget=N` elements.
  let waves: WaveSettings | undefined;
  const wavesRaw = get('waves');
  if (wavesRaw) {
    let soakMinutes: number = WAVE_DEFAULTS.soakMinutes;
    let failureBudget: number = WAVE_DEFAULTS.failureBudget;
    const waveItems: string[] = [];
    const given = new Set<string>();
    for (const item of splitList(wavesRaw)) {
      const setting = /^(soak|failure-budget)\s*=\s*(.*)$/i.exec(item);
      if (!setting) {
        if (/^(soak|failure[-_ ]?budget)\b/i.test(item)) {
          fail(
            'waves',
            `'${item}' is not a wave nor a setting; write soak=MINUTES (e.g. soak=15) and failure-budget=N (e.g. failure-budget=2)`,
          );
        } else waveItems.push(item);
        continue;
      }
      const key = setting[1].toLowerCase();
      if (given.has(key)) {
        fail('waves', `gives ${key}= twice; keep one`);
        continue;
      }
      given.add(key);
      if (key === 'soak') {
        const m = /^(\d+(?:\.\d+)?)\s*m?$/i.exec(setting[2]);
        if (!m || Number(m[1]) > MAX_TOTAL_SOAK_MINUTES) {
          fail(
            'waves',
            `'${item}' is not a soak of 0 to ${MAX_TOTAL_SOAK_MINUTES} minutes; write soak=15 or soak=15m`,
          );
        } else soakMinutes = Number(m[1]);
      } else if (!/^\d+$/.test(setting[2]) || Number(setting[2]) > 100000) {
        fail(
          'waves',
          `'${item}' is not a failure budget; write failure-budget=N, a whole number of instances from 0 to 100000`,
        );
      } else failureBudget = Number(setting[2]);
    }
    const specs =
      waveItems.length === 0 && given.size
        ? `sets ${[...given].map((k) => `${k}=`).join(' and ')} but lists no waves; list them too, e.g. canary:1-per-region, 25%, 100%, soak=15`
        : parseWaves(waveItems.join(','));
    // The soak must be able to show a wave healthy: one basic-monitoring period and the publishing delay.
    const timing = metricTiming(env);
    if ('problem' in timing) fail('waves', timing.problem);
    else if (soakMinutes < minimumSoakMinutes(timing))
      fail(
        'waves',
        `soak=${soakMinutes} is shorter than CloudWatch needs to show a wave healthy: EC2 publishes these metrics every ${minutes(timing.basicPeriodSeconds / 60)} min (1 with detailed monitoring) and up to ${minutes(timing.publishDelaySeconds / 60)} min late, so the minimum is soak=${minutes(minimumSoakMinutes(timing))}`,
      );
    if (typeof specs === 'string') fail('waves', specs);
    else {
      waves = { raw: wavesRaw, specs, soakMinutes, failureBudget };
      const tooLong = soakProblem(instanceWaveCount(specs), soakMinutes);
      if (tooLong) fail('waves', tooLong);
    }
  }

  const groupByTag = get('group-by-tag').trim();
  if (groupByTag && tagKeyProblem(groupByTag))
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
      excludeRegions,
      includeStopped: bool('include-stopped'),
      concurrency: int('concurrency', 1, 64),
    },
    gate: {
      rule: rule ?? 'ec2.8',
      threshold: thresholds.fleet,
      failOnRegionError,
      failOnAccountError,
      accountThreshold: thresholds.perAccount,
      gateOn,
    },
    exceptions,
    iac: parseIac(get('iac'), get('pr-gate'), workspace, fail),
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
      baselineReport: path('baseline-report', 'inside') || undefined,
      groupByTag: groupByTag || undefined,
      hopLimitPolicy,
    },
    github: { token: read('github-token').trim() || env.GITHUB_TOKEN || undefined },
    organization: {
      accounts: accountIds,
      organization,
      memberRoleName,
      excludeAccounts,
      shard,
      mergeReports: path('merge-reports') || undefined,
    },
    remediation: {
      action: remediationWords.action,
      hopLimit,
      selection: {
        instances: instanceIds,
        instancesFile: path('instances', 'inside', instancesFile) || undefined,
        tags: tagFilters.named,
        excludeInstances,
        excludeTags: tagFilters.excluded,
      },
      v1UsageDays: int('v1-usage-days', 1, 455),
      includeInUse: remediationWords.includeInUse,
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
  if (regions !== 'all' && regions.every((r) => excludeRegions.includes(r))) {
    fail(
      'regions',
      `excludes every region it names (${regions.join(', ')}): nothing would be scanned. Remove some ! entries.`,
    );
  }
  if (settings.remediation.action === 'disable' && hopLimit !== undefined) {
    fail('hop-limit', 'has no effect with remediation: disable; remove it');
  }

  if (problems.length) throw new InputError(problems);
  return settings;
}
