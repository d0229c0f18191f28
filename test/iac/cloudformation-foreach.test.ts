// Fn::ForEach (AWS::LanguageExtensions): each loop becomes the resources CloudFormation creates from it.
import { describe, expect, it } from 'vitest';
import { assessIac } from '../../src/assess/iac.js';
import { parseParameterFile, readCloudFormation } from '../../src/iac/cloudformation.js';

const TEMPLATE = `AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::LanguageExtensions
Parameters:
  Teams: {Type: CommaDelimitedList, Default: "web,batch"}
  Tokens: {Type: String, Default: optional}
Resources:
  Fn::ForEach::Hosts:
    - Team
    - !Ref Teams
    - "\${Team}Host":
        Type: AWS::EC2::Instance
        Properties:
          ImageId: ami-0123456789abcdef0
          Tags: [{Key: team, Value: !Ref Team}]
          MetadataOptions:
            HttpTokens: !Ref Tokens
  Fn::ForEach::Pools:
    - Pool
    - [blue-1, green-2]
    - "Template&{Pool}":
        Type: AWS::EC2::LaunchTemplate
        Properties:
          LaunchTemplateName: !Sub "\${AWS::StackName}-\${Pool}"
          LaunchTemplateData:
            MetadataOptions: {HttpTokens: required}
      "Group&{Pool}":
        Type: AWS::AutoScaling::AutoScalingGroup
        Properties:
          MinSize: "1"
          MaxSize: "1"
          LaunchTemplate:
            LaunchTemplateName: !Sub "\${AWS::StackName}-\${Pool}"
  Fn::ForEach::Outer:
    - Zone
    - [a, b]
    - Fn::ForEach::Inner:
        - Size
        - [s, l]
        - "Box\${Zone}\${Size}":
            Type: AWS::EC2::Instance
            Properties:
              MetadataOptions: {HttpTokens: required}
`;

describe('Fn::ForEach', () => {
  it('expands loops into resources with their real logical ids, at the loop line (regression: not judged before)', () => {
    const { resources, errors, notices } = readCloudFormation('loops.yaml', TEMPLATE);
    expect(errors).toEqual([]);
    expect(notices).toBeUndefined();
    expect(resources.map((r) => [r.address, r.line])).toEqual([
      ['webHost', 7],
      ['batchHost', 7],
      ['Templateblue1', 17],
      ['Groupblue1', 17],
      ['Templategreen2', 17],
      ['Groupgreen2', 17],
      ['Boxas', 33],
      ['Boxal', 33],
      ['Boxbs', 33],
      ['Boxbl', 33],
    ]);
    expect(resources[0].key).toBe('loops.yaml#webHost');
    // `${Pool}` keeps the item as it is in names; `&{Pool}` drops non-alphanumerics in logical ids
    expect(resources.find((r) => r.address === 'Groupgreen2')?.template).toEqual({
      kind: 'launch-template',
      target: 'Templategreen2',
    });
    const { findings, verdicts } = assessIac(resources);
    expect(findings.filter((f) => f.level === 'error').map((f) => [f.address, f.line])).toEqual([
      ['webHost', 7],
      ['batchHost', 7],
    ]);
    expect(verdicts.find((v) => v.address === 'Groupblue1')?.verdict.status).toBe('no-v1');
  });

  it('takes the collection from a parameters file', () => {
    const p = parseParameterFile('p.json', '["Teams=api"]');
    if (!p.ok) throw new Error('unexpected');
    const { resources } = readCloudFormation('loops.yaml', TEMPLATE, { parameters: p.parameters });
    expect(resources.filter((r) => r.address.endsWith('Host')).map((r) => r.address)).toEqual(['apiHost']);
  });

  it('says when a collection is known only at deploy time, and when the transform is missing', () => {
    const text = `Resources:
  Fn::ForEach::Hosts:
    - Az
    - !GetAZs ""
    - "Host\${Az}":
        Type: AWS::EC2::Instance
  Plain:
    Type: AWS::EC2::Instance
`;
    const { resources, notices } = readCloudFormation('t.yaml', text);
    expect(resources.map((r) => r.address)).toEqual(['Plain']);
    expect(notices).toEqual([
      {
        file: 't.yaml',
        line: 2,
        message:
          'Fn::ForEach::Hosts: its collection Fn::GetAZs "" is known only at deploy time; its resources are not judged',
      },
      {
        file: 't.yaml',
        line: 1,
        message:
          'Fn::ForEach needs "Transform: AWS::LanguageExtensions"; without it CloudFormation rejects the template (the loops were expanded anyway)',
      },
    ]);
  });

  it('a loop that would expand without bound stops with a notice', () => {
    const items = Array.from({ length: 1000 }, (_, i) => `i${i}`).join(',');
    const text = `Transform: AWS::LanguageExtensions
Resources:
  Fn::ForEach::A:
    - X
    - [${items}]
    - Fn::ForEach::B:
        - Y
        - [${items}]
        - "R\${X}\${Y}":
            Type: AWS::EC2::Instance
            Properties: {MetadataOptions: {HttpTokens: required}}
`;
    const { resources, notices } = readCloudFormation('big.yaml', text);
    expect(resources.length).toBeGreaterThan(0);
    expect(resources.length).toBeLessThan(100_000);
    expect(notices?.[0].message).toMatch(/^Fn::ForEach::B: expands to more than 100,000 nodes/);
  });
});
