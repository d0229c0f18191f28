import { describe, expect, it } from 'vitest';
import { assessIac } from '../../src/assess/iac.js';
import { readIacFiles } from '../../src/iac/index.js';
import { findingsToSarif, fingerprint, toSarifUri } from '../../src/report/sarif.js';
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
});
