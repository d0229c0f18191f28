export type { BucketSpec, ThrottleOptions } from './bucket.js';
export { AWS_BUCKETS, Throttler } from './bucket.js';
export type { FaultMatch, FaultsConfig, InstanceFault, ServerErrorSpec } from './faults.js';
export { Faults, mulberry32 } from './faults.js';
export type { FleetMix, GenerateFleetOptions, StateMix } from './fleet.js';
export { accountIds, DEFAULT_ROLES, generateFleet } from './fleet.js';
export type { CallRecord, ChangeRecord, DetailedCounts } from './recorder.js';
export type { Emulator, EmulatorOptions } from './server.js';
export { startEmulator } from './server.js';
export { decodeJwt, makeJwt } from './sts.js';
export type {
  AccessKeyFixture,
  AccountFixture,
  AutoScalingGroupFixture,
  ImageFixture,
  Instance,
  InstanceFixture,
  LaunchConfigurationFixture,
  LaunchTemplateFixture,
  MetadataDefaults,
  MetadataOptions,
  OrganizationFixture,
  RegionFixture,
  RoleFixture,
  WorldFixture,
} from './world.js';
export { ALL_REGIONS, bucketOf, DEFAULT_REGIONS, World } from './world.js';
