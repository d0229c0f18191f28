// Which launch template or launch configuration an instance, ASG or node group launches from: by logical
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are CloudFormation Fn::Sub text, not JavaScript templates
// id (Ref, GetAtt) or by name, as CloudFormation (and CDK's requireImdsv2) link them.
import { describe, expect, it } from 'vitest';
import { assessIac } from '../../src/assess/iac.js';
import { readCloudFormation } from '../../src/iac/cloudformation.js';

const LT = (id: string, name: string, tokens = 'required') => `  ${id}:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateName: ${name}
      LaunchTemplateData:
        MetadataOptions: {HttpTokens: ${tokens}}
`;
const ASG = (id: string, spec: string) => `  ${id}:
    Type: AWS::AutoScaling::AutoScalingGroup
    Properties:
      MinSize: "1"
      MaxSize: "1"
      LaunchTemplate: ${spec}
`;

function read(body: string) {
  const r = readCloudFormation(
    'l.yaml',
    `Parameters:\n  Env: {Type: String, Default: prod}\nResources:\n${body}`,
  );
  expect(r.errors).toEqual([]);
  return r.resources;
}
const templateOf = (body: string, id: string) => read(body).find((r) => r.address === id)?.template;

describe('links to a launch template', () => {
  it.each([
    [
      'Ref',
      '{LaunchTemplateId: !Ref Strict, Version: !GetAtt Strict.LatestVersionNumber}',
      'Strict',
      '$Latest',
    ],
    [
      'GetAtt',
      '{LaunchTemplateId: !GetAtt Strict.LaunchTemplateId, Version: !GetAtt Strict.DefaultVersionNumber}',
      'Strict',
      '$Default',
    ],
    ['a literal name', '{LaunchTemplateName: strict-lt, Version: "3"}', 'Strict', '3'],
    [
      'the same Sub on both sides',
      '{LaunchTemplateName: !Sub "${AWS::StackName}-loose"}',
      'Loose',
      undefined,
    ],
    [
      'a Join building the same string',
      '{LaunchTemplateName: !Join ["-", [!Ref "AWS::StackName", loose]]}',
      'Loose',
      undefined,
    ],
    ['a name from a parameter', '{LaunchTemplateName: !Sub "${Env}-named"}', 'Named', undefined],
    [
      'a Sub of the id attribute',
      '{LaunchTemplateId: !Sub "${Strict.LaunchTemplateId}"}',
      'Strict',
      undefined,
    ],
  ])('by %s', (_how, spec, target, version) => {
    const body =
      LT('Strict', 'strict-lt') +
      LT('Loose', '!Sub "${AWS::StackName}-loose"', 'optional') +
      LT('Named', 'prod-named') +
      ASG('Group', spec);
    expect(templateOf(body, 'Group')).toEqual({
      kind: 'launch-template',
      target,
      ...(version ? { version } : {}),
    });
  });

  it('an ASG judged through a template it names by name allows IMDSv1 when the template does', () => {
    const body =
      LT('Loose', '!Sub "${AWS::StackName}-loose"', 'optional') +
      ASG('Group', '{LaunchTemplateName: !Sub "${AWS::StackName}-loose"}');
    const { verdicts } = assessIac(read(body));
    expect(verdicts.find((v) => v.address === 'Group')?.verdict).toMatchObject({ status: 'allows-v1' });
  });

  it.each([
    ['a name no template here has', '{LaunchTemplateName: elsewhere}', 'LaunchTemplateName "elsewhere"'],
    [
      'a name built from something else',
      '{LaunchTemplateName: !Sub "${AWS::Region}-loose"}',
      'LaunchTemplateName Fn::Sub "${AWS::Region}-loose" (Ref "AWS::Region" (known at deploy time))',
    ],
    [
      'a name two templates share',
      '{LaunchTemplateName: dup}',
      'LaunchTemplateName "dup" (several launch templates have this name)',
    ],
    [
      'an imported id',
      '{LaunchTemplateId: !ImportValue shared-lt}',
      'LaunchTemplateId Fn::ImportValue "shared-lt"',
    ],
  ])('leaves %s unresolved, saying what the code names', (_what, spec, expression) => {
    const body = LT('Strict', 'strict-lt') + LT('A', 'dup') + LT('B', 'dup') + ASG('Group', spec);
    expect(templateOf(body, 'Group')).toEqual({ kind: 'launch-template', expression });
  });

  it('follows MixedInstancesPolicy, instances and EKS node groups', () => {
    const body = `${LT('Strict', 'strict-lt')}  Mixed:
    Type: AWS::AutoScaling::AutoScalingGroup
    Properties:
      MixedInstancesPolicy:
        LaunchTemplate:
          LaunchTemplateSpecification: {LaunchTemplateName: strict-lt, Version: !GetAtt Strict.LatestVersionNumber}
  Box:
    Type: AWS::EC2::Instance
    Properties:
      LaunchTemplate: {LaunchTemplateId: !Ref Strict, Version: "1"}
  Nodes:
    Type: AWS::EKS::Nodegroup
    Properties:
      LaunchTemplate: {Name: strict-lt}
`;
    const rs = read(body);
    expect(rs.find((r) => r.address === 'Mixed')?.template).toEqual({
      kind: 'launch-template',
      target: 'Strict',
      version: '$Latest',
    });
    expect(rs.find((r) => r.address === 'Box')?.template).toEqual({
      kind: 'launch-template',
      target: 'Strict',
      version: '1',
    });
    expect(rs.find((r) => r.address === 'Nodes')?.template).toEqual({
      kind: 'launch-template',
      target: 'Strict',
    });
    const { verdicts } = assessIac(rs);
    for (const id of ['Mixed', 'Box', 'Nodes'])
      expect(verdicts.find((v) => v.address === id)?.verdict.status).toBe('no-v1');
  });

  it('reads the CDK requireImdsv2 shape (instance → launch template by name, JSON)', () => {
    const json = JSON.stringify(
      {
        Resources: {
          InstanceLaunchTemplate9D6F1E2B: {
            Type: 'AWS::EC2::LaunchTemplate',
            Properties: {
              LaunchTemplateData: { MetadataOptions: { HttpTokens: 'required' } },
              LaunchTemplateName: 'AppStackInstanceLaunchTemplate',
            },
          },
          Instance008A4B15: {
            Type: 'AWS::EC2::Instance',
            Properties: {
              ImageId: 'ami-0123456789abcdef0',
              LaunchTemplate: {
                LaunchTemplateName: 'AppStackInstanceLaunchTemplate',
                Version: { 'Fn::GetAtt': ['InstanceLaunchTemplate9D6F1E2B', 'LatestVersionNumber'] },
              },
            },
          },
        },
      },
      null,
      1,
    );
    const { resources } = readCloudFormation('cdk.out/App.template.json', json);
    const inst = resources.find((r) => r.address === 'Instance008A4B15');
    expect(inst).toMatchObject({ line: 14, key: 'cdk.out/App.template.json#Instance008A4B15' });
    expect(inst?.template).toEqual({
      kind: 'launch-template',
      target: 'InstanceLaunchTemplate9D6F1E2B',
      version: '$Latest',
    });
    expect(assessIac(resources).verdicts.find((v) => v.address === 'Instance008A4B15')?.verdict.status).toBe(
      'no-v1',
    );
  });
});

describe('links to a launch configuration', () => {
  it.each([
    ['Ref', '!Ref Config', { kind: 'launch-configuration', target: 'Config' }],
    ['name', 'legacy-config', { kind: 'launch-configuration', target: 'Config' }],
    ['an unknown name', 'other', { kind: 'launch-configuration', expression: '"other"' }],
  ])('by %s', (_how, value, expected) => {
    const body = `  Config:
    Type: AWS::AutoScaling::LaunchConfiguration
    Properties:
      LaunchConfigurationName: legacy-config
      ImageId: ami-0123456789abcdef0
      InstanceType: t3.micro
  Group:
    Type: AWS::AutoScaling::AutoScalingGroup
    Properties:
      LaunchConfigurationName: ${value}
`;
    expect(templateOf(body, 'Group')).toEqual(expected);
  });
});

describe('conditional launch templates', () => {
  it('a name two templates share resolves to the one whose Condition holds', () => {
    const text = `Parameters:
  Stage: {Type: String, Default: prod}
Conditions:
  IsProd: !Equals [!Ref Stage, prod]
  IsDev: !Not [!Condition IsProd]
Resources:
  ProdTemplate:
    Type: AWS::EC2::LaunchTemplate
    Condition: IsProd
    Properties:
      LaunchTemplateName: !Sub "\${AWS::StackName}-lt"
      LaunchTemplateData: {MetadataOptions: {HttpTokens: required}}
  DevTemplate:
    Type: AWS::EC2::LaunchTemplate
    Condition: IsDev
    Properties:
      LaunchTemplateName: !Sub "\${AWS::StackName}-lt"
      LaunchTemplateData: {MetadataOptions: {HttpTokens: optional}}
  Group:
    Type: AWS::AutoScaling::AutoScalingGroup
    Properties:
      LaunchTemplate: {LaunchTemplateName: !Sub "\${AWS::StackName}-lt"}
`;
    const { resources } = readCloudFormation('c.yaml', text);
    expect(resources.find((r) => r.address === 'Group')?.template).toEqual({
      kind: 'launch-template',
      target: 'ProdTemplate',
    });
    expect(resources.find((r) => r.address === 'DevTemplate')?.notCreated).toBe(
      'Condition IsDev is false with these parameters',
    );
  });
});
