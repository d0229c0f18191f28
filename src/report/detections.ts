/**
 * Detection to keep after hardening, written beside the guardrails (report folder, `detections/`):
 *   imds-traffic.sigma.yml                     a Sigma rule for IMDS traffic where none should be (proxy /
 *                                              network logs: AWS-2025-021, SSRF through a proxy)
 *   metadata-no-token-rejected[-ACCOUNT-REGION].yaml
 *                                              CloudFormation: one AWS::CloudWatch::Alarm per hardened
 *                                              instance on MetadataNoTokenRejected (a workload still trying
 *                                              IMDSv1, or someone probing it), one template per account and
 *                                              region (alarms are regional), at most 500 alarms each
 * Pure: the caller writes the files. Instance ids come from AWS and are checked before they are written.
 */
import { stringify } from 'yaml';
import { compareCode } from '../model/text.js';
import type { AssessedInstance } from '../model/types.js';

export const DETECTION_FILES = {
  sigma: 'detections/imds-traffic.sigma.yml',
  alarms: 'detections/metadata-no-token-rejected.yaml',
} as const;

/** The Sigma rule's fixed id: the same rule every run, so a SIEM updates it in place. */
export const SIGMA_RULE_ID = '979f5090-efa3-4e01-a296-09d18a5abad5';
/** CloudFormation's resource limit per template. */
export const ALARMS_PER_TEMPLATE = 500;

const INSTANCE_ID = /^i-[0-9a-f]{8,17}$/;
const ACCOUNT = /^\d{12}$/;
const REGION = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}$/;

/** The Sigma rule (Sigma specification 2.x rule format). */
export function sigmaRule(): Record<string, unknown> {
  return {
    title: 'Instance metadata service traffic through a proxy or network path',
    id: SIGMA_RULE_ID,
    status: 'experimental',
    description:
      'Requests to the EC2 instance metadata service (169.254.169.254, fd00:ec2::254, /latest/meta-data, /latest/api/token, the X-aws-ec2-metadata-token header) seen in proxy or network logs. An instance reaches its own IMDS on a link-local path that never crosses a proxy: such a request is server-side request forgery relayed through the proxy, or a host off EC2 talking to a rogue metadata service (AWS-2025-021).',
    references: [
      'https://attack.mitre.org/techniques/T1552/005/',
      'https://aws.amazon.com/security/security-bulletins/AWS-2025-021/',
      'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html',
    ],
    author: 'IMDS Guard',
    date: '2026-12-06',
    tags: ['attack.credential-access', 'attack.t1552.005'],
    logsource: { category: 'proxy' },
    detection: {
      ip_v4: { 'dst_ip|cidr': '169.254.169.254/32' },
      ip_v6: { dst_ip: 'fd00:ec2::254' },
      ip_host: { 'cs-host': ['169.254.169.254', '[fd00:ec2::254]', 'fd00:ec2::254'] },
      http_metadata: { 'c-uri|contains': '/latest/meta-data' },
      http_token: { 'c-uri|contains': '/latest/api/token' },
      http_header: { 'cs-headers|contains': 'X-aws-ec2-metadata-token' },
      condition: '1 of ip_* or 1 of http_*',
    },
    fields: ['src_ip', 'dst_ip', 'cs-host', 'c-uri', 'c-useragent'],
    falsepositives: [
      'Cloud agents on hosts off EC2 that probe for a metadata service at start (they should not send it through a proxy).',
    ],
    level: 'high',
  };
}

function logicalId(instanceId: string): string {
  // An instance id (`INSTANCE_ID`, as every id written here is) has one non-alphanumeric character.
  return `Rejected${INSTANCE_ID.test(instanceId) ? instanceId.replace('-', '') : instanceId.replace(/[^0-9a-zA-Z]/g, '')}`;
}

/** A template's head: its description, the topic parameter and its condition (everything but the alarms). */
function templateHead(accountId: string, region: string, count: number): Record<string, unknown> {
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: `IMDS Guard: MetadataNoTokenRejected alarms for ${count} instance(s) that require IMDSv2 in account ${accountId}, ${region}. Deploy in that account and region.`,
    Parameters: {
      AlarmTopicArn: {
        Type: 'String',
        Default: '',
        Description: 'SNS topic notified when an alarm fires (empty: no action, the alarm state only).',
      },
    },
    Conditions: { HasTopic: { 'Fn::Not': [{ 'Fn::Equals': [{ Ref: 'AlarmTopicArn' }, ''] }] } },
  };
}

/** One CloudFormation template of alarms as an object (what `alarmTemplateText` writes). */
export function alarmTemplate(
  accountId: string,
  region: string,
  instanceIds: readonly string[],
): Record<string, unknown> {
  const resources: Record<string, unknown> = {};
  for (const id of instanceIds) {
    resources[logicalId(id)] = {
      Type: 'AWS::CloudWatch::Alarm',
      Properties: {
        AlarmName: `imds-guard-metadata-no-token-rejected-${id}`,
        AlarmDescription: `IMDSv1 calls refused on ${id} (requires IMDSv2): a workload still using IMDSv1, or an SSRF attempt. Kept by IMDS Guard after hardening.`,
        Namespace: 'AWS/EC2',
        MetricName: 'MetadataNoTokenRejected',
        Dimensions: [{ Name: 'InstanceId', Value: id }],
        Statistic: 'Sum',
        Period: 300,
        EvaluationPeriods: 1,
        Threshold: 0,
        ComparisonOperator: 'GreaterThanThreshold',
        TreatMissingData: 'notBreaching',
        AlarmActions: { 'Fn::If': ['HasTopic', [{ Ref: 'AlarmTopicArn' }], { Ref: 'AWS::NoValue' }] },
      },
    };
  }
  return { ...templateHead(accountId, region, instanceIds.length), Resources: resources };
}

/**
 * The alarm template as YAML, exactly as `yaml`'s `stringify(alarmTemplate(…), { lineWidth: 0 })` writes
 * it (a test holds the two equal), written as text: a fleet hardens tens of thousands of instances, and
 * the library's document model took seconds and most of an audit's garbage for these files. Safe as
 * text because every value is fixed but the account, the region and the ids, which are checked against
 * their AWS shapes before they get here.
 */
export function alarmTemplateText(accountId: string, region: string, instanceIds: readonly string[]): string {
  return alarmTemplatePieces(accountId, region, instanceIds).join('');
}

/** `alarmTemplateText` as the pieces a file is written from (one an alarm), never joined. */
export function alarmTemplatePieces(
  accountId: string,
  region: string,
  instanceIds: readonly string[],
): string[] {
  const head = stringify(templateHead(accountId, region, instanceIds.length), { lineWidth: 0 });
  const pieces = [`${head.replace(/\n?$/, '\n')}Resources:${instanceIds.length ? '\n' : ' {}\n'}`];
  for (const id of instanceIds)
    pieces.push(`  ${logicalId(id)}:
    Type: AWS::CloudWatch::Alarm
    Properties:
      AlarmName: imds-guard-metadata-no-token-rejected-${id}
      AlarmDescription: "IMDSv1 calls refused on ${id} (requires IMDSv2): a workload still using IMDSv1, or an SSRF attempt. Kept by IMDS Guard after hardening."
      Namespace: AWS/EC2
      MetricName: MetadataNoTokenRejected
      Dimensions:
        - Name: InstanceId
          Value: ${id}
      Statistic: Sum
      Period: 300
      EvaluationPeriods: 1
      Threshold: 0
      ComparisonOperator: GreaterThanThreshold
      TreatMissingData: notBreaching
      AlarmActions:
        Fn::If:
          - HasTopic
          - - Ref: AlarmTopicArn
          - Ref: AWS::NoValue
`);
  return pieces;
}

/** The detection files as [path relative to the report folder, text] (`detectionFilePieces` joined). */
export function* detectionFileEntries(instances: readonly AssessedInstance[]): Generator<[string, string]> {
  for (const [name, pieces] of detectionFilePieces(instances)) yield [name, pieces.join('')];
}

/**
 * The detection files as [path relative to the report folder, the pieces of its text], one at a time: a
 * 100,000-instance fleet's alarms are ~36 MB of YAML, written file by file and a piece at a time
 * (publish/write.ts `writePieces`), never held as one string: each file's text joined, then copied flat
 * again for its write, was two fresh strings of megabytes per file.
 */
export function* detectionFilePieces(instances: readonly AssessedInstance[]): Generator<[string, string[]]> {
  yield [DETECTION_FILES.sigma, [stringify(sigmaRule(), { lineWidth: 0 })]];
  // By account, then region: each pair's shapes checked once, when its first instance comes (undefined:
  // not an account id and a region name, so none of its instances gets an alarm).
  const groups = new Map<string, Map<string, string[] | undefined>>();
  for (const i of instances) {
    if (i.metadata.httpTokens !== 'required' || i.metadata.httpEndpoint === 'disabled') continue;
    if (!INSTANCE_ID.test(i.instanceId)) continue;
    let regions = groups.get(i.accountId);
    if (!regions) {
      regions = new Map();
      groups.set(i.accountId, regions);
    }
    if (!regions.has(i.region))
      regions.set(i.region, ACCOUNT.test(i.accountId) && REGION.test(i.region) ? [] : undefined);
    regions.get(i.region)?.push(i.instanceId);
  }
  const pairs: Array<[string, string, string[]]> = [];
  for (const [accountId, regions] of groups)
    for (const [region, ids] of regions) if (ids) pairs.push([accountId, region, ids]);
  // In the order of their `account/region` names (an account id is 12 digits: the same as by account,
  // then region).
  pairs.sort((a, b) => compareCode(a[0], b[0]) || compareCode(a[1], b[1]));
  for (const [accountId, region, unsorted] of pairs) {
    const ids = unsorted.sort();
    for (let part = 0; part * ALARMS_PER_TEMPLATE < ids.length; part++) {
      const base =
        pairs.length === 1
          ? 'detections/metadata-no-token-rejected'
          : `detections/metadata-no-token-rejected-${accountId}-${region}`;
      const name = part === 0 ? `${base}.yaml` : `${base}-part${part + 1}.yaml`;
      const slice = ids.slice(part * ALARMS_PER_TEMPLATE, (part + 1) * ALARMS_PER_TEMPLATE);
      const pieces = alarmTemplatePieces(accountId, region, slice);
      pieces[0] = `# IMDS Guard: alarms on MetadataNoTokenRejected (IMDSv1 calls refused) for hardened instances.\n${pieces[0]}`;
      yield [name, pieces];
    }
  }
}
