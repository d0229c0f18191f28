// A small world for the exposure context (GuardDuty, IAM, other IMDS services): shared by the
// in-process and bundle tests and documented in README.md ("Exposure services").
import { A1 } from './helpers.js';
import type { WorldFixture } from './world.js';

export const EXPOSURE_KEY = 'AKIAEXPOSUREAUDIT001';
const OUTSIDE = 'UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS';
export const exposureId = (n: number) => `i-0000000000000e${String(n).padStart(3, '0')}`;
const profile = (name: string) => ({
  arn: `arn:aws:iam::${A1}:instance-profile/${name}`,
  id: `AIPA${name.toUpperCase()}`,
});
const NOW = new Date();
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000).toISOString();

export function exposureWorld(): WorldFixture {
  const instance = (n: number, extra: object) => ({
    instanceId: exposureId(n),
    reservationId: `r-0000000000000e${String(n).padStart(3, '0')}`,
    state: 'running' as const,
    launchTime: '2024-01-01T00:00:00.000Z',
    metadataOptions: { HttpTokens: 'optional' as const },
    ...extra,
  });
  return {
    accessKeys: { [EXPOSURE_KEY]: { account: A1, role: 'IMDSGuardAudit' } },
    accounts: [
      {
        id: A1,
        enabledRegions: ['us-east-1', 'eu-west-1'],
        roles: [{ name: 'IMDSGuardAudit', readOnly: true }],
        iam: {
          instanceProfiles: [
            { name: 'admin', roleName: 'admin-role' },
            { name: 'app', roleName: 'app-role' },
          ],
          roles: [
            {
              name: 'admin-role',
              roleId: 'AROAADMINROLE',
              attachedPolicies: ['arn:aws:iam::aws:policy/AdministratorAccess'],
            },
            {
              name: 'app-role',
              roleId: 'AROAAPPROLE',
              inlinePolicies: {
                app: {
                  Version: '2012-10-17',
                  Statement: [{ Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::app/*' }],
                },
              },
            },
          ],
        },
        regions: {
          'us-east-1': {
            instances: [
              // The oldest, public, administrator: the top risk without a finding.
              instance(1, {
                publicIpAddress: '203.0.113.1',
                iamInstanceProfile: profile('admin'),
                launchTime: '2020-01-01T00:00:00.000Z',
              }),
              // A narrow role, no public IP, launched last: would rank last, but its credentials were used outside AWS.
              instance(2, { iamInstanceProfile: profile('app'), launchTime: '2025-06-01T00:00:00.000Z' }),
              // Public, narrow role, older than 1.
              instance(3, {
                publicIpAddress: '203.0.113.3',
                iamInstanceProfile: profile('app'),
                launchTime: '2019-01-01T00:00:00.000Z',
              }),
              instance(4, { metadataOptions: { HttpTokens: 'required' } }),
            ],
            guardDuty: {
              detectorId: 'd-exposure',
              findings: [
                {
                  id: 'finding-outside-1',
                  type: OUTSIDE,
                  principalId: `AROAAPPROLE:${exposureId(2)}`,
                  updatedAt: daysAgo(1),
                  remoteIp: '198.51.100.23',
                  asn: '64496',
                  asnOrg: 'Example Transit',
                },
              ],
            },
            notebookInstances: [{ name: 'research', minimumImdsVersion: '1' }],
            beanstalkEnvironments: [
              {
                application: 'shop',
                name: 'shop-prod',
                solutionStack: '64bit Amazon Linux 2 v5.8.0 running Node.js 18',
              },
            ],
            lightsailInstances: [
              { name: 'blog', httpTokens: 'optional' },
              { name: 'docs', httpTokens: 'required' },
            ],
          },
          'eu-west-1': { instances: [] },
        },
      },
    ],
  };
}
