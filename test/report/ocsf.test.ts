/**
 * report.ocsf.json's findings against the JSON Schema of the OCSF 1.3.0 Compliance Finding class,
 * derived from the official OCSF schema (test/fixtures/ocsf/README.md), and the checker refusing what
 * lacks or breaks it.
 */
import { describe, expect, it } from 'vitest';
import type { AssessedInstance, Assessment } from '../../src/model/types.js';
import { ocsfFindings, ocsfPieces } from '../../src/report/ocsf.js';
import { OCSF_SCHEMA, ocsfProblems } from '../support/ocsf.js';

const instance = (n: number, tokens: string, extra: Partial<AssessedInstance> = {}): AssessedInstance => ({
  instanceId: `i-${String(n).padStart(17, '0')}`,
  accountId: '111111111111',
  region: 'eu-west-1',
  state: 'running',
  tags: {},
  publicIp: false,
  metadata: { httpTokens: tokens },
  bucket: tokens === 'required' ? 'v2-required' : 'v1-allowed',
  compliant: tokens === 'required',
  ...extra,
});

function assessment(instances: AssessedInstance[]): Assessment {
  return {
    rule: { id: 'ec2.8', name: 'EC2.8', description: 'compliant iff HttpTokens is required' },
    scannedAt: '2026-12-06T00:00:00.000Z',
    instances,
  } as unknown as Assessment;
}

const meta = { version: 'test', scannedAt: '2026-12-06T00:00:00.000Z', ruleId: 'ec2.8' };

describe('OCSF Compliance Finding', () => {
  it('one finding per non-compliant instance, each a valid OCSF 1.3.0 Compliance Finding', () => {
    const a = assessment([
      instance(1, 'optional', {
        risk: 'role-public',
        publicIp: true,
        instanceProfileArn: 'arn:aws:iam::111111111111:instance-profile/x',
      }),
      instance(2, 'required'),
      instance(3, 'optional', {
        risk: 'no-role',
        exception: { reason: 'vendor appliance', expired: false, valid: true, honoured: true },
      }),
    ]);
    const findings = [...ocsfFindings(a, meta)];
    expect(findings.map((f) => (f.resources as Array<{ uid: string }>)[0].uid)).toEqual([
      instance(1, '').instanceId,
      instance(3, '').instanceId,
    ]);
    expect(findings.flatMap(ocsfProblems)).toEqual([]);
    expect(OCSF_SCHEMA.$id).toBe('https://schema.ocsf.io/1.3.0/classes/compliance_finding');
    expect(OCSF_SCHEMA.properties.class_uid.const).toBe(2003);
    expect(findings[0]).toMatchObject({ class_uid: 2003, type_uid: 200301, severity_id: 4, status_id: 1 });
    expect(findings[1]).toMatchObject({ severity_id: 3, status_id: 3, status: 'Suppressed' });
  });

  it('the file is a JSON array, empty when all is compliant', () => {
    expect(JSON.parse([...ocsfPieces(assessment([instance(2, 'required')]), meta)].join(''))).toEqual([]);
    expect(JSON.parse([...ocsfPieces(assessment([instance(1, 'optional')]), meta)].join(''))).toHaveLength(1);
  });

  it('the checker refuses a finding without the required fields (so the checks above can fail)', () => {
    const [f] = [...ocsfFindings(assessment([instance(1, 'optional')]), meta)];
    const { compliance: _c, ...noCompliance } = f;
    expect(ocsfProblems(noCompliance)).toContain('missing compliance');
    expect(ocsfProblems({ ...f, type_uid: 200399 })).toContain(
      'type_uid is not class_uid × 100 + activity_id',
    );
    expect(ocsfProblems({ ...f, finding_info: { title: 'x' } })).toContain('missing finding_info.uid');
    expect(ocsfProblems({ ...f, time: '2026-12-06' })).toContain('time is not integer');
    // What the official schema adds over a list of required fields: enums, nested objects' types, constraints.
    expect(ocsfProblems({ ...f, severity_id: 7 })).toContain(
      'severity_id is not one of the values OCSF defines',
    );
    expect(ocsfProblems({ ...f, class_uid: 2004 })).toContain(
      'class_uid is not one of the values OCSF defines',
    );
    expect(ocsfProblems({ ...f, compliance: { ...(f.compliance as object), standards: 'CIS' } })).toContain(
      'compliance.standards is not array',
    );
    expect(ocsfProblems({ ...f, cloud: undefined })).toContain('missing cloud');
    expect(
      ocsfProblems({ ...f, finding_info: { uid: 'x', title: 'x', attacks: [{ version: '16.1' }] } }),
    ).toContain('missing finding_info.attacks[0].tactic');
  });
});
