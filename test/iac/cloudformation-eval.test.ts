// Intrinsic functions and conditions, evaluated the way a deploy evaluates them.
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are CloudFormation Fn::Sub text, not JavaScript templates
import { describe, expect, it } from 'vitest';
import { assessIac } from '../../src/assess/iac.js';
import { parseParameterFile, readCloudFormation } from '../../src/iac/cloudformation.js';
import type { IacResource } from '../../src/model/iac.js';

const HEAD = `Parameters:
  Tokens: {Type: String, Default: optional}
  Hardened: {Type: String, Default: "false"}
  Stage: {Type: String, Default: prod}
  NoDefault: {Type: String}
  Hop: {Type: Number, Default: 2}
  Only: {Type: String, AllowedValues: [required]}
  Ami: {Type: "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>", Default: /aws/service/ami}
Mappings:
  Env:
    prod: {Tokens: required, Name: strict}
    dev: {Tokens: optional, Name: loose}
  Modes:
    strict: {Tokens: required}
  Same:
    us-east-1: {Tokens: required, Other: a}
    eu-west-1: {Tokens: required, Other: b}
Conditions:
  IsHardened: !Equals [!Ref Hardened, "true"]
  IsProd: !Equals [!Ref Stage, prod]
  NotProd: !Not [!Condition IsProd]
  Both: !And [!Condition IsProd, !Condition IsHardened]
  Either: !Or [!Condition IsProd, !Condition IsHardened]
  InUsEast: !Equals [!Ref "AWS::Region", us-east-1]
  Loop1: !Not [!Condition Loop2]
  Loop2: !Not [!Condition Loop1]
  SameStack: !Equals [!Sub "\${AWS::StackName}-x", !Join ["", [!Ref "AWS::StackName", "-x"]]]
Resources:
`;

function tokensOf(expr: string, params?: string): IacResource['metadata'] {
  const text = `${HEAD}  R:\n    Type: AWS::EC2::Instance\n    Properties:\n      MetadataOptions:\n        HttpTokens: ${expr}\n        HttpPutResponseHopLimit: !Ref Hop\n`;
  const p = params ? parseParameterFile('p.json', params) : undefined;
  if (p && !p.ok) throw new Error(p.error.message);
  const r = readCloudFormation('t.yaml', text, { parameters: p?.ok ? p.parameters : undefined });
  expect(r.errors).toEqual([]);
  return r.resources[0].metadata;
}

const value = (m: IacResource['metadata']) => {
  const t = m?.httpTokens;
  return t?.state === 'known' ? t.value : t?.state;
};

describe('intrinsic functions', () => {
  it.each([
    ['optional', 'optional'],
    ['!Ref Tokens', 'optional'],
    ['!Ref NoDefault', 'unknown'],
    ['!Ref Only', 'required'],
    ['!If [IsHardened, required, optional]', 'optional'],
    ['!If [IsProd, required, optional]', 'required'],
    ['!If [NotProd, required, optional]', 'optional'],
    ['!If [Both, required, optional]', 'optional'],
    ['!If [Either, required, optional]', 'required'],
    ['!If [InUsEast, required, optional]', 'unknown'],
    ['!If [InUsEast, required, required]', 'required'],
    ['!If [Loop1, required, optional]', 'unknown'],
    ['!If [SameStack, required, optional]', 'required'],
    ['!If [IsHardened, required, !Ref "AWS::NoValue"]', 'unset'],
    ['!FindInMap [Env, prod, Tokens]', 'required'],
    ['!FindInMap [Env, !Ref Stage, Tokens]', 'required'],
    ['!FindInMap [Modes, !FindInMap [Env, !Ref Stage, Name], Tokens]', 'required'],
    ['!FindInMap [Same, !Ref "AWS::Region", Tokens]', 'required'],
    ['!FindInMap [Same, !Ref "AWS::Region", Other]', 'unknown'],
    ['!FindInMap [Env, qa, Tokens, {DefaultValue: required}]', 'required'],
    ['!FindInMap [Env, qa, Tokens]', 'unknown'],
    ['!Select [1, [optional, required]]', 'required'],
    ['!Select [0, !Split [",", "required,optional"]]', 'required'],
    ['!Select [5, [optional]]', 'unknown'],
    ['!Join ["", [req, uired]]', 'required'],
    ['!Join ["", [req, !Ref "AWS::Region"]]', 'unknown'],
    ['!Sub "${Tokens}"', 'optional'],
    ['!Sub ["${X}", {X: required}]', 'required'],
    ['!Sub "${AWS::Region}"', 'unknown'],
    ['{"Fn::If": ["IsProd", "required", "optional"]}', 'required'],
    ['!ToJsonString {__proto__: a, b: [1]}', '{"__proto__":"a","b":[1]}'],
    ['!Select [2, !Split [",", !Join [",", [a, b, required]]]]', 'required'],
    ['!Base64 x', 'eA=='],
    ['!Length [a, b]', '2'],
    ['!ImportValue shared-tokens', 'unknown'],
    ['!GetAtt Other.Tokens', 'unknown'],
    ['"{{resolve:ssm:/tokens}}"', 'unknown'],
  ])('HttpTokens: %s → %s', (expr, expected) => {
    expect(value(tokensOf(expr))).toBe(expected);
  });

  it('names the parameter, condition or mapping that decides a value', () => {
    const m = tokensOf('!If [IsHardened, required, optional]');
    expect(m?.httpTokens).toEqual({
      state: 'known',
      value: 'optional',
      via: 'condition IsHardened, parameter Hardened default "false"',
      origin: { file: 't.yaml', line: 3, what: 'parameter Hardened default "false"', place: 'elsewhere' },
    });
    expect(tokensOf('!FindInMap [Env, prod, Tokens]')?.httpTokens).toMatchObject({
      origin: { file: 't.yaml', line: 11, what: 'mapping Env.prod.Tokens', place: 'elsewhere' },
    });
    // a Number parameter is a number where a number is expected
    expect(m?.hopLimit).toMatchObject({ state: 'known', value: 2, origin: { line: 6 } });
    const unknown = tokensOf('!Ref NoDefault')?.httpTokens;
    expect(unknown).toMatchObject({
      state: 'unknown',
      origin: { line: 5, what: 'parameter NoDefault (no default)', place: 'elsewhere' },
    });
    expect(unknown?.state === 'unknown' && unknown.reason).toMatch(
      /^Ref "NoDefault" \(parameter without a default/,
    );
    const cond = tokensOf('!If [InUsEast, required, optional]')?.httpTokens;
    expect(cond?.state === 'unknown' && cond.reason).toBe(
      'Fn::If ["InUsEast","required","optional"] (condition InUsEast depends on Ref "AWS::Region" (known at deploy time))',
    );
  });

  it('a parameters file wins over the default, and the origin names its line', () => {
    const m = tokensOf('!If [IsHardened, required, optional]', '["Hardened=true"]');
    expect(m?.httpTokens).toMatchObject({
      state: 'known',
      value: 'required',
      origin: { file: 'p.json', line: 1, what: 'parameter Hardened = "true" (p.json)', place: 'elsewhere' },
    });
  });

  it('an SSM parameter AMI is named, not guessed', () => {
    const text = `${HEAD}  R:\n    Type: AWS::EC2::Instance\n    Properties:\n      ImageId: !Ref Ami\n`;
    const r = readCloudFormation('t.yaml', text).resources[0];
    expect(r.amiId).toBeUndefined();
    expect(r.amiExpression).toBe('Ref "Ami" (SSM parameter /aws/service/ami, read at deploy time)');
  });
});

describe('the hardened-flag template (regression: the old reader left it unknown)', () => {
  const template = `Parameters:
  Hardened:
    Type: String
    Default: "false"
    AllowedValues: ["true", "false"]
Conditions:
  IsHardened: !Equals [!Ref Hardened, "true"]
Resources:
  Web:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0123456789abcdef0
      MetadataOptions:
        HttpTokens: !If [IsHardened, required, optional]
`;
  it('with the default "false" it allows IMDSv1: an error at the resource line', () => {
    const { resources } = readCloudFormation('web.yaml', template);
    const { verdicts, findings } = assessIac(resources);
    expect(verdicts[0].verdict.status).toBe('allows-v1');
    expect(findings).toEqual([
      expect.objectContaining({ ruleId: 'IMDSG001', level: 'error', line: 9, file: 'web.yaml' }),
    ]);
    expect(findings[0].message).toContain('from condition IsHardened, parameter Hardened default "false"');
    expect(resources[0].related).toEqual([
      { file: 'web.yaml', line: 7, what: 'condition IsHardened', place: 'elsewhere' },
      { file: 'web.yaml', line: 4, what: 'parameter Hardened default "false"', place: 'elsewhere' },
    ]);
  });

  it('with Hardened=true from a parameters file it does not', () => {
    const p = parseParameterFile('prod.json', '{"Parameters": {"Hardened": "true"}}');
    if (!p.ok) throw new Error(p.error.message);
    const { resources } = readCloudFormation('web.yaml', template, { parameters: p.parameters });
    const { verdicts, findings } = assessIac(resources);
    expect(verdicts[0].verdict.status).toBe('no-v1');
    expect(findings).toEqual([]);
  });
});

describe('resource conditions', () => {
  const template = (stage: string) => `Parameters:
  Stage: {Type: String, Default: ${stage}}
Conditions:
  IsDev: !Equals [!Ref Stage, dev]
  InUsEast: !Equals [!Ref "AWS::Region", us-east-1]
Resources:
  DevBox:
    Type: AWS::EC2::Instance
    Condition: IsDev
    Properties:
      MetadataOptions:
        HttpTokens: optional
  EastBox:
    Type: AWS::EC2::Instance
    Condition: InUsEast
    Properties:
      MetadataOptions: !If [InUsEast, {HttpTokens: required}, !Ref "AWS::NoValue"]
  Plain:
    Type: AWS::EC2::Instance
    Properties:
      MetadataOptions: !If [IsDev, {HttpTokens: optional}, !Ref "AWS::NoValue"]
`;
  it('a false Condition: the resource is listed as not created; AWS::NoValue removes a property', () => {
    const { resources } = readCloudFormation('c.yaml', template('prod'));
    const dev = resources.find((r) => r.address === 'DevBox');
    expect(dev?.notCreated).toBe('Condition IsDev is false with these parameters');
    expect(dev?.related?.[0]).toEqual({
      file: 'c.yaml',
      line: 4,
      what: 'condition IsDev',
      place: 'elsewhere',
    });
    const plain = resources.find((r) => r.address === 'Plain');
    expect(plain?.notCreated).toBeUndefined();
    expect(plain?.metadata?.httpTokens).toEqual({ state: 'unset' });
  });

  it('a true Condition creates it; an undecidable one says so in a note', () => {
    const { resources } = readCloudFormation('c.yaml', template('dev'));
    expect(resources.find((r) => r.address === 'DevBox')?.notCreated).toBeUndefined();
    expect(resources.find((r) => r.address === 'Plain')?.metadata?.httpTokens).toMatchObject({
      state: 'known',
      value: 'optional',
    });
    const east = resources.find((r) => r.address === 'EastBox');
    expect(east?.notCreated).toBeUndefined();
    expect(east?.notes?.[0]).toBe(
      'created only when condition InUsEast is true; condition InUsEast depends on Ref "AWS::Region" (known at deploy time)',
    );
    expect(east?.metadata?.httpTokens.state).toBe('unknown');
  });
});
