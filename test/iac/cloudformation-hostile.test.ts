// Hostile and large templates finish, bounded in time and memory, with the right answers or a clear
// error. Speed is measured by `npx tsx test/fixtures/iac/cfn-hostile/generate.ts`, not asserted here.
import { describe, expect, it } from 'vitest';
import { assessIac } from '../../src/assess/iac.js';
import { readCloudFormation } from '../../src/iac/cloudformation.js';
import {
  aliasBomb,
  bigTemplate,
  cdkJson,
  deepNesting,
  flowBomb,
} from '../fixtures/iac/cfn-hostile/generate.js';

describe('large and hostile templates', () => {
  it('a 5 MB YAML template with thousands of resources reads completely (regression: quadratic before)', () => {
    const { text, groups } = bigTemplate(5_000_000);
    expect(groups).toBeGreaterThan(4000);
    const { resources, errors } = readCloudFormation('big.yaml', text);
    expect(errors).toEqual([]);
    expect(resources).toHaveLength(3 * groups);
    const last = groups - 1;
    const box = resources.find((r) => r.address === `Box${last}`);
    // only the comment above the logical id counts: tag values and user data are text
    expect(box?.suppressions).toEqual([
      expect.objectContaining({ tool: 'imds-guard', reason: `group ${last} instance is a lab box` }),
    ]);
    expect(resources.find((r) => r.address === `Group${last}`)?.template).toEqual({
      kind: 'launch-template',
      target: `Template${last}`,
      version: '$Latest',
    });
    const { verdicts } = assessIac(resources);
    const status = (id: string) => verdicts.find((v) => v.address === id)?.verdict.status;
    expect(status(`Box${last}`)).toBe('allows-v1');
    expect(status(`Group${last}`)).toBe('no-v1');
    expect(status('Group0')).toBe('no-v1');
  }, 120_000);

  it('a 5 MB CDK-style JSON template reads completely', () => {
    const { resources, errors } = readCloudFormation('cdk.json', cdkJson(5_000_000));
    expect(errors).toEqual([]);
    expect(resources.length).toBeGreaterThan(10_000);
    const inst = resources.filter((r) => r.kind === 'instance');
    expect(inst.every((r) => r.template?.target === r.address.replace('Instance', 'LaunchTemplate'))).toBe(
      true,
    );
  }, 120_000);

  it.each([
    [
      'a 5 MB flow list (gigabytes of YAML syntax tree)',
      () => flowBomb(5_000_000),
      /^too large to read: more than 1,250,000 YAML tokens/,
    ],
    ['an alias bomb', aliasBomb, /^YAML aliases expand to more than 1,000,000 nodes/],
    [
      '5 MB of empty JSON objects',
      () => `{"Resources": {"A": {"Type": "AWS::EC2::Instance", "X": [${'{},'.repeat(1_700_000)}{}]}}}`,
      /^not valid JSON: too large to read: more than 1,000,000 values/,
    ],
    ['flow collections 100,000 deep', () => deepNesting(100_000), /^not valid YAML: /],
    ['flow collections 450 deep', () => deepNesting(450), /^nested deeper than 400 levels/],
  ])(
    '%s is an error, not a crash',
    (_what, make, message) => {
      const r = readCloudFormation('h.yaml', make());
      expect(r.resources).toEqual([]);
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0].message).toMatch(message);
    },
    60_000,
  );

  it('conditions built from conditions (each from the two before) evaluate in linear time', () => {
    const n = 2000;
    const conds = Array.from({ length: n }, (_, i) =>
      i < 2 ? `  C${i}: !Equals [!Ref P, x]` : `  C${i}: !And [!Condition C${i - 1}, !Condition C${i - 2}]`,
    ).join('\n');
    const res = Array.from(
      { length: n },
      (_, i) =>
        `  R${i}:\n    Type: AWS::EC2::Instance\n    Condition: C${i}\n    Properties: {MetadataOptions: {HttpTokens: required}}`,
    ).join('\n');
    const text = `Parameters:\n  P: {Type: String, Default: x}\nConditions:\n${conds}\nResources:\n${res}\n`;
    const { resources, errors } = readCloudFormation('f.yaml', text);
    expect(errors).toEqual([]);
    expect(resources).toHaveLength(n);
    expect(resources.every((r) => r.notCreated === undefined)).toBe(true);
    expect(resources[n - 1].related?.length).toBeLessThanOrEqual(10);
  }, 60_000);

  it('a chain of 20,000 conditions and a condition cycle finish as unknown', () => {
    const conds = Array.from({ length: 20_000 }, (_, i) => `  C${i}: !Not [!Condition C${i + 1}]`).join('\n');
    const text = `Conditions:\n${conds}\n  C20000: !Equals [a, a]\n  Loop: !Not [!Condition Loop]\nResources:
  A:
    Type: AWS::EC2::Instance
    Properties:
      MetadataOptions: {HttpTokens: !If [C0, required, optional]}
  B:
    Type: AWS::EC2::Instance
    Condition: Loop
`;
    const { resources, errors } = readCloudFormation('c.yaml', text);
    expect(errors).toEqual([]);
    expect(resources[0].metadata?.httpTokens.state).toBe('unknown');
    expect(resources[1].notes?.[0]).toContain('condition Loop refers to itself');
  });
});
