// The CloudFormation reader and the judging against real third-party templates in ../shared/iac-fixtures
// (not copied into this repository), both hand-read sets: the first set's MANIFEST.md ("v1?" column,
// judged offline: unset→depends → 'depends', yes → 'allows-v1', no → 'no-v1') and the second set's
// truth.json (v1 / no-v1 / depends, with the line of the logical id). Each file is read and judged on
// its own, as CloudFormation deploys one template at a time.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessIac, judgeIacResource } from '../../src/assess/iac.js';
import { readCloudFormation } from '../../src/iac/cloudformation.js';

const ROOT = new URL('../../../shared/iac-fixtures/', import.meta.url).pathname;
const present = existsSync(join(ROOT, 'cfn'));
if (!present)
  console.log(
    `shared-fixtures-cfn: skipped, ${ROOT} is not there (the shared fixtures sit beside the repository)`,
  );

type Verdict = 'allows-v1' | 'no-v1' | 'depends';

// First set (MANIFEST.md, section 3): [file, logical id, verdict]
const FIRST: [string, string, Verdict][] = [
  ['cfn/checkov__example_IMDSv1Disabled__FAILED.yml', 'MetadataOptionsNone', 'depends'],
  ['cfn/checkov__example_IMDSv1Disabled__FAILED.yml', 'IMDSv1Enabled', 'depends'],
  ['cfn/checkov__example_IMDSv1Disabled__FAILED.yml', 'IMDSv2Optional', 'allows-v1'],
  ['cfn/checkov__example_IMDSv1Disabled__PASSED.yml', 'IMDSv1Disabled', 'no-v1'],
  ['cfn/checkov__example_IMDSv1Disabled__PASSED.yml', 'IMDSv2Enabled', 'no-v1'],
  ['cfn/checkov__ec2_with_waitcondition_template.json', 'KWOSInstance', 'depends'],
  ['cfn/amazon-eks-ami__amazon-eks-nodegroup__8c61db5.yaml', 'NodeLaunchConfig', 'depends'],
  ['cfn/amazon-eks-ami__amazon-eks-nodegroup__8c61db5.yaml', 'NodeGroup', 'depends'],
];

const SECOND_CASES = ['C01', 'C02', 'C04', 'C11'];
const VERDICT: Record<string, Verdict> = { v1: 'allows-v1', 'no-v1': 'no-v1', depends: 'depends' };

/** Second set: [file, logical id, verdict, line] from truth.json. */
function secondRows(): [string, string, Verdict, number][] {
  if (!present) return [];
  const truth = JSON.parse(readFileSync(join(ROOT, 'more/truth.json'), 'utf8')) as Record<
    string,
    [string, string, number, string, string][]
  >;
  const files = readdirSync(join(ROOT, 'more/cfn'));
  const rows: [string, string, Verdict, number][] = [];
  for (const [name, list] of Object.entries(truth)) {
    if (!SECOND_CASES.some((c) => name.startsWith(`${c}_`))) continue;
    const file = files.find((f) => f.startsWith(name.slice(0, 4)));
    if (!file) throw new Error(`no file for ${name} in more/cfn`);
    for (const [, id, line, verdict] of list) rows.push([`more/cfn/${file}`, id, VERDICT[verdict], line]);
  }
  return rows;
}

function judge(file: string) {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const read = readCloudFormation(file, text);
  return { text, read, ...assessIac(read.resources, {}) };
}

/** 1-based line of the logical id's key (`Id:` in YAML, `"Id":` in JSON), read from the text. */
function keyLine(text: string, id: string): number {
  const lines = text.split('\n');
  const re = new RegExp(`^\\s*["']?${id}["']?\\s*:`);
  return lines.findIndex((l) => re.test(l)) + 1;
}

describe.skipIf(!present)('real third-party CloudFormation templates (shared/iac-fixtures)', () => {
  it.each(FIRST)('%s %s → %s', (file, id, expected) => {
    const { text, read, verdicts, findings } = judge(file);
    expect(read.errors).toEqual([]);
    const v = verdicts.find((x) => x.address === id);
    expect(v, `${id} not found`).toBeDefined();
    expect(v?.verdict.status).toBe(expected);
    expect(v?.line).toBe(keyLine(text, id));
    const mine = findings.filter((f) => f.address === id && f.level !== 'note');
    if (expected === 'allows-v1')
      expect(mine.some((f) => f.level === 'error' && f.line === v?.line)).toBe(true);
    if (expected === 'no-v1') expect(mine).toEqual([]);
  });

  it.each(secondRows())('%s %s → %s at line %i', (file, id, expected, line) => {
    const { read, verdicts, findings } = judge(file);
    expect(read.errors).toEqual([]);
    const v = verdicts.find((x) => x.address === id);
    expect(v, `${id} not found`).toBeDefined();
    expect(v?.verdict.status).toBe(expected);
    expect(v?.line).toBe(line);
    const mine = findings.filter((f) => f.address === id && f.level !== 'note');
    if (expected === 'allows-v1') expect(mine.some((f) => f.level === 'error' && f.line === line)).toBe(true);
    if (expected === 'no-v1') expect(mine).toEqual([]);
    if (expected === 'depends') {
      expect(mine.map((f) => f.ruleId)).toEqual(['IMDSG003']);
      // With live access the outcome is resolved: the region's account default decides.
      const r = read.resources.find((x) => x.address === id)!;
      const live = (tokens: 'required' | 'optional') =>
        judgeIacResource(r, read.resources, {
          defaultRegion: 'us-east-1',
          accountDefaults: { 'us-east-1': tokens },
        }).status;
      expect([live('required'), live('optional')]).toEqual(['no-v1', 'allows-v1']);
    }
  });

  it('covers every CloudFormation row of the second set', () => {
    expect(secondRows().length).toBe(7);
  });

  it('follows links the way CloudFormation resolves them', () => {
    const c02 = judge('more/cfn/C02_acft_AutoScalingScheduledAction.yaml').read.resources;
    expect(c02.find((r) => r.address === 'WebServerGroup')?.template).toEqual({
      kind: 'launch-template',
      target: 'LaunchTemplate',
      version: '$Latest',
    });
    const eks = judge('cfn/amazon-eks-ami__amazon-eks-nodegroup__8c61db5.yaml').read.resources;
    expect(eks.find((r) => r.address === 'NodeGroup')?.template).toEqual({
      kind: 'launch-configuration',
      target: 'NodeLaunchConfig',
    });
    // the AMI comes from an SSM parameter: named, never guessed
    expect(eks.find((r) => r.address === 'NodeLaunchConfig')?.amiExpression).toMatch(
      /^Ref "NodeImageIdSSMParam" \(SSM parameter \/aws\/service\/eks\/optimized-ami\//,
    );
  });
});
