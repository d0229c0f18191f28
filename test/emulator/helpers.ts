// Shared test helpers: SDK clients pointed at the emulator, and a small hand-written world.

import { AutoScalingClient } from '@aws-sdk/client-auto-scaling';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { EC2Client } from '@aws-sdk/client-ec2';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { STSClient } from '@aws-sdk/client-sts';
import { DEFAULT_ROLES } from './fleet.js';
import type { Emulator } from './server.js';
import type { WorldFixture } from './world.js';

export interface Creds {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export const STATIC: Creds = { accessKeyId: 'AKIDTEST', secretAccessKey: 'x' };

function cfg(emu: Emulator, region: string, credentials: Creds, maxAttempts: number) {
  return { region, endpoint: emu.url, credentials, maxAttempts };
}

export const ec2 = (emu: Emulator, region = 'us-east-1', creds: Creds = STATIC, maxAttempts = 1) =>
  new EC2Client(cfg(emu, region, creds, maxAttempts));
export const sts = (emu: Emulator, region = 'us-east-1', creds: Creds = STATIC, maxAttempts = 1) =>
  new STSClient(cfg(emu, region, creds, maxAttempts));
export const cw = (emu: Emulator, region = 'us-east-1', creds: Creds = STATIC, maxAttempts = 1) =>
  new CloudWatchClient(cfg(emu, region, creds, maxAttempts));
export const org = (emu: Emulator, creds: Creds = STATIC, maxAttempts = 1) =>
  new OrganizationsClient(cfg(emu, 'us-east-1', creds, maxAttempts));
export const asg = (emu: Emulator, region = 'us-east-1', creds: Creds = STATIC, maxAttempts = 1) =>
  new AutoScalingClient(cfg(emu, region, creds, maxAttempts));

/** GET/POST a control endpoint and parse its JSON. */
// biome-ignore lint/suspicious/noExplicitAny: test convenience for loosely shaped control responses
export async function control(url: string, init?: RequestInit): Promise<any> {
  return (await fetch(url, init)).json();
}

/** Await a promise that must reject; returns the error. */
export async function failure(
  p: Promise<unknown>,
): Promise<Error & { $metadata?: { httpStatusCode?: number }; Code?: string }> {
  try {
    await p;
  } catch (e) {
    return e as Error & { $metadata?: { httpStatusCode?: number } };
  }
  throw new Error('expected the call to fail');
}

export const A1 = '111111111111';
export const A2 = '222222222222';
export const A3 = '333333333333';

// biome-ignore lint/suspicious/noTemplateCurlyInString: a deliberately hostile literal
export const HOSTILE_NAME = '<script>alert("x")</script> & | pipe | @here ${{ x }} \u202Ertl 🚀\r\nline2';

/** A small deterministic world: 3 accounts, an organization, hand-placed instances. */
export function smallWorld(): WorldFixture {
  const id = (n: number) => `i-${String(n).padStart(17, '0')}`;
  return {
    accounts: [
      {
        id: A1,
        name: 'management',
        enabledRegions: ['us-east-1', 'eu-west-1', 'us-west-2'],
        roles: [
          ...DEFAULT_ROLES,
          { name: 'Locked', unassumable: true },
          { name: 'NoModify', deniedOperations: ['ec2:ModifyInstanceMetadataOptions'] },
        ],
        regions: {
          'us-east-1': {
            instances: [
              {
                instanceId: id(1),
                reservationId: 'r-00000000000000001',
                state: 'running',
                tags: { Name: 'web-1', Team: 'payments' },
                instanceType: 'm6i.large',
                imageId: 'ami-00000000000000001',
                publicIpAddress: '3.3.3.3',
                privateIpAddress: '10.0.0.1',
                iamInstanceProfile: { arn: `arn:aws:iam::${A1}:instance-profile/web`, id: 'AIPAEXAMPLE1' },
                metadataOptions: { HttpTokens: 'optional', HttpPutResponseHopLimit: 1 },
                v1Calls: 100,
              },
              {
                instanceId: id(2),
                reservationId: 'r-00000000000000001',
                state: 'running',
                tags: { Name: 'web-2' },
                metadataOptions: { HttpTokens: 'required', HttpPutResponseHopLimit: 2 },
                v1Calls: 0,
                v1Rejected: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14],
              },
              {
                instanceId: id(3),
                reservationId: 'r-00000000000000001',
                state: 'stopped',
                tags: { Name: 'web-3' },
              },
              {
                instanceId: id(4),
                reservationId: 'r-00000000000000002',
                state: 'terminated',
                tags: { Name: 'old' },
              },
              {
                instanceId: id(5),
                reservationId: 'r-00000000000000003',
                state: 'running',
                platform: 'windows',
                tags: [{ Key: 'Name', Value: 'win' }],
                metadataOptions: { HttpEndpoint: 'disabled' },
                launchTemplate: { id: 'lt-0000000000000000a', name: 'web', version: '2' },
                autoScalingGroupName: 'web-asg',
              },
              {
                instanceId: id(6),
                reservationId: 'r-00000000000000003',
                state: 'running',
                tags: [
                  { Key: 'Name', Value: HOSTILE_NAME },
                  { Key: '<key>&', Value: '' },
                ],
                metadataOptions: { HttpTokens: 'required', State: 'pending' },
              },
            ],
            metadataDefaults: { HttpTokens: 'required', HttpPutResponseHopLimit: 2 },
            launchTemplates: [
              {
                launchTemplateId: 'lt-0000000000000000a',
                launchTemplateName: 'web',
                defaultVersion: 1,
                versions: [
                  {
                    versionNumber: 1,
                    launchTemplateData: {
                      ImageId: 'ami-00000000000000001',
                      MetadataOptions: { HttpTokens: 'optional', HttpPutResponseHopLimit: 2 },
                    },
                  },
                  { versionNumber: 2, launchTemplateData: { ImageId: 'ami-00000000000000001' } },
                ],
              },
              {
                launchTemplateId: 'lt-0000000000000000b',
                launchTemplateName: 'api',
                defaultVersion: 1,
                versions: [
                  { versionNumber: 1, launchTemplateData: { MetadataOptions: { HttpTokens: 'required' } } },
                ],
              },
              {
                launchTemplateId: 'lt-0000000000000000c',
                launchTemplateName: 'batch',
                defaultVersion: 1,
                versions: [{ versionNumber: 1, launchTemplateData: {} }],
              },
            ],
            images: [
              { imageId: 'ami-00000000000000001', name: 'legacy' },
              { imageId: 'ami-00000000000000002', name: 'al2023', imdsSupport: 'v2.0', ownerId: 'amazon' },
            ],
            autoScalingGroups: [
              {
                name: 'web-asg',
                launchTemplate: { id: 'lt-0000000000000000a', name: 'web', version: '$Latest' },
              },
              {
                name: 'mixed-asg',
                mixedInstancesPolicy: {
                  launchTemplate: { id: 'lt-0000000000000000b', name: 'api', version: '$Default' },
                  overrides: [{ instanceType: 'm6i.large' }],
                },
              },
              { name: 'legacy-asg', launchConfigurationName: 'legacy-lc' },
            ],
            launchConfigurations: [
              {
                name: 'legacy-lc',
                imageId: 'ami-00000000000000001',
                instanceType: 't3.micro',
                metadataOptions: {
                  HttpTokens: 'optional',
                  HttpPutResponseHopLimit: 1,
                  HttpEndpoint: 'enabled',
                },
              },
            ],
          },
          'eu-west-1': {
            instances: [
              {
                instanceId: id(11),
                reservationId: 'r-00000000000000011',
                state: 'running',
                tags: { Name: 'eu-1' },
              },
            ],
            metadataDefaults: { ManagedBy: 'declarative-policy', HttpTokens: 'required' },
          },
        },
      },
      {
        id: A2,
        name: 'workload',
        enabledRegions: ['us-east-1'],
        roles: [...DEFAULT_ROLES],
        regions: {
          'us-east-1': {
            instances: [
              {
                instanceId: id(21),
                reservationId: 'r-00000000000000021',
                state: 'running',
                tags: { Name: 'a2-1' },
              },
            ],
          },
        },
      },
      { id: A3, name: 'suspended', status: 'SUSPENDED', roles: [...DEFAULT_ROLES] },
    ],
    organization: {
      id: 'o-abcdef1234',
      managementAccountId: A1,
      extraAccounts: [{ id: '444444444444', name: 'closed', status: 'SUSPENDED' }],
    },
  };
}
