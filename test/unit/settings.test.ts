import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseCommandLine } from '../../src/cli/args.js';
import { selectionRows } from '../../src/report/remediation.js';
import {
  ACTIONS,
  type ActionId,
  actionInputs,
  DEFAULTS,
  INPUTS,
  type InputName,
  type InputSpec,
  MODES,
} from '../../src/settings/inputs.js';
import { InputError, parseSettings } from '../../src/settings/parse.js';

const reader = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? '';
const parseWith = (inputs: Record<string, string>) => parseSettings(reader(inputs), {});

function problemsOf(inputs: Record<string, string>): Array<{ input: string; message: string }> {
  try {
    parseWith(inputs);
  } catch (e) {
    if (e instanceof InputError) return e.problems;
    throw e;
  }
  return [];
}

describe('defaults', () => {
  it('parses with no inputs at all into documented defaults', () => {
    const s = parseWith({});
    expect(s.mode).toBe('audit');
    expect(s.scope.regions).toBe('all');
    expect(s.gate).toMatchObject({
      rule: 'ec2.8',
      threshold: 100,
      failOnRegionError: true,
      gateOn: ['instances'],
    });
    expect(s.auth).toMatchObject({ audience: 'sts.amazonaws.com', allowInstanceCredentials: false });
    expect(s.reports.jsonPath).toBe('imds-guard-report/report.json');
    expect(s.homeRegion).toBe('us-east-1');
  });

  it.each(Object.entries(ACTIONS) as Array<[ActionId, (typeof ACTIONS)[ActionId]]>)(
    '%s: its action.yml declares exactly the inputs its modes read, with the defaults of the table of inputs',
    (id, action) => {
      const yml = parse(readFileSync(action.file, 'utf8')) as {
        inputs: Record<string, { default?: string }>;
      };
      const expected = (Object.entries(INPUTS) as Array<[InputName, InputSpec]>)
        .filter(([, spec]) => spec.modes.some((m) => action.modes.includes(m)))
        // The root action runs the bundle's default mode (audit); each sub-action declares its own.
        .filter(([name]) => !(name === 'mode' && id === 'audit'))
        .map(([name]) => name);
      expect(Object.keys(yml.inputs).sort()).toEqual(expected.sort());
      expect(actionInputs(id).sort()).toEqual(expected.sort());
      for (const name of expected) {
        const spec = INPUTS[name] as InputSpec;
        const want = name === 'mode' ? action.modes[0] : (spec.actionDefault ?? spec.default);
        expect(String(yml.inputs[name].default ?? ''), `${action.file}: default of ${name}`).toBe(want);
      }
    },
  );

  it('the actions together declare every input, and every mode has exactly one action', () => {
    const declared = new Set(
      Object.values(ACTIONS).flatMap((a) =>
        Object.keys((parse(readFileSync(a.file, 'utf8')) as { inputs: object }).inputs),
      ),
    );
    expect([...declared].sort()).toEqual(Object.keys(DEFAULTS).sort());
    expect(
      Object.values(ACTIONS)
        .flatMap((a) => a.modes)
        .sort(),
    ).toEqual([...MODES].sort());
    // A sub-action's mode is one of its own: the bundle would run anything it is given.
    expect(ACTIONS.audit.modes).toEqual([DEFAULTS.mode]);
  });
});

describe('validation: each bad value names its input', () => {
  it.each([
    ['threshold', 'abc', /not a percentage/],
    ['threshold', '101', /not a percentage/],
    ['threshold', '-1', /not a percentage/],
    ['threshold', '1e2', /not a percentage/],
    ['regions', 'us-east-9x', /not region names/],
    ['regions', 'mars', /not region names/],
    ['regions', ',', /is empty/],
    ['regions', '!nowhere', /'!nowhere' is not region names .*!us-west-1/],
    ['regions', 'all, us-east-1', /lists `all` with named regions \(us-east-1\)/],
    [
      'regions',
      'us-east-1, !us-east-1',
      /excludes every region it names \(us-east-1\).*Remove some ! entries/,
    ],
    ['role-to-assume', 'arn:aws:iam::123:role/x', /not an IAM role ARN/],
    ['role-to-assume', 'my-role', /not an IAM role ARN/],
    ['role-duration-seconds', '60', /900 to 43200/],
    ['role-session-name', 'a b', /2–64 characters/],
    ['compliance-rule', 'strict', /not one of: ec2.8, ec2.8-or-disabled/],
    ['include-stopped', 'maybe', /not a boolean/],
    ['fail-on-scan-error', 'y', /not one of: true .*, false .*, regions .*, accounts /],
    ['fail-on-scan-error', 'region', /not one of/],
    ['allow-instance-credentials', '2', /not a boolean/],
    ['concurrency', '0', /1 to 64/],
    ['concurrency', '3.5', /1 to 64/],
    ['mode', 'destroy', /not one of: audit, plan, apply, plan-rollback, rollback, merge/],
    ['comment', 'sometimes', /not one of: auto, always, never/],
    ['gate-on', 'amis', /not among/],
    ['accounts', '12345', /12-digit account ids/],
    ['accounts', 'true', /'true' is not 12-digit account ids .*nor `organization`/],
    ['accounts', '!12345', /'!12345' is not 12-digit account ids/],
    ['accounts', 'organization, 111111111111', /with organization.*skip accounts with !123456789012/],
    [
      'accounts',
      '!111111111111',
      /only excludes \(!111111111111\).*add organization \(e.g. organization, !111111111111\)/,
    ],
    ['accounts', '111111111111, !111111111111', /excludes every account it names/],
    [
      'exceptions',
      'x'.repeat(129),
      /neither true, false nor a tag key.*129 characters long.*e\.g\. Owner-Exempt/,
    ],
    ['exceptions', 'Owner\u0007Exempt', /contains a control character/],
    ['shard', '4/3', /i\/n/],
    ['shard', 'x', /i\/n/],
    ['remediation', 'harden', /not one of/],
    ['hop-limit', '65', /1 to 64/],
    ['instances', 'i-123,web-1', /instance ids/],
    ['instances', '!web-1', /'!web-1' is not instance ids .*!i-0123456789abcdef0 to leave one out/],
    ['tags', '=prod', /'=prod' has no tag key/],
    ['tags', '!=prod', /'!=prod' has no tag key.*!Key=Value/],
    ['v1-usage-days', '0', /1 to 455/],
    ['aws-region', 'Moon', /not a region name/],
  ])('%s: %s', (input, value, message) => {
    const problems = problemsOf({ [input]: value });
    expect(problems).toEqual([expect.objectContaining({ input, message: expect.stringMatching(message) })]);
  });

  it('reports every problem at once', () => {
    const problems = problemsOf({ threshold: 'abc', regions: 'mars', concurrency: '0' });
    expect(problems.map((p) => p.input).sort()).toEqual(['concurrency', 'regions', 'threshold']);
    expect(() => parseWith({ threshold: 'abc' })).toThrow("Input 'threshold': 'abc' is not a percentage");
  });

  it('requires approval-environment and plan-digest for apply and rollback, and rollback-run for plan-rollback', () => {
    expect(problemsOf({ mode: 'apply' }).map((p) => p.input)).toEqual([
      'approval-environment',
      'plan-digest',
    ]);
    expect(problemsOf({ mode: 'rollback', 'approval-environment': 'prod' }).map((p) => p.input)).toEqual([
      'plan-digest',
    ]);
    expect(problemsOf({ mode: 'plan-rollback' }).map((p) => p.input)).toEqual(['rollback-run']);
    expect(
      problemsOf({ mode: 'apply', 'approval-environment': 'prod', 'plan-digest': 'abc' })[0].message,
    ).toMatch(/not a plan digest/);
  });

  it('accepts lists separated by commas and newlines, and Key=Value tags', () => {
    const s = parseWith({
      regions: 'us-east-1,\n eu-west-1\n',
      tags: 'env=prod, team=a=b, owner',
      threshold: '99.5',
    });
    expect(s.scope.regions).toEqual(['us-east-1', 'eu-west-1']);
    expect(s.remediation.selection.tags).toEqual([
      { key: 'env', value: 'prod' },
      { key: 'team', value: 'a=b' },
      { key: 'owner' },
    ]);
    expect(s.gate.threshold).toBe(99.5);
  });
});

describe('merged inputs: `!` excludes, organization, exception tag keys, scan errors, wave settings', () => {
  it('regions: `!` entries exclude; only excludes = every enabled region but those', () => {
    expect(parseWith({ regions: '!us-west-1' }).scope).toMatchObject({
      regions: 'all',
      excludeRegions: ['us-west-1'],
    });
    expect(parseWith({ regions: '!ap-east-1, !me-south-1' }).scope).toMatchObject({
      regions: 'all',
      excludeRegions: ['ap-east-1', 'me-south-1'],
    });
    expect(parseWith({ regions: 'all, !ap-east-1' }).scope).toMatchObject({
      regions: 'all',
      excludeRegions: ['ap-east-1'],
    });
    expect(parseWith({ regions: 'us-east-1, eu-west-1, !eu-west-1' }).scope).toMatchObject({
      regions: ['us-east-1', 'eu-west-1'],
      excludeRegions: ['eu-west-1'],
    });
    expect(parseWith({}).scope.excludeRegions).toEqual([]);
  });

  it('accounts: empty, organization, ids, and `!` excludes', () => {
    expect(parseWith({}).organization).toMatchObject({
      accounts: [],
      organization: false,
      excludeAccounts: [],
    });
    expect(parseWith({ accounts: 'organization, !111111111111' }).organization).toMatchObject({
      accounts: [],
      organization: true,
      excludeAccounts: ['111111111111'],
    });
    expect(parseWith({ accounts: 'Organization' }).organization.organization).toBe(true);
    expect(parseWith({ accounts: '111111111111\n222222222222, !222222222222' }).organization).toMatchObject({
      accounts: ['111111111111', '222222222222'],
      organization: false,
      excludeAccounts: ['222222222222'],
    });
  });

  it('exceptions: false, true (the default tag key) or the tag key', () => {
    expect(parseWith({}).exceptions).toEqual({ enabled: false, tagKey: 'imds-guard:exempt' });
    expect(parseWith({ exceptions: 'true' }).exceptions).toEqual({
      enabled: true,
      tagKey: 'imds-guard:exempt',
    });
    expect(parseWith({ exceptions: 'Owner-Exempt' }).exceptions).toEqual({
      enabled: true,
      tagKey: 'Owner-Exempt',
    });
    expect(parseWith({ exceptions: 'false' }).exceptions.enabled).toBe(false);
  });

  it.each([
    ['true', true, true],
    ['false', false, false],
    ['regions', true, false],
    ['accounts', false, true],
    ['', true, true],
  ])('fail-on-scan-error: %s', (value, region, account) => {
    expect(parseWith({ 'fail-on-scan-error': value }).gate).toMatchObject({
      failOnRegionError: region,
      failOnAccountError: account,
    });
  });

  it('instances and tags: `!` entries leave instances out', () => {
    const s = parseWith({
      mode: 'plan',
      instances: 'i-0123456789abcdef0, !i-0fedcba9876543210',
      tags: 'env=prod, !Team=x, !Keep',
    }).remediation.selection;
    expect(s).toMatchObject({
      instances: ['i-0123456789abcdef0'],
      excludeInstances: ['i-0fedcba9876543210'],
      tags: [{ key: 'env', value: 'prod' }],
      excludeTags: [{ key: 'Team', value: 'x' }, { key: 'Keep' }],
    });
    expect(
      parseWith({ mode: 'plan', instances: '!i-0123456789abcdef0' }).remediation.selection,
    ).toMatchObject({
      instances: [],
      excludeInstances: ['i-0123456789abcdef0'],
    });
  });

  it('waves: a soak shorter than one metric period is for tests against a loopback emulator only', () => {
    const env = (e: Record<string, string>) => (waves: string) =>
      parseSettings(reader({ mode: 'plan', waves }), e);
    const loopback = env({ IMDS_GUARD_TEST_METRIC_TIMING: '1,0', AWS_ENDPOINT_URL: 'http://127.0.0.1:4566' });
    expect(loopback('1-per-region, rest, soak=0.03').remediation.waves?.soakMinutes).toBe(0.03);
    expect(() => loopback('1-per-region, rest, soak=0.01')).toThrow(/the minimum is soak=0\.02/);
    const real = env({ IMDS_GUARD_TEST_METRIC_TIMING: '1,0' });
    expect(() => real('1-per-region, rest, soak=10')).toThrow(
      /IMDS_GUARD_TEST_METRIC_TIMING is for tests against a loopback AWS emulator only/,
    );
    const remote = env({
      IMDS_GUARD_TEST_METRIC_TIMING: '1,0',
      AWS_ENDPOINT_URL: 'https://monitoring.example.com',
    });
    expect(() => remote('1-per-region, rest, soak=10')).toThrow(/loopback AWS emulator only/);
  });

  it('waves: soak= and failure-budget= elements, with their defaults', () => {
    expect(
      parseWith({ mode: 'plan', waves: '25%, 100%, soak=10.5, failure-budget=2' }).remediation.waves,
    ).toMatchObject({
      raw: '25%, 100%, soak=10.5, failure-budget=2',
      soakMinutes: 10.5,
      failureBudget: 2,
      specs: [{ text: '25%' }, { text: '100%' }],
    });
    expect(parseWith({ mode: 'plan', waves: 'canary:1-per-region, 100%' }).remediation.waves).toMatchObject({
      soakMinutes: 15,
      failureBudget: 0,
    });
    expect(
      parseWith({ mode: 'plan', waves: '1-per-region, rest, soak = 20m' }).remediation.waves?.soakMinutes,
    ).toBe(20);
  });

  it.each([
    ['25%, soak=abc', /'soak=abc' is not a soak of 0 to 330 minutes; write soak=15/],
    ['25%, soak=331', /'soak=331' is not a soak/],
    ['25%, failure-budget=-1', /'failure-budget=-1' is not a failure budget; write failure-budget=N/],
    ['25%, failure-budget=1.5', /not a failure budget/],
    ['25%, soak=12, soak=10', /gives soak= twice/],
    [
      '25%, soak=9.5',
      /soak=9\.5 is shorter than CloudWatch needs .* every 5 min \(1 with detailed monitoring\) and up to 5 min late, so the minimum is soak=10$/,
    ],
    ['25%, soak=0.5', /the minimum is soak=10/],
    ['25%, soak:15', /'soak:15' is not a wave nor a setting; write soak=MINUTES/],
    ['25%, soak-minutes=15', /'soak-minutes=15' is not a wave nor a setting/],
    ['soak=15, failure-budget=1', /sets soak= and failure-budget= but lists no waves/],
    ['canary:1-per-region, 25%, 100%, soak=120', /3 wave\(s\) × 120 min soak = 360 min.*shorter soak=/],
    ['1-per-az', /is not a wave/],
  ])('waves: %s', (waves, message) => {
    expect(problemsOf({ mode: 'plan', waves })).toEqual([
      expect.objectContaining({ input: 'waves', message: expect.stringMatching(message) }),
    ]);
  });
});

describe('the merged syntax outside settings', () => {
  it('the CLI checks the region after a `!`, and the removed inputs are no flags', () => {
    expect(parseCommandLine(['audit', '--regions', '!us-west-1,us-east-1']).inputs.regions).toBe(
      '!us-west-1,us-east-1',
    );
    expect(() => parseCommandLine(['audit', '--regions', '!us-esat-1'])).toThrow(
      "--regions: 'us-esat-1' is not an AWS region. Did you mean 'us-east-1'?",
    );
    expect(() => parseCommandLine(['audit', '--exclude-regions', 'us-west-1'])).toThrow(
      /unknown flag --exclude-regions/,
    );
  });

  it("a plan's selection is shown as the inputs take it", () => {
    const s = parseWith({
      mode: 'plan',
      regions: '!ap-east-1',
      instances: 'i-0123456789abcdef0, !i-0fedcba9876543210',
      tags: 'env=prod, !Keep',
    });
    const rows = selectionRows({
      regions: s.scope.regions,
      excludeRegions: s.scope.excludeRegions,
      targets: ['instances'],
      ...s.remediation.selection,
      instancesFile: undefined,
    });
    expect(rows).toEqual([
      { name: 'regions', value: 'all, !ap-east-1' },
      { name: 'remediation-targets', value: 'instances' },
      { name: 'instances', value: 'i-0123456789abcdef0, !i-0fedcba9876543210' },
      { name: 'tags', value: 'env=prod, !Keep' },
    ]);
    // Written back, the rows parse into the same selection.
    const again = parseWith({ mode: 'plan', ...Object.fromEntries(rows.map((r) => [r.name, r.value])) });
    expect(again.remediation.selection).toEqual(s.remediation.selection);
    expect(again.scope).toEqual(s.scope);
  });
});

describe('iac and pr-gate', () => {
  it('reads globs, var files in order and parameters files; pr-gate words', () => {
    const s = parseWith({
      iac: 'infra/**\nvar-file: infra/prod.tfvars\nvar-file: infra/eu.tfvars\nparameters: infra/web.yaml=infra/web.params.json',
      'pr-gate': 'iac, fail-unresolved',
    });
    expect(s.iac).toEqual({
      globs: ['infra/**'],
      varFiles: ['infra/prod.tfvars', 'infra/eu.tfvars'],
      cfnParameters: [{ template: 'infra/web.yaml', file: 'infra/web.params.json' }],
      prGate: 'iac',
      judge: 'changes',
      unresolved: 'fail',
    });
    expect(parseWith({ iac: 'x/**', 'pr-gate': 'iac-and-live, everything' }).iac).toMatchObject({
      prGate: 'iac-and-live',
      judge: 'everything',
      unresolved: 'warn',
    });
    expect(parseWith({}).iac).toMatchObject({
      globs: [],
      prGate: 'iac',
      judge: 'changes',
      unresolved: 'warn',
    });
  });

  it('names what is wrong: an unknown entry, a path outside, a parameters entry without a file, an unknown word', () => {
    expect(problemsOf({ iac: 'infra/**\nvarfile: x.tfvars' }).map((p) => p.input)).toEqual(['iac']);
    expect(problemsOf({ iac: 'infra/**\nvar-file: ../../etc/x.tfvars' })[0].message).toMatch(
      /outside the workspace/,
    );
    expect(problemsOf({ iac: 'infra/**\nparameters: infra/web.yaml' })[0].message).toMatch(
      /parameters: infra\/web\.yaml=infra\/web\.params\.json/,
    );
    expect(problemsOf({ iac: 'var-file: a.tfvars' })[0].message).toMatch(/no glob/);
    expect(problemsOf({ iac: 'x/**', 'pr-gate': 'iac, everythng' })[0]).toMatchObject({ input: 'pr-gate' });
    expect(problemsOf({ iac: 'x/**', 'pr-gate': 'iac, iac-and-live' })[0]).toMatchObject({
      input: 'pr-gate',
    });
  });
});

describe('threshold', () => {
  it('takes the fleet minimum and an optional per-account one', () => {
    expect(parseWith({ threshold: '95' }).gate).toMatchObject({ threshold: 95, accountThreshold: undefined });
    expect(parseWith({ threshold: '95, per-account=90' }).gate).toMatchObject({
      threshold: 95,
      accountThreshold: 90,
    });
    expect(parseWith({}).gate.threshold).toBe(100);
    for (const bad of ['101', '95, per-account=x', '95, 90', 'ninety'])
      expect(
        problemsOf({ threshold: bad }).map((p) => p.input),
        bad,
      ).toEqual(['threshold']);
  });
});
