// Property-based checks of the readers of hostile input: the position-keeping JSON reader agrees with
// JSON.parse, and no text, however made, makes readCloudFormation throw or copy a control character.
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are CloudFormation Fn::Sub text
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonSyntaxError, parseJsonTree } from '../../src/iac/cloudformation/json.js';
import { CFn, CList, CMap, type CVal } from '../../src/iac/cloudformation/tree.js';
import { readCloudFormation } from '../../src/iac/cloudformation.js';

/** The tree back as plain JSON (intrinsics as their one-key object). */
function toPlain(v: CVal): unknown {
  if (v instanceof CFn) return { [v.name]: toPlain(v.arg) };
  if (v instanceof CList) return v.items.map(toPlain);
  if (v instanceof CMap) {
    const o: Record<string, unknown> = Object.create(null);
    v.keys.forEach((k, i) => {
      o[k] = toPlain(v.values[i]);
    });
    return o;
  }
  return v;
}

const CONTROL = /[\p{Cc}\p{Cf}]/u;

describe('properties', () => {
  it('the JSON reader gives what JSON.parse gives, for any JSON text', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined);
        expect(toPlain(parseJsonTree(text))).toEqual(JSON.parse(text));
      }),
      { numRuns: 300 },
    );
  });

  it('the JSON reader refuses what JSON.parse refuses', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (tail) => {
        const text = `{"a": [1, 2${tail}`;
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        if (parses) expect(() => parseJsonTree(text)).not.toThrow();
        else expect(() => parseJsonTree(text)).toThrow(JsonSyntaxError);
      }),
      { numRuns: 300 },
    );
  });

  const fragment = fc.constantFrom(
    'Resources:\n',
    '  A:\n',
    '    Type: AWS::EC2::Instance\n',
    '    Type: AWS::EC2::LaunchTemplate\n',
    '    Properties:\n',
    '      MetadataOptions: {HttpTokens: !If [C, required, optional]}\n',
    '      LaunchTemplate: {LaunchTemplateName: !Sub "${AWS::StackName}"}\n',
    'Conditions:\n  C: !Equals [!Ref P, x]\n',
    'Parameters:\n  P: {Type: String, Default: x}\n',
    '  # imds-guard:ignore why\n',
    '      Tags: [{Key: a, Value: "\u202e\u0007 imds-guard:ignore"}]\n',
    'Fn::ForEach::L: [I, [a, b], {"R${I}": {Type: AWS::EC2::Instance}}]\n',
    '  *x\n',
    '  &x [1]\n',
    '{"Resources": {',
    '}}',
    '[',
    '"\u0000"',
    '\t',
    '---\n',
  );

  it('any arrangement of template pieces is read, skipped or refused: never a throw, never a control character out', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fragment, fc.string({ maxLength: 8 })), { maxLength: 25 }), (pieces) => {
        const r = readCloudFormation('p.yaml', pieces.join(''));
        expectClean(r);
      }),
      { numRuns: 400 },
    );
  });

  const hostile = fc.string({
    maxLength: 12,
    unit: fc.constantFrom('a', ' ', '#', ':', '\u202e', '\u0007', '\n', '"', '$', '{', '}', 'é'),
  });
  const expr = fc.oneof(
    fc.constantFrom(
      'required',
      'optional',
      '!Ref P',
      '!If [C, required, optional]',
      '!Sub "${P}"',
      '!FindInMap [M, k, v]',
      '!Ref "AWS::NoValue"',
      '!GetAtt X.Y',
    ),
    hostile.map((h) => JSON.stringify(h)),
  );
  const resource = fc.record({
    id: fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,8}$/),
    type: fc.constantFrom(
      'AWS::EC2::Instance',
      'AWS::EC2::LaunchTemplate',
      'AWS::AutoScaling::AutoScalingGroup',
      'AWS::S3::Bucket',
    ),
    tokens: expr,
    name: expr,
    comment: fc.option(hostile.map((h) => `# imds-guard:ignore ${h.replace(/\n/g, ' ')}`)),
  });

  it('random templates of the real shape are judged, with every copied text clean', () => {
    let judged = 0;
    fc.assert(
      fc.property(hostile, fc.array(resource, { minLength: 1, maxLength: 6 }), (p, rs) => {
        const body = rs
          .map(
            (r) => `${r.comment ? `  ${r.comment}\n` : ''}  ${r.id}:
    Type: ${r.type}
    Properties:
      LaunchTemplateName: ${r.name}
      LaunchTemplate: {LaunchTemplateName: ${r.name}}
      LaunchTemplateData: {MetadataOptions: {HttpTokens: ${r.tokens}}}
      MetadataOptions: {HttpTokens: ${r.tokens}}
      Tags: [{Key: k, Value: ${JSON.stringify(`# imds-guard:ignore ${p}`)}}]
`,
          )
          .join('');
        const text = `Parameters:\n  P: {Type: String, Default: ${JSON.stringify(p)}}\nConditions:\n  C: !Equals [!Ref P, ${JSON.stringify(p)}]\nMappings:\n  M: {k: {v: ${JSON.stringify(p)}}}\nResources:\n${body}`;
        const r = readCloudFormation('p.yaml', text);
        expectClean(r);
        if (r.resources.length > 0) judged++;
        // only the comment lines suppress: a marker in a tag value never does
        const commentLines = new Set(
          text.split('\n').flatMap((l, i) => (l.startsWith('  # imds-guard:ignore') ? [i + 1] : [])),
        );
        for (const x of r.resources)
          for (const m of x.suppressions) expect(commentLines.has(m.line ?? 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
    expect(judged).toBeGreaterThan(100);
  });
});

function expectClean(r: ReturnType<typeof readCloudFormation>): void {
  const texts = [
    ...r.errors.map((e) => e.message),
    ...(r.skipped ?? []).map((s) => s.reason),
    ...(r.notices ?? []).map((n) => n.message),
    ...r.resources.flatMap((x) => [
      x.address,
      x.amiExpression ?? '',
      ...(x.notes ?? []),
      ...x.suppressions.map((s) => s.reason),
      ...Object.values(x.metadata ?? {}).map((s) =>
        s.state === 'unknown' ? s.reason : String(s.state === 'known' ? s.value : ''),
      ),
      x.template?.expression ?? '',
    ]),
  ];
  for (const t of texts) expect(CONTROL.test(t), t).toBe(false);
}
