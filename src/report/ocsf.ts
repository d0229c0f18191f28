/**
 * report.ocsf.json: one OCSF Compliance Finding (class_uid 2003, OCSF 1.3.0) per resource that is
 * not compliant — EC2 instances under the run's rule (Security Hub EC2.8 by default), launch templates
 * that allow IMDSv1 (EC2.170), and the other services' IMDS rules — with the exploitation
 * (GuardDuty) and blast-radius (role reach) context as enrichments. A resource whose setting could not
 * be read is a Warning, never a Pass. A JSON array, one finding per line (written as it is built).
 * Field by field: docs/ocsf.md.
 */
import { exposureOf, findingLabel, OTHER_IMDS_RULES } from '../assess/exposure.js';
import type { AssessedInstance, Assessment, ExfiltrationFinding, RoleReach } from '../model/types.js';
import { REGION } from './format.js';
import { consoleUrl } from './links.js';
import { findingUrl } from './sections/exposure.js';

export const OCSF_VERSION = '1.3.0';
export const OCSF_FILE = 'report.ocsf.json';

const CLASS_UID = 2003;
const CATEGORY_UID = 2;
const ACTIVITY_CREATE = 1;
const ATTACK = {
  technique: { uid: 'T1552.005', name: 'Unsecured Credentials: Cloud Instance Metadata API' },
  tactic: { uid: 'TA0006', name: 'Credential Access' },
  version: '16.1',
};
const SEVERITY: Record<number, string> = {
  1: 'Informational',
  2: 'Low',
  3: 'Medium',
  4: 'High',
  5: 'Critical',
};
const STATUS: Record<number, string> = { 1: 'Pass', 2: 'Warning', 3: 'Fail' };

export interface OcsfMeta {
  version: string;
  /** The scan time: every finding's `time`. */
  scannedAt: string;
  ruleId: string;
}

type Json = Record<string, unknown>;

function partition(region: string): string {
  return region.startsWith('cn-') ? 'aws-cn' : region.startsWith('us-gov-') ? 'aws-us-gov' : 'aws';
}

function base(
  meta: OcsfMeta,
  o: {
    uid: string;
    title: string;
    desc: string;
    severity: number;
    statusId: 1 | 2 | 3;
    control: string;
    standards: string[];
    detail: string;
    accountId: string;
    region: string;
    resource: Json;
    suppressed?: boolean;
    remediation: string;
    enrichments?: Json[];
  },
): Json {
  const time = Date.parse(meta.scannedAt);
  const finding: Json = {
    activity_id: ACTIVITY_CREATE,
    activity_name: 'Create',
    category_uid: CATEGORY_UID,
    category_name: 'Findings',
    class_uid: CLASS_UID,
    class_name: 'Compliance Finding',
    type_uid: CLASS_UID * 100 + ACTIVITY_CREATE,
    type_name: 'Compliance Finding: Create',
    time,
    severity_id: o.severity,
    severity: SEVERITY[o.severity],
    status_id: o.suppressed ? 3 : 1,
    status: o.suppressed ? 'Suppressed' : 'New',
    message: o.title,
    metadata: {
      version: OCSF_VERSION,
      profiles: ['cloud'],
      product: { name: 'IMDS Guard', vendor_name: 'IMDS Guard', version: meta.version },
      event_code: o.control,
    },
    finding_info: {
      uid: o.uid,
      title: o.title,
      desc: o.desc,
      types: [o.control],
      created_time: time,
      attacks: [ATTACK],
    },
    compliance: {
      standards: o.standards,
      control: o.control,
      status_id: o.statusId,
      status: STATUS[o.statusId],
      status_detail: o.detail,
    },
    cloud: {
      provider: 'AWS',
      region: o.region,
      account: { uid: o.accountId, type: 'AWS Account', type_id: 10 },
    },
    resources: [{ ...o.resource, region: o.region, cloud_partition: partition(o.region) }],
    remediation: { desc: o.remediation },
  };
  if (o.enrichments?.length) finding.enrichments = o.enrichments;
  return finding;
}

function exfiltrationEnrichment(f: ExfiltrationFinding): Json {
  return {
    name: 'guardduty.instance_credential_exfiltration',
    value: f.findingId,
    type: f.type,
    provider: 'Amazon GuardDuty',
    desc: findingLabel(f),
    data: {
      finding_id: f.findingId,
      type: f.type,
      updated_at: f.updatedAt,
      archived: f.archived,
      joined_by: f.joinedBy,
      principal_id: f.principalId,
      remote_ip: f.remoteIp,
      asn: f.asn,
      asn_org: f.asnOrg,
      org: f.org,
      country: f.country,
      remote_account_id: f.remoteAccountId,
      console_url: findingUrl(f.region, f.findingId) || undefined,
    },
  };
}

function reachEnrichment(r: RoleReach): Json {
  return {
    name: 'iam.role_reach',
    value: r.level,
    type: 'blast radius',
    provider: 'AWS IAM',
    desc: `What the instance profile's role can reach: ${r.level}`,
    data: {
      instance_profile_arn: r.instanceProfileArn,
      role_arn: r.roleArn,
      role_name: r.roleName,
      level: r.level,
      reasons: r.reasons,
      policies: r.policies,
      errors: r.errors.map((e) => `${e.operation}: ${e.code}`),
    },
  };
}

function instanceSeverity(i: AssessedInstance, exploited: boolean, reach?: RoleReach): number {
  if (exploited) return 5;
  if (i.risk === 'role-public' && reach?.level === 'admin') return 5;
  if (i.risk === 'role-public' || i.risk === 'role') return 4;
  return 3;
}

const INSTANCE_STANDARDS = ['AWS Foundational Security Best Practices', 'CIS AWS Foundations Benchmark'];

/** What an instance's finding says, beside the instance's own fields (`instanceFinding`, `instanceFindingText`). */
function instanceFacts(i: AssessedInstance, a: Assessment) {
  const e = exposureOf(i);
  const exploited = Boolean(e?.findings.length);
  const enrichments: Json[] = [...(e?.findings ?? []).map(exfiltrationEnrichment)];
  if (e?.reach) enrichments.push(reachEnrichment(e.reach));
  const setting =
    i.bucket === 'pending'
      ? 'a metadata change is pending'
      : i.metadata.httpEndpoint === 'disabled'
        ? 'the metadata endpoint is disabled'
        : `HttpTokens is ${i.metadata.httpTokens ?? 'not set'}`;
  return {
    title: exploited
      ? `${i.instanceId} allows IMDSv1 and its credentials were already used elsewhere`
      : `${i.instanceId} does not require IMDSv2`,
    desc: `EC2 instance ${i.instanceId}${i.name ? ` (${i.name})` : ''}: ${setting}. ${a.rule.description}`,
    severity: instanceSeverity(i, exploited, e?.reach),
    control: a.rule.id === 'ec2.8' ? 'EC2.8' : a.rule.id,
    detail: `${setting}; risk ${i.risk ?? 'n/a'}${i.publicIp ? ', public IP' : ''}${i.instanceProfileArn ? ', instance profile attached' : ''}${i.exception?.honoured ? `; exempted: ${i.exception.reason}` : ''}`,
    consoleUrl: consoleUrl('instance', i.region, i.instanceId) || undefined,
    remediation: `aws ec2 modify-instance-metadata-options --region ${REGION.test(i.region) ? i.region : 'REGION'} --instance-id ${i.instanceId} --http-tokens required (after MetadataNoToken has been 0 over the usage window).`,
    enrichments,
  };
}

function instanceFinding(i: AssessedInstance, a: Assessment, meta: OcsfMeta): Json {
  const f = instanceFacts(i, a);
  return base(meta, {
    uid: `imds-guard:${meta.ruleId}:${i.accountId}:${i.region}:${i.instanceId}`,
    title: f.title,
    desc: f.desc,
    severity: f.severity,
    statusId: 3,
    control: f.control,
    standards: INSTANCE_STANDARDS,
    detail: f.detail,
    accountId: i.accountId,
    region: i.region,
    suppressed: i.exception?.honoured,
    resource: {
      uid: i.instanceId,
      name: i.name,
      type: 'AWS::EC2::Instance',
      data: {
        state: i.state,
        metadata_options: i.metadata,
        public_ip: i.publicIp,
        instance_profile_arn: i.instanceProfileArn,
        v1_calls: i.v1Calls,
        console_url: f.consoleUrl,
      },
    },
    remediation: f.remediation,
    enrichments: f.enrichments,
  });
}

const q = JSON.stringify;
/** `,"key":value` for a value JSON.stringify writes, nothing for one it leaves out (undefined). */
const member = (key: string, v: unknown) => (v === undefined ? '' : `,"${key}":${q(v)}`);
/**
 * `"key":value,` (the comma after it) or nothing, for a member that a member always written follows:
 * an object's text is then built in one pass, never cut from a longer one.
 */
const leading = (key: string, v: unknown) => (v === undefined ? '' : `"${key}":${q(v)},`);

/**
 * `JSON.stringify(instanceFinding(i, a, meta))`, written as text: the finding's constant members
 * once per run (`InstanceText`), each value through JSON.stringify, no finding object in between
 * (~77,000 findings at 100,000 instances: their objects were most of this file's cost).
 * test/report/ocsf.test.ts holds the two equal.
 */
class InstanceText {
  private readonly head: string;
  private readonly time: string;
  private readonly version: string;
  private readonly attacks = q(ATTACK);
  private readonly standards = q(INSTANCE_STANDARDS);
  /** The members that are the same for every finding of a control, or of an account's region. */
  private readonly metadataOf = new Map<string, string>();
  private readonly cloudOf = new Map<string, Map<string, string>>();
  /** Each metadata-options object's text: the scan shares one object per distinct value (`Interner`). */
  private readonly optionsTextOf = new WeakMap<object, string>();
  constructor(meta: OcsfMeta) {
    const time = Date.parse(meta.scannedAt);
    this.time = q(time);
    this.version = q(meta.version);
    this.head = `{"activity_id":${ACTIVITY_CREATE},"activity_name":"Create","category_uid":${CATEGORY_UID},"category_name":"Findings","class_uid":${CLASS_UID},"class_name":"Compliance Finding","type_uid":${CLASS_UID * 100 + ACTIVITY_CREATE},"type_name":"Compliance Finding: Create","time":${this.time},"severity_id":`;
  }

  private metadata(control: string): string {
    let text = this.metadataOf.get(control);
    if (text === undefined) {
      text = `{"version":"${OCSF_VERSION}","profiles":["cloud"],"product":{"name":"IMDS Guard","vendor_name":"IMDS Guard","version":${this.version}},"event_code":${control}}`;
      this.metadataOf.set(control, text);
    }
    return text;
  }

  private cloud(accountId: string, region: string): string {
    let regions = this.cloudOf.get(accountId);
    if (!regions) {
      regions = new Map();
      this.cloudOf.set(accountId, regions);
    }
    let text = regions.get(region);
    if (text === undefined) {
      text = `{"provider":"AWS","region":${q(region)},"account":{"uid":${q(accountId)},"type":"AWS Account","type_id":10}}`;
      regions.set(region, text);
    }
    return text;
  }

  private optionsText(m: AssessedInstance['metadata']): string {
    let text = this.optionsTextOf.get(m);
    if (text === undefined) {
      text = q(m);
      this.optionsTextOf.set(m, text);
    }
    return text;
  }

  text(i: AssessedInstance, a: Assessment, meta: OcsfMeta): string {
    const f = instanceFacts(i, a);
    const suppressed = i.exception?.honoured;
    const uid = `imds-guard:${meta.ruleId}:${i.accountId}:${i.region}:${i.instanceId}`;
    const title = q(f.title);
    const control = q(f.control);
    const region = q(i.region);
    const metadata = this.metadata(control);
    const info = `{"uid":${q(uid)},"title":${title},"desc":${q(f.desc)},"types":[${control}],"created_time":${this.time},"attacks":[${this.attacks}]}`;
    const compliance = `{"standards":${this.standards},"control":${control},"status_id":3,"status":"${STATUS[3]}","status_detail":${q(f.detail)}}`;
    const cloud = this.cloud(i.accountId, i.region);
    // The metadata options are an object on every instance: always written.
    const data = `{${leading('state', i.state)}"metadata_options":${this.optionsText(i.metadata)}${member('public_ip', i.publicIp)}${member('instance_profile_arn', i.instanceProfileArn)}${member('v1_calls', i.v1Calls)}${member('console_url', f.consoleUrl)}}`;
    const resource = `{${leading('uid', i.instanceId)}${leading('name', i.name)}"type":"AWS::EC2::Instance","data":${data},"region":${region},"cloud_partition":"${partition(i.region)}"}`;
    const enrichments = f.enrichments.length ? `,"enrichments":${q(f.enrichments)}` : '';
    return `${this.head}${f.severity},"severity":${q(SEVERITY[f.severity])},"status_id":${suppressed ? 3 : 1},"status":"${suppressed ? 'Suppressed' : 'New'}","message":${title},"metadata":${metadata},"finding_info":${info},"compliance":${compliance},"cloud":${cloud},"resources":[${resource}],"remediation":{"desc":${q(f.remediation)}}${enrichments}}`;
  }
}

/** Every finding of the run, in report order: EC2 instances (exploited first), templates, other services. */
export function* ocsfFindings(a: Assessment, meta: OcsfMeta): Generator<Json> {
  for (const i of a.instances) if (!i.compliant) yield instanceFinding(i, a, meta);
  yield* otherFindings(a, meta);
}

/** The findings after the instances': launch templates, then the other services' resources. */
function* otherFindings(a: Assessment, meta: OcsfMeta): Generator<Json> {
  for (const t of a.posture?.launchTemplates ?? []) {
    if (!t.allowsV1) continue;
    yield base(meta, {
      uid: `imds-guard:ec2.170:${t.accountId}:${t.region}:${t.launchTemplateId}`,
      title: `Launch template ${t.name} allows IMDSv1`,
      desc: `Launch template ${t.launchTemplateId} (${t.name}): ${t.reason ?? 'its default or latest version allows IMDSv1'}.`,
      severity: 3,
      statusId: 3,
      control: 'EC2.170',
      standards: ['AWS Foundational Security Best Practices'],
      detail: t.reason ?? 'default or latest version allows IMDSv1',
      accountId: t.accountId,
      region: t.region,
      resource: {
        uid: t.launchTemplateId,
        name: t.name,
        type: 'AWS::EC2::LaunchTemplate',
        data: {
          default_version: t.defaultVersion,
          latest_version: t.latestVersion,
          instances_using: t.instancesUsing,
        },
      },
      remediation:
        'Create a launch template version with MetadataOptions HttpTokens=required and make it the default.',
    });
  }
  for (const r of a.exposure?.otherImds.resources ?? []) {
    if (r.allowsV1 === false) continue;
    const rule = OTHER_IMDS_RULES[r.kind];
    yield base(meta, {
      uid: `imds-guard:${rule.id}:${r.accountId}:${r.region}:${r.name}`,
      title: r.allowsV1
        ? `${r.name} allows IMDSv1 (${rule.name})`
        : `${r.name}: IMDS setting unknown (${rule.name})`,
      desc: `${rule.description} Read: ${r.setting}.${r.assumption ? ` ${r.assumption}.` : ''}`,
      severity: r.allowsV1 ? 3 : 2,
      statusId: r.allowsV1 ? 3 : 2,
      control: rule.id,
      standards: ['IMDS Guard'],
      detail: `${r.setting}${r.assumption ? `; ${r.assumption}` : ''}`,
      accountId: r.accountId,
      region: r.region,
      resource: {
        uid: r.arn ?? r.name,
        name: r.name,
        type:
          r.kind === 'sagemaker-notebook'
            ? 'AWS::SageMaker::NotebookInstance'
            : r.kind === 'beanstalk-environment'
              ? 'AWS::ElasticBeanstalk::Environment'
              : 'AWS::Lightsail::Instance',
      },
      remediation:
        r.kind === 'sagemaker-notebook'
          ? 'aws sagemaker update-notebook-instance --notebook-instance-name NAME --instance-metadata-service-configuration MinimumInstanceMetadataServiceVersion=2'
          : r.kind === 'beanstalk-environment'
            ? 'Set option aws:autoscaling:launchconfiguration DisableIMDSv1=true on the environment (eb config, or an .ebextensions option_settings entry).'
            : 'aws lightsail update-instance-metadata-options --instance-name NAME --http-tokens required',
    });
  }
}

/**
 * The file's text in pieces: `[`, one finding per line, `]` — each line `JSON.stringify` of what
 * `ocsfFindings` yields (instances' findings written as text, `InstanceText`).
 */
export function* ocsfPieces(a: Assessment, meta: OcsfMeta): Generator<string> {
  let n = 0;
  yield '[';
  const instances = new InstanceText(meta);
  for (const i of a.instances) if (!i.compliant) yield `${n++ ? ',' : ''}\n${instances.text(i, a, meta)}`;
  for (const f of otherFindings(a, meta)) yield `${n++ ? ',' : ''}\n${JSON.stringify(f)}`;
  yield n ? '\n]\n' : ']\n';
}
