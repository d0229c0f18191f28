// Pure judging of the other AWS services that run an instance metadata service with a setting of their
// own: SageMaker notebook instances, Elastic Beanstalk environments (and configuration templates) and
// Lightsail instances. Each has its own rule, apart from EC2's. The semantics match the live audit
// (src/aws/other-imds.ts): an unset value takes the service's documented default, and what cannot be
// decided is unknown, never compliant.
import type { IacResource, IacServiceImds, IacSetting } from '../model/iac.js';
import { cleanText } from '../model/text.js';
import type { IacRule, IacVerdict } from './iac-verdict.js';

const s = (v: unknown): string => cleanText(String(v)).slice(0, 200);
const via = (x: IacSetting<unknown>): string => (x.state === 'known' && x.via ? ` (from ${s(x.via)})` : '');

/** The rules of the other services, as data (appended to IAC_RULES). */
export const SERVICE_RULES: readonly IacRule[] = [
  {
    id: 'IMDSG009',
    title: 'SageMaker notebook instance allows IMDSv1',
    level: 'error',
    securitySeverity: '7.5',
    checkovIds: [],
    liveRule: 'sagemaker-notebook-imdsv2',
    tags: ['sagemaker'],
    help: 'The notebook instance sets MinimumInstanceMetadataServiceVersion to "1", or leaves it unset: SageMaker then creates it with version 1, which serves IMDSv1 and IMDSv2, so one SSRF GET from the notebook returns its execution role credentials (MITRE ATT&CK T1552.005). Set it to "2" — Terraform: instance_metadata_service_configuration { minimum_instance_metadata_service_version = "2" }; CloudFormation: InstanceMetadataServiceConfiguration: { MinimumInstanceMetadataServiceVersion: "2" }. A value the check cannot resolve from the code is a warning under this rule (an error with pr-gate fail-unresolved).',
  },
  {
    id: 'IMDSG010',
    title: 'Elastic Beanstalk environment allows IMDSv1',
    level: 'error',
    securitySeverity: '7.5',
    checkovIds: [],
    liveRule: 'beanstalk-imdsv1-disabled',
    tags: ['elasticbeanstalk'],
    help: 'The option aws:autoscaling:launchconfiguration / DisableIMDSv1 is false, or unset on a platform whose documented default is false, so the environment\'s instances serve IMDSv1 (MITRE ATT&CK T1552.005). On Amazon Linux 2023 platforms the default depends on the platform version, and a value or platform the code does not fix cannot be decided: those are warnings under this rule (errors with pr-gate fail-unresolved). Set DisableIMDSv1 to "true" — Terraform: setting { namespace = "aws:autoscaling:launchconfiguration", name = "DisableIMDSv1", value = "true" }; CloudFormation OptionSettings: { Namespace: aws:autoscaling:launchconfiguration, OptionName: DisableIMDSv1, Value: "true" }.',
  },
  {
    id: 'IMDSG011',
    title: 'Lightsail instance is created with IMDSv1 allowed',
    level: 'error',
    securitySeverity: '7.5',
    checkovIds: [],
    liveRule: 'lightsail-imdsv2',
    tags: ['lightsail'],
    help: "Neither Terraform (aws_lightsail_instance) nor CloudFormation (AWS::Lightsail::Instance) can set a Lightsail instance's metadata options, and Lightsail creates an instance with IMDSv1 and IMDSv2 both allowed (httpTokens optional). Require IMDSv2 after creation with `aws lightsail update-instance-metadata-options --instance-name NAME --http-tokens required` (in the pipeline that creates it, e.g. a local-exec provisioner or a custom resource), then mark the resource `imds-guard:ignore <how it is hardened>`: the live audit (rule lightsail-imdsv2) keeps checking the instance.",
  },
];

type Verdict = Omit<IacVerdict, 'dependsOn'>;

function sagemaker(x: IacServiceImds): Verdict {
  const v = x.setting;
  if (v.state === 'known' && v.value === '2')
    return { status: 'no-v1', why: `MinimumInstanceMetadataServiceVersion is "2"${via(v)}` };
  if (v.state === 'known' && v.value === '1')
    return {
      status: 'allows-v1',
      ruleId: 'IMDSG009',
      why: `MinimumInstanceMetadataServiceVersion is "1"${via(v)}, which allows IMDSv1`,
    };
  if (v.state === 'known')
    return {
      status: 'unknown',
      ruleId: 'IMDSG009',
      why: `MinimumInstanceMetadataServiceVersion has the unrecognised value "${s(v.value)}"`,
    };
  if (v.state === 'unknown')
    return {
      status: 'unknown',
      ruleId: 'IMDSG009',
      why: `MinimumInstanceMetadataServiceVersion depends on ${s(v.reason)}`,
    };
  return {
    status: 'allows-v1',
    ruleId: 'IMDSG009',
    why: 'MinimumInstanceMetadataServiceVersion is unset: SageMaker creates the notebook instance with version 1 (IMDSv1 and IMDSv2)',
  };
}

/** Beanstalk with DisableIMDSv1 unset: the platform decides, as in the live audit. */
function beanstalkUnset(platform: IacSetting<string> | undefined, where: string): Verdict {
  if (platform?.state === 'known') {
    if (/Amazon Linux 2023/i.test(platform.value))
      return {
        status: 'unknown',
        ruleId: 'IMDSG010',
        why: `DisableIMDSv1 is unset${where} on an Amazon Linux 2023 platform (${s(platform.value)}): its default depends on the platform version`,
      };
    return {
      status: 'allows-v1',
      ruleId: 'IMDSG010',
      why: `DisableIMDSv1 is unset${where}: its documented default is false, so the instances allow IMDSv1`,
    };
  }
  return {
    status: 'unknown',
    ruleId: 'IMDSG010',
    why:
      platform?.state === 'unknown'
        ? `DisableIMDSv1 is unset${where} and the platform, which decides its default, depends on ${s(platform.reason)}`
        : `DisableIMDSv1 is unset${where} and the code names no platform, which decides its default`,
  };
}

function beanstalkValue(v: IacSetting<string>): Verdict | undefined {
  if (v.state === 'known' && /^true$/i.test(v.value))
    return { status: 'no-v1', why: `DisableIMDSv1 is true${via(v)}` };
  if (v.state === 'known' && /^false$/i.test(v.value))
    return {
      status: 'allows-v1',
      ruleId: 'IMDSG010',
      why: `DisableIMDSv1 is false${via(v)}, which allows IMDSv1`,
    };
  if (v.state === 'known')
    return {
      status: 'unknown',
      ruleId: 'IMDSG010',
      why: `DisableIMDSv1 has the unrecognised value "${s(v.value)}"`,
    };
  if (v.state === 'unknown')
    return { status: 'unknown', ruleId: 'IMDSG010', why: `DisableIMDSv1 depends on ${s(v.reason)}` };
  return undefined;
}

/**
 * An environment's own option wins; unset, the configuration template it starts from decides (when it
 * is in the scanned code), then the platform's default.
 */
function beanstalk(x: IacServiceImds, template: (ref: string) => IacResource | undefined): Verdict {
  const own = beanstalkValue(x.setting);
  if (own) return own;
  const ref = x.configTemplate;
  if (ref?.state === 'unknown')
    return {
      status: 'unknown',
      ruleId: 'IMDSG010',
      why: `DisableIMDSv1 is unset and the configuration template, which may set it, depends on ${s(ref.reason)}`,
    };
  if (ref?.state === 'known') {
    const t = template(ref.value)?.service;
    if (!t)
      return {
        status: 'unknown',
        ruleId: 'IMDSG010',
        why: `DisableIMDSv1 is unset here and may come from configuration template ${s(ref.value)}, which is not in the scanned code`,
      };
    const fromTemplate = beanstalkValue(t.setting);
    if (fromTemplate)
      return { ...fromTemplate, why: `from configuration template ${s(ref.value)}: ${fromTemplate.why}` };
    return beanstalkUnset(
      x.platform?.state === 'unset' || !x.platform ? t.platform : x.platform,
      ` here and in configuration template ${s(ref.value)}`,
    );
  }
  return beanstalkUnset(x.platform, '');
}

/** The verdict for a resource of another service (its kind is in SERVICE_KINDS). */
export function judgeService(r: IacResource, template: (ref: string) => IacResource | undefined): IacVerdict {
  const x: IacServiceImds = r.service ?? { setting: { state: 'unset' } };
  const v =
    r.kind === 'sagemaker-notebook'
      ? sagemaker(x)
      : r.kind === 'lightsail-instance'
        ? {
            status: 'allows-v1' as const,
            ruleId: 'IMDSG011' as const,
            why: 'Terraform and CloudFormation cannot set its metadata options, and Lightsail creates it with IMDSv1 allowed (httpTokens optional)',
          }
        : beanstalk(x, template);
  return { ...v, dependsOn: [] };
}

const BEANSTALK_TF =
  'setting { namespace = "aws:autoscaling:launchconfiguration", name = "DisableIMDSv1", value = "true" }';
const BEANSTALK_CFN =
  'OptionSettings: [{ Namespace: aws:autoscaling:launchconfiguration, OptionName: DisableIMDSv1, Value: "true" }]';

/** The exact setting to change, per resource type of another service; undefined for other types. */
export function serviceFix(resourceType: string): string | undefined {
  switch (resourceType) {
    case 'aws_sagemaker_notebook_instance':
      return 'instance_metadata_service_configuration { minimum_instance_metadata_service_version = "2" }';
    case 'AWS::SageMaker::NotebookInstance':
      return 'InstanceMetadataServiceConfiguration: { MinimumInstanceMetadataServiceVersion: "2" }';
    case 'aws_elastic_beanstalk_environment':
    case 'aws_elastic_beanstalk_configuration_template':
      return BEANSTALK_TF;
    case 'AWS::ElasticBeanstalk::Environment':
    case 'AWS::ElasticBeanstalk::ConfigurationTemplate':
      return BEANSTALK_CFN;
    case 'aws_lightsail_instance':
    case 'AWS::Lightsail::Instance':
      return 'after creation: aws lightsail update-instance-metadata-options --instance-name NAME --http-tokens required (the code cannot set it), then # imds-guard:ignore <how it is hardened>';
    default:
      return undefined;
  }
}
