// Suppression markers: in Metadata, or in a YAML comment inside the resource or directly above its
// logical id; never text inside a string value; each marker belongs to one resource.
import { describe, expect, it } from 'vitest';
import { assessIac } from '../../src/assess/iac.js';
import { readCloudFormation } from '../../src/iac/cloudformation.js';

const TEMPLATE = `Resources:
  # imds-guard:ignore lab box, rebuilt weekly
  First:
    Type: AWS::EC2::Instance
    Properties:
      Tags:
        - Key: note
          Value: "# imds-guard:ignore quoted text is no comment"
        - Key: plain
          Value: a#imds-guard:ignore-b
        - Key: single
          Value: '# checkov:skip=CKV_AWS_79:not a comment either'
      UserData:
        Fn::Base64: |
          #!/bin/bash
          # imds-guard:ignore user data is text
      MetadataOptions:
        HttpTokens: optional
  Second:
    Type: AWS::EC2::Instance
    Properties:
      MetadataOptions:
        HttpTokens: optional  # checkov:skip=CKV_AWS_79:trailing comment on the value
  Third:
    Type: AWS::EC2::Instance
    Properties:
      MetadataOptions:
        HttpTokens: optional
      # imds-guard:ignore deeper comment after Third's last line

  # imds-guard:ignore directly above Fourth
  Fourth:
    Type: AWS::EC2::Instance
    Properties:
      MetadataOptions: {HttpTokens: optional}
  # imds-guard:ignore separated from Fifth by a blank line

  Fifth:
    Type: AWS::EC2::Instance
    Properties:
      MetadataOptions: {HttpTokens: optional}
Outputs:
  # imds-guard:ignore in another section
  Id: {Value: !Ref Fifth}
`;

describe('suppression markers', () => {
  const { resources } = readCloudFormation('s.yaml', TEMPLATE);
  const marks = (id: string) =>
    resources.find((r) => r.address === id)?.suppressions.map((x) => [x.tool, x.line, x.reason]);

  it('a comment above the logical id or inside the resource suppresses that resource only', () => {
    expect(marks('First')).toEqual([['imds-guard', 2, 'lab box, rebuilt weekly']]);
    expect(marks('Second')).toEqual([['checkov', 23, 'trailing comment on the value']]);
    expect(marks('Third')).toEqual([['imds-guard', 29, "deeper comment after Third's last line"]]);
    expect(marks('Fourth')).toEqual([['imds-guard', 31, 'directly above Fourth']]);
    expect(marks('Fifth')).toEqual([]);
  });

  it('a marker inside a tag value does not suppress (regression: the old reader took it for a comment)', () => {
    const text = `Resources:
  Web:
    Type: AWS::EC2::Instance
    Properties:
      Tags:
        - Key: owner
          Value: "team # imds-guard:ignore set by anyone who can tag"
      MetadataOptions:
        HttpTokens: optional
`;
    const { resources: rs } = readCloudFormation('t.yaml', text);
    expect(rs[0].suppressions).toEqual([]);
    const { findings } = assessIac(rs);
    expect(findings[0]).toMatchObject({ ruleId: 'IMDSG001', level: 'error' });
    expect(findings[0].suppression).toBeUndefined();
  });

  it('Metadata suppressions keep their line; a marker without a reason does not suppress', () => {
    const text = `Resources:
  Web:
    Type: AWS::EC2::Instance
    Metadata:
      checkov:
        skip:
          - id: CKV_AWS_79
            comment: vendor appliance
      imds-guard:
        ignore: ""
    Properties:
      MetadataOptions: {HttpTokens: optional}
`;
    expect(readCloudFormation('t.yaml', text).resources[0].suppressions).toEqual([
      { tool: 'checkov', ruleId: 'CKV_AWS_79', reason: 'vendor appliance', line: 7, valid: true },
      { tool: 'imds-guard', reason: '', line: 10, valid: false },
    ]);
  });

  it('markers inside a Fn::ForEach block apply to each resource it makes', () => {
    const text = `Transform: AWS::LanguageExtensions
Resources:
  # imds-guard:ignore lab hosts
  Fn::ForEach::Hosts:
    - N
    - [a, b]
    - "Host\${N}":
        Type: AWS::EC2::Instance
  Other:
    Type: AWS::EC2::Instance
`;
    const rs = readCloudFormation('t.yaml', text).resources;
    expect(rs.map((r) => [r.address, r.suppressions.length])).toEqual([
      ['Hosta', 1],
      ['Hostb', 1],
      ['Other', 0],
    ]);
  });
});
