/** sortByRisk (keys read once per instance) gives exactly the order of sorting with byRisk. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byRisk, sortByRisk } from '../../src/assess/assess.js';
import { assessExposure } from '../../src/assess/exposure.js';
import type { ExposureRead } from '../../src/model/exposure.js';
import type { AssessedInstance } from '../../src/model/types.js';

const PROFILE = 'arn:aws:iam::111111111111:instance-profile/p';

describe('sortByRisk', () => {
  it('the same order as .sort(byRisk), exposure and ties included', () => {
    const arb = fc.record({
      instanceId: fc.constantFrom('i-1', 'i-2', 'i-3', 'i-10', 'I-1'),
      risk: fc.option(fc.constantFrom('role-public', 'role', 'no-role'), { nil: undefined }),
      hop: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
      launchTime: fc.option(fc.constantFrom('2024-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z'), {
        nil: undefined,
      }),
      profile: fc.boolean(),
      found: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(arb, { maxLength: 40 }),
        fc.constantFrom('admin', 'iam-write', 'data-wildcard', 'unknown', 'narrow'),
        (rows, level) => {
          const instances = rows.map(
            (r, n) =>
              ({
                instanceId: r.instanceId,
                accountId: '111111111111',
                region: 'eu-west-1',
                state: 'running',
                tags: { n: String(n) },
                publicIp: false,
                metadata: r.hop === undefined ? {} : { httpPutResponseHopLimit: r.hop },
                bucket: 'v1-allowed',
                compliant: false,
                risk: r.risk,
                launchTime: r.launchTime,
                instanceProfileArn: r.profile ? PROFILE : undefined,
              }) as unknown as AssessedInstance,
          );
          const read = {
            findings: rows.flatMap((r) =>
              r.found
                ? [
                    {
                      accountId: '111111111111',
                      region: 'eu-west-1',
                      detectorId: 'd',
                      findingId: `f-${r.instanceId}`,
                      type: 'UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS',
                      instanceId: r.instanceId,
                      updatedAt: '2026-12-01T00:00:00Z',
                      archived: false,
                    },
                  ]
                : [],
            ),
            roles: [
              {
                accountId: '111111111111',
                instanceProfileArn: PROFILE,
                level,
                reasons: [],
                policies: [],
                errors: [],
              },
            ],
            guardDuty: [],
            otherImds: [],
            errors: [],
          } as unknown as ExposureRead;
          assessExposure(read, instances);
          const expected = [...instances].sort(byRisk);
          const got = sortByRisk(instances);
          // The same objects in the same order (equal-looking instances stay in their original order).
          expect(got.map((i) => i.tags.n)).toEqual(expected.map((i) => i.tags.n));
        },
      ),
      { numRuns: 300 },
    );
  });
});
