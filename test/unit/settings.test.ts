import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ACTIONS, type ActionId, actionInputs } from '../../src/cli/commands.js';
import {
  DEFAULTS,
  INPUTS,
  InputError,
  type InputName,
  type InputSpec,
  MODES,
  parseSettings,
} from '../../src/settings.js';

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
    '%s: its action.yml declares exactly the inputs its modes read, with the defaults of settings.ts',
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
    ['exclude-regions', 'nowhere', /not region names/],
    ['role-to-assume', 'arn:aws:iam::123:role/x', /not an IAM role ARN/],
    ['role-to-assume', 'my-role', /not an IAM role ARN/],
    ['role-duration-seconds', '60', /900 to 43200/],
    ['role-session-name', 'a b', /2–64 characters/],
    ['compliance-rule', 'strict', /not one of: ec2.8, ec2.8-or-disabled/],
    ['include-stopped', 'maybe', /not a boolean/],
    ['fail-on-region-error', 'y', /not a boolean/],
    ['allow-instance-credentials', '2', /not a boolean/],
    ['concurrency', '0', /1 to 64/],
    ['concurrency', '3.5', /1 to 64/],
    ['mode', 'destroy', /not one of: audit, plan, apply, plan-rollback, rollback, merge/],
    ['comment', 'sometimes', /not one of: auto, always, never/],
    ['gate-on', 'amis', /not among/],
    ['accounts', '12345', /12-digit account ids/],
    ['shard', '4/3', /i\/n/],
    ['shard', 'x', /i\/n/],
    ['remediation', 'harden', /not one of/],
    ['hop-limit', '65', /1 to 64/],
    ['instances', 'i-123,web-1', /instance ids/],
    ['tags', '=prod', /no tag key/],
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
