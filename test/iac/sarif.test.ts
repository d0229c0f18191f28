import { describe, expect, it } from 'vitest';
import type { IacFinding } from '../../src/assess/iac.js';
import { assessIac } from '../../src/assess/iac.js';
import { readIacFiles } from '../../src/iac/index.js';
import { findingsToSarif, fingerprint, toSarifUri } from '../../src/report/sarif.js';
import { sarifProblems } from '../support/sarif-schema.js';
import { loadFixtures } from './support.js';

describe('SARIF', () => {
  it('builds a 2.1.0 log with rules, locations, fingerprints and in-source suppressions', async () => {
    const { resources } = await readIacFiles(loadFixtures('tf-basic'));
    const { findings } = assessIac(resources, { accountDefaults: { 'us-east-1': 'optional' } });
    const log = findingsToSarif(findings, { version: '0.1.0' });
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe('IMDS Guard');
    expect(run.tool.driver.rules?.find((r) => r.id === 'IMDSG001')?.properties?.['security-severity']).toBe(
      '8.1',
    );
    expect(run.results).toHaveLength(findings.length);
    for (const r of run.results ?? []) {
      const loc = r.locations?.[0]?.physicalLocation;
      expect(loc?.artifactLocation).toEqual({ uri: 'tf-basic/main.tf', uriBaseId: '%SRCROOT%' });
      expect(loc?.region?.startLine).toBeGreaterThan(0);
      expect(r.partialFingerprints?.['imdsGuard/v1']).toMatch(/^[0-9a-f]{64}$/);
    }
    const unset = run.results?.find((r) => r.message.text?.startsWith('aws_instance aws_instance.unset:'));
    expect(unset).toMatchObject({ ruleId: 'IMDSG002', level: 'error' });
    expect(unset?.locations?.[0].physicalLocation?.region?.startLine).toBe(5);
    const ignored = run.results?.find((r) =>
      r.message.text?.startsWith('aws_instance aws_instance.ignored:'),
    );
    expect(ignored?.suppressions).toEqual([
      {
        kind: 'inSource',
        justification: 'imds-guard: legacy agent still calls IMDSv1 until ticket OPS-12 ships',
      },
    ]);
  });

  it('fingerprints ignore the line and differ per rule, file and address', () => {
    const a = fingerprint({ ruleId: 'IMDSG001', file: 'a/main.tf', address: 'aws_instance.x' });
    expect(fingerprint({ ruleId: 'IMDSG001', file: './a/main.tf', address: 'aws_instance.x' })).toBe(a);
    expect(fingerprint({ ruleId: 'IMDSG002', file: 'a/main.tf', address: 'aws_instance.x' })).not.toBe(a);
    expect(fingerprint({ ruleId: 'IMDSG001', file: 'a/main.tf', address: 'aws_instance.y' })).not.toBe(a);
  });

  it('gives every result a location, even without a line, and strips control characters', () => {
    const log = findingsToSarif([
      {
        ruleId: 'IMDSG006',
        level: 'warning',
        address: 'A',
        resourceType: 'AWS::EC2::Instance',
        file: 'dir with space/t.yaml',
        message: 'x\u0007\u202ey',
        fix: 'f',
        attributed: true,
      },
    ]);
    const r = log.runs[0].results?.[0];
    expect(r?.locations?.[0].physicalLocation?.artifactLocation?.uri).toBe('dir%20with%20space/t.yaml');
    expect(r?.locations?.[0].physicalLocation?.region?.startLine).toBe(1);
    expect(r?.message.text).toBe('x y Fix: f'); // the one cleaner (model/text.ts): BEL → space, the bidi override removed;
    expect(toSarifUri('/abs/./x.tf')).toBe('abs/./x.tf');
  });

  it('is valid against the OASIS SARIF 2.1.0 schema, with baseline states, related locations and notes for what the change did not cause', () => {
    const base: IacFinding = {
      ruleId: 'IMDSG001',
      level: 'error',
      address: 'module.web.aws_instance.this[0]',
      resourceType: 'aws_instance',
      file: 'modules/ec2/main.tf',
      line: 3,
      message: 'aws_instance module.web.aws_instance.this[0]: HttpTokens is explicitly optional.',
      fix: 'metadata_options { http_tokens = "required" }',
      attributed: true,
      baseline: 'new',
      related: [
        { file: 'infra/main.tf', line: 10, what: 'module "web" call', place: 'elsewhere' },
        { file: 'infra/main.tf', line: 12, what: 'module "web" argument http_tokens', place: 'elsewhere' },
      ],
    };
    const log = findingsToSarif([
      base,
      {
        ...base,
        address: 'aws_instance.legacy',
        file: 'infra/legacy.tf',
        attributed: false,
        baseline: 'unchanged',
        related: undefined,
      },
      {
        ...base,
        address: 'WebServer',
        resourceType: 'AWS::EC2::Instance',
        file: 'cfn/web.yaml',
        baseline: 'updated',
        related: undefined,
      },
    ]);
    expect(sarifProblems(log)).toEqual([]);
    const [r1, r2, r3] = log.runs[0].results ?? [];
    expect(r1).toMatchObject({ level: 'error', baselineState: 'new' });
    expect(
      r1.relatedLocations?.map((l) => [
        l.physicalLocation?.artifactLocation?.uri,
        l.physicalLocation?.region?.startLine,
        l.message?.text,
      ]),
    ).toEqual([
      ['infra/main.tf', 10, 'module "web" call'],
      ['infra/main.tf', 12, 'module "web" argument http_tokens'],
    ]);
    expect(r1.locations?.[0].logicalLocations?.[0].fullyQualifiedName).toBe(
      'module.web.aws_instance.this[0]',
    );
    // Not the change's own: a note, unchanged (code scanning raises no error alert for it).
    expect(r2).toMatchObject({ level: 'note', baselineState: 'unchanged' });
    expect(r2.locations?.[0].logicalLocations?.[0].fullyQualifiedName).toBe('aws_instance.legacy');
    expect(r3).toMatchObject({ level: 'error', baselineState: 'updated' });
    expect(r3.locations?.[0].logicalLocations?.[0].fullyQualifiedName).toBe('AWS::EC2::Instance::WebServer');
  });

  it('every log built from the fixtures validates', async () => {
    for (const set of ['tf-basic', 'tf-vars', 'plan', 'cfn', 'cdk.out', 'tf-services', 'cfn-services']) {
      const { resources } = await readIacFiles(loadFixtures(set));
      expect(
        sarifProblems(findingsToSarif(assessIac(resources, {}).findings, { version: '0.1.0' })),
        set,
      ).toEqual([]);
    }
  });
});
