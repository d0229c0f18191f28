// Which files are CloudFormation templates: any YAML or JSON whose Resources hold AWS:: types, however
// it is written; everything else is skipped (not an error) unless it looks like a broken template.
import { describe, expect, it } from 'vitest';
import { readCloudFormation } from '../../src/iac/cloudformation.js';

const ids = (file: string, text: string) =>
  readCloudFormation(file, text).resources.map((r) => [r.address, r.line]);

describe('recognition', () => {
  it.each([
    [
      'YAML with quoted keys and no AWSTemplateFormatVersion',
      'infra/web.yml',
      '"Resources":\n  "Web":\n    "Type": "AWS::EC2::Instance"\n    "Properties":\n      "MetadataOptions": {"HttpTokens": "optional"}\n',
      [['Web', 2]],
    ],
    [
      'single-quoted keys after a comment header',
      'a.yaml',
      "# deployed by the platform team\n'Resources':\n  'Web':\n    'Type': 'AWS::EC2::Instance'\n",
      [['Web', 3]],
    ],
    ['one-line JSON', 'x.template', '{"Resources":{"Web":{"Type":"AWS::EC2::Instance"}}}', [['Web', 1]]],
    [
      'JSON with a byte order mark',
      'x.json',
      '\uFEFF{\n "Resources": {\n  "Web": {"Type": "AWS::EC2::Instance"}\n }\n}',
      [['Web', 3]],
    ],
    [
      'a YAML flow mapping (not JSON)',
      'f.yaml',
      '{Resources: {Web: {Type: AWS::EC2::Instance}}}\n',
      [['Web', 1]],
    ],
  ])('reads %s', (_what, file, text, expected) => {
    const r = readCloudFormation(file, text);
    expect(r.errors).toEqual([]);
    expect(r.skipped).toBeUndefined();
    expect(ids(file, text)).toEqual(expected);
  });

  it.each([
    [
      'a Kubernetes manifest',
      'k8s.yaml',
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n',
      'no AWS:: resource types',
    ],
    [
      'a workflow that mentions AWS:: text',
      'ci.yml',
      'on: push\njobs:\n  a:\n    steps:\n      - run: echo "AWS::EC2::Instance"\n',
      'no Resources with AWS:: types',
    ],
    [
      'JSON with Resources of other types',
      'p.json',
      '{"Resources": {"A": {"Type": "Custom::Thing"}}, "x": "AWS::"}',
      'no Resources with AWS:: types',
    ],
    [
      'a tsconfig with comments',
      'tsconfig.json',
      '{\n  // AWS::\n  "compilerOptions": {}\n}',
      'not a CloudFormation template (not valid JSON',
    ],
    [
      'multi-document YAML',
      'm.yaml',
      'a: AWS::X\n---\nb: 1\n',
      'not a CloudFormation template (not valid YAML',
    ],
  ])('skips %s', (_what, file, text, reason) => {
    const r = readCloudFormation(file, text);
    expect(r.resources).toEqual([]);
    expect(r.errors).toEqual([]);
    expect(r.skipped?.[0].file).toBe(file);
    expect(r.skipped?.[0].reason).toContain(reason);
  });

  it('a file that looks like a template but does not parse is an error with its line', () => {
    const yaml = readCloudFormation(
      'bad.yaml',
      'Resources:\n  Web:\n    Type: AWS::EC2::Instance\n   Properties: [\n',
    );
    expect(yaml.errors).toHaveLength(1);
    expect(yaml.errors[0]).toMatchObject({ file: 'bad.yaml', line: 4 });
    expect(yaml.errors[0].message).toMatch(/^not valid YAML: /);
    // JSON that YAML reads (a trailing comma) is read, as CloudFormation reads it; this is neither
    const json = readCloudFormation(
      'bad.json',
      '{\n "Resources": {\n  "Web": {"Type": "AWS::EC2::Instance" "x"}\n }\n}',
    );
    expect(json.errors).toEqual([
      {
        file: 'bad.json',
        line: 3,
        message: expect.stringMatching(/^not valid JSON: expected ',' or '}' at line 3/),
      },
    ]);
    expect(
      readCloudFormation('ok.json', '{"Resources": {"Web": {"Type": "AWS::EC2::Instance",}}}').resources,
    ).toHaveLength(1);
  });

  it('YAML anchors are expanded, with a notice that CloudFormation does not accept them', () => {
    const text = `x-options: &strict {HttpTokens: required}
Resources:
  Web:
    Type: AWS::EC2::Instance
    Properties:
      MetadataOptions: *strict
`;
    const r = readCloudFormation('a.yaml', text);
    expect(r.resources[0].metadata?.httpTokens).toEqual({ state: 'known', value: 'required' });
    expect(r.notices?.[0].message).toMatch(
      /^uses YAML anchors and aliases, which CloudFormation does not accept/,
    );
  });

  it('a macro transform is named: the template may change at deploy time', () => {
    const text =
      'Transform: [AWS::Serverless-2016-10-31, Company::Expand]\nResources:\n  Web:\n    Type: AWS::EC2::Instance\n';
    expect(readCloudFormation('m.yaml', text).notices).toEqual([
      {
        file: 'm.yaml',
        line: 1,
        message:
          'the macro Company::Expand can rewrite the template at deploy time; it was judged as written',
      },
    ]);
  });
});
