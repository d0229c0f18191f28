// Parameters files in the shapes CloudFormation tooling uses, and how their values reach a template.
import { describe, expect, it } from 'vitest';
import { parseParameterFile, readCloudFormation } from '../../src/iac/cloudformation.js';

const values = (file: string, text: string) => {
  const r = parseParameterFile(file, text);
  if (!r.ok) throw new Error(r.error.message);
  return Object.fromEntries(r.parameters.values);
};

describe('parseParameterFile', () => {
  it('reads `aws cloudformation deploy --parameter-overrides` files: a JSON list of Key=Value', () => {
    expect(values('o.json', '[\n  "Tokens=required",\n  "Url=https://x/?a=b"\n]')).toEqual({
      Tokens: { value: 'required', line: 2 },
      Url: { value: 'https://x/?a=b', line: 3 },
    });
  });

  it('reads a YAML list of Key=Value', () => {
    expect(values('o.yaml', '# overrides\n- Tokens=optional\n- Empty=\n')).toEqual({
      Tokens: { value: 'optional', line: 2 },
      Empty: { value: '', line: 3 },
    });
  });

  it('reads CodePipeline template configuration files', () => {
    const text =
      '{\n  "Parameters": {\n    "Tokens": "required",\n    "Hop": 2\n  },\n  "Tags": {"team": "a"}\n}';
    expect(values('config.json', text)).toEqual({
      Tokens: { value: 'required', line: 3 },
      Hop: { value: '2', line: 4 },
    });
  });

  it('reads create-stack parameter lists, UsePreviousValue included', () => {
    const text = `[
  {"ParameterKey": "Tokens", "ParameterValue": "optional"},
  {"ParameterKey": "Stage", "UsePreviousValue": true}
]`;
    expect(values('cs.json', text)).toEqual({
      Tokens: { value: 'optional', line: 2, previous: false },
      Stage: { value: '', line: 3, previous: true },
    });
  });

  it.each([
    ['a map of values', '{"Tokens": "required"}', undefined],
    ['a string that is not Key=Value', '["Tokens"]', 1],
    ['a create-stack entry without a value', '[{"ParameterKey": "Tokens"}]', 1],
    ['a value that is a map', '{"Parameters": {"Tokens": {"Ref": "X"}}}', 1],
    ['a list of numbers', '[1, 2]', 1],
  ])('refuses %s, naming the file and the shapes it expected', (_what, text, line) => {
    const r = parseParameterFile('bad.json', text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.file).toBe('bad.json');
    expect(r.error.line).toBe(line);
    expect(r.error.message).toContain(
      '"Key=Value" strings (aws cloudformation deploy --parameter-overrides)',
    );
    expect(r.error.message).toContain(
      '{"Parameters": {"Key": "Value"}} (CodePipeline template configuration)',
    );
  });

  it('refuses text that does not parse, with its line', () => {
    const r = parseParameterFile('broken.json', '[\n  "A=1",\n  oops\n');
    expect(r).toMatchObject({ ok: false, error: { file: 'broken.json' } });
    if (!r.ok) expect(r.error.message).toMatch(/^not a parameters file: /);
  });
});

describe('parameter values in a template', () => {
  const template = `Parameters:
  Tokens: {Type: String, Default: required}
  Subnets: {Type: CommaDelimitedList, Default: "a,b"}
Resources:
  Web:
    Type: AWS::EC2::Instance
    Properties:
      SubnetId: !Select [1, !Ref Subnets]
      MetadataOptions:
        HttpTokens: !Ref Tokens
`;
  it('a create-stack UsePreviousValue is the running stack value: unknown', () => {
    const p = parseParameterFile('cs.json', '[{"ParameterKey": "Tokens", "UsePreviousValue": true}]');
    if (!p.ok) throw new Error('unexpected');
    const r = readCloudFormation('t.yaml', template, { parameters: p.parameters });
    expect(r.resources[0].metadata?.httpTokens).toMatchObject({
      state: 'unknown',
      reason: "parameter Tokens keeps the running stack's value (UsePreviousValue)",
      origin: { file: 'cs.json', line: 1 },
    });
  });

  it('a value for a parameter the template does not declare is a notice', () => {
    const p = parseParameterFile('o.json', '["Tokens=optional", "Typo=1"]');
    if (!p.ok) throw new Error('unexpected');
    const r = readCloudFormation('t.yaml', template, { parameters: p.parameters });
    expect(r.resources[0].metadata?.httpTokens).toMatchObject({ state: 'known', value: 'optional' });
    expect(r.notices).toEqual([
      { file: 'o.json', line: 1, message: 'parameter Typo is not declared in t.yaml' },
    ]);
  });
});
