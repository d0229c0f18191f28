/**
 * report.ocsf.json's findings against the JSON Schema of the OCSF 1.3.0 Compliance Finding class,
 * derived from the official OCSF schema (test/fixtures/ocsf/README.md), and the checker refusing what
 * lacks or breaks it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessExposure } from '../../src/assess/exposure.js';
import type { ExposureRead } from '../../src/model/exposure.js';
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

  it('the file is JSON.stringify of each finding, byte for byte (instances are written as text)', () => {
    const hostile = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.constantFrom('"q"\\', '</script>', '\u2028', '\ud83d', 'a\nb', ''),
    );
    const optional = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
    const arb = fc.record({
      // (Not a lone surrogate: the console link's encodeURIComponent refuses one, both ways.)
      instanceId: fc.oneof(
        fc.constant('i-0123456789abcdef0'),
        fc.string({ unit: 'grapheme', maxLength: 12 }),
      ),
      accountId: fc.constantFrom('111111111111', '222222222222'),
      region: fc.constantFrom('eu-west-1', 'cn-north-1', 'us-gov-west-1', 'not a region'),
      state: optional(fc.constantFrom('running', 'stopped', '"x"')),
      name: optional(hostile),
      publicIp: fc.boolean(),
      instanceProfileArn: optional(fc.constantFrom('arn:aws:iam::111111111111:instance-profile/p', '"p"')),
      metadata: fc.record(
        {
          httpTokens: fc.constantFrom('optional', 'required', 'x'),
          httpEndpoint: fc.constantFrom('enabled', 'disabled'),
          httpPutResponseHopLimit: fc.integer({ min: 1, max: 64 }),
        },
        { requiredKeys: [] },
      ),
      bucket: fc.constantFrom('v1-allowed', 'pending', 'unknown'),
      risk: optional(fc.constantFrom('role-public', 'role', 'public', 'no-role')),
      v1Calls: optional(fc.nat()),
      exception: optional(
        fc.record({ reason: hostile, valid: fc.boolean(), honoured: fc.boolean(), expired: fc.boolean() }),
      ),
    });
    fc.assert(
      fc.property(fc.array(arb, { maxLength: 8 }), fc.boolean(), hostile, (rows, exposed, version) => {
        const instances = rows.map(
          (r) => ({ ...r, tags: {}, compliant: false }) as unknown as AssessedInstance,
        );
        if (exposed && instances.length) {
          // GuardDuty findings and role reach on the first instance: the enrichments.
          const i = instances[0];
          const read = {
            findings: [
              {
                accountId: i.accountId,
                region: i.region,
                detectorId: 'd',
                findingId: 'f"1',
                type: 'UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS',
                instanceId: i.instanceId,
                updatedAt: '2026-12-01T00:00:00Z',
                archived: false,
                remoteIp: '198.51.100.7',
              },
            ],
            roles: [
              {
                accountId: i.accountId,
                instanceProfileArn: 'arn:aws:iam::111111111111:instance-profile/p',
                level: 'admin',
                reasons: ['AdministratorAccess'],
                policies: ['p'],
                errors: [{ operation: 'GetPolicy', code: 'AccessDenied', message: 'm' }],
              },
            ],
            guardDuty: [],
            otherImds: [],
            errors: [],
          } as unknown as ExposureRead;
          i.bucket = 'v1-allowed';
          i.instanceProfileArn = 'arn:aws:iam::111111111111:instance-profile/p';
          assessExposure(read, instances);
        }
        const a = assessment(instances);
        const m = { version, scannedAt: exposed ? 'not a time' : meta.scannedAt, ruleId: 'ec2.8' };
        const expected = [...ocsfFindings(a, m)].map((f) => `\n${JSON.stringify(f)}`).join(',');
        expect([...ocsfPieces(a, m)].join('')).toBe(`[${expected}${instances.length ? '\n]\n' : ']\n'}`);
      }),
      { numRuns: 300 },
    );
  });
});
