/**
 * Every AWS SDK client and command IMDS Guard uses, in one place: the rest of src/ takes them from here
 * (types may still come from the packages). scripts/build.sh bundles this module with the clients' ES
 * modules (scripts/bundle-sdk.mjs), so the Action holds the commands it sends and not the hundreds it
 * never does: the EC2 client alone is 2 MB of code with all of them, and loading the ten clients whole
 * cost each run ~0.25 s and ~100 MB of peak memory before its first call (docs/performance.md).
 */
export { AutoScalingClient, paginateDescribeAutoScalingGroups } from '@aws-sdk/client-auto-scaling';
export { CloudWatchClient, GetMetricDataCommand } from '@aws-sdk/client-cloudwatch';
export {
  CreateLaunchTemplateVersionCommand,
  DescribeInstancesCommand,
  DescribeLaunchTemplateVersionsCommand,
  DescribeRegionsCommand,
  EC2Client,
  GetInstanceMetadataDefaultsCommand,
  ModifyInstanceMetadataDefaultsCommand,
  ModifyInstanceMetadataOptionsCommand,
  ModifyLaunchTemplateCommand,
  paginateDescribeImages,
  paginateDescribeLaunchTemplateVersions,
} from '@aws-sdk/client-ec2';
export {
  DescribeConfigurationSettingsCommand,
  DescribeEnvironmentsCommand,
  ElasticBeanstalkClient,
} from '@aws-sdk/client-elastic-beanstalk';
export {
  GetFindingsCommand,
  GuardDutyClient,
  ListDetectorsCommand,
  ListFindingsCommand,
} from '@aws-sdk/client-guardduty';
export {
  GetInstanceProfileCommand,
  GetPolicyCommand,
  GetPolicyVersionCommand,
  GetRolePolicyCommand,
  IAMClient,
  ListAttachedRolePoliciesCommand,
  ListRolePoliciesCommand,
} from '@aws-sdk/client-iam';
export { GetInstancesCommand, LightsailClient } from '@aws-sdk/client-lightsail';
export { OrganizationsClient, paginateListAccounts } from '@aws-sdk/client-organizations';
export {
  DescribeNotebookInstanceCommand,
  ListNotebookInstancesCommand,
  SageMakerClient,
} from '@aws-sdk/client-sagemaker';
export {
  AssumeRoleCommand,
  AssumeRoleWithWebIdentityCommand,
  GetCallerIdentityCommand,
  STSClient,
} from '@aws-sdk/client-sts';
