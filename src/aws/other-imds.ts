/**
 * The other services that run an instance metadata service, read per (account, region), audit only:
 *   SageMaker notebook instances  ListNotebookInstances (per 100) + DescribeNotebookInstance each →
 *                                 InstanceMetadataServiceConfiguration.MinimumInstanceMetadataServiceVersion
 *                                 ("1" allows IMDSv1)
 *   Elastic Beanstalk             DescribeEnvironments + DescribeConfigurationSettings each →
 *                                 aws:autoscaling:launchconfiguration / DisableIMDSv1
 *   Lightsail instances           GetInstances → metadataOptions.httpTokens
 * A read that fails is recorded (its resources are unknown, never compliant); the audit goes on.
 */
import type { ElasticBeanstalkClient } from '@aws-sdk/client-elastic-beanstalk';
import type { LightsailClient } from '@aws-sdk/client-lightsail';
import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { errorMessage } from '../log.js';
import type { ExposureError, OtherImdsResource } from '../model/types.js';
import { awsErrorCode } from './clients.js';
import {
  DescribeConfigurationSettingsCommand,
  DescribeEnvironmentsCommand,
  DescribeNotebookInstanceCommand,
  GetInstancesCommand,
  ListNotebookInstancesCommand,
} from './sdk.js';

export interface OtherImdsClients {
  sagemaker: SageMakerClient;
  beanstalk: ElasticBeanstalkClient;
  lightsail: LightsailClient;
}

export interface OtherImdsRead {
  resources: OtherImdsResource[];
  errors: ExposureError[];
  /** Services whose regional endpoint does not exist here (not offered in the region). */
  unavailable: Array<'lightsail'>;
}

const MAX_PAGES = 50;

/** Beanstalk with DisableIMDSv1 unset: what the audit assumes, per platform. */
export function beanstalkVerdict(
  value: string | undefined,
  platform: string,
): Pick<OtherImdsResource, 'allowsV1' | 'setting' | 'assumption'> {
  if (value !== undefined && /^true$/i.test(value)) return { allowsV1: false, setting: 'DisableIMDSv1=true' };
  if (value !== undefined && /^false$/i.test(value))
    return { allowsV1: true, setting: 'DisableIMDSv1=false' };
  if (/Amazon Linux 2023/i.test(platform))
    return {
      setting: 'DisableIMDSv1 unset',
      assumption:
        'unset on an Amazon Linux 2023 platform: its default depends on the platform version, so it is reported unknown; set DisableIMDSv1=true to be sure',
    };
  return {
    allowsV1: true,
    setting: 'DisableIMDSv1 unset',
    assumption: 'unset: assumed false (the documented default), so the instances allow IMDSv1',
  };
}

export async function readOtherImds(
  c: OtherImdsClients,
  accountId: string,
  region: string,
): Promise<OtherImdsRead> {
  const resources: OtherImdsResource[] = [];
  const errors: ExposureError[] = [];
  const unavailable: OtherImdsRead['unavailable'] = [];
  const fail = (service: ExposureError['service'], operation: string, e: unknown) =>
    errors.push({ accountId, region, service, operation, code: awsErrorCode(e), message: errorMessage(e) });

  const sagemaker = async () => {
    const names: string[] = [];
    try {
      let token: string | undefined;
      for (let i = 0; i < MAX_PAGES; i++) {
        const out = await c.sagemaker.send(
          new ListNotebookInstancesCommand({ MaxResults: 100, NextToken: token }),
        );
        for (const n of out.NotebookInstances ?? [])
          if (n.NotebookInstanceName) names.push(n.NotebookInstanceName);
        token = out.NextToken || undefined;
        if (!token) break;
      }
    } catch (e) {
      fail('sagemaker', 'ListNotebookInstances', e);
      return;
    }
    await Promise.all(
      names.map(async (name) => {
        const r: OtherImdsResource = {
          kind: 'sagemaker-notebook',
          accountId,
          region,
          name,
          setting: 'not read',
        };
        try {
          const d = await c.sagemaker.send(
            new DescribeNotebookInstanceCommand({ NotebookInstanceName: name }),
          );
          if (d.NotebookInstanceArn) r.arn = d.NotebookInstanceArn;
          const v = d.InstanceMetadataServiceConfiguration?.MinimumInstanceMetadataServiceVersion;
          r.setting = `MinimumInstanceMetadataServiceVersion=${v ?? 'unset'}`;
          if (v === '2') r.allowsV1 = false;
          else {
            r.allowsV1 = true;
            if (v !== '1') r.assumption = 'unset: SageMaker documents version 1 as the default';
          }
        } catch (e) {
          fail('sagemaker', 'DescribeNotebookInstance', e);
        }
        resources.push(r);
      }),
    );
  };

  const beanstalk = async () => {
    const envs: Array<{ app: string; name: string; arn?: string; platform: string }> = [];
    try {
      let token: string | undefined;
      for (let i = 0; i < MAX_PAGES; i++) {
        const out = await c.beanstalk.send(
          new DescribeEnvironmentsCommand({ IncludeDeleted: false, MaxRecords: 1000, NextToken: token }),
        );
        for (const e of out.Environments ?? []) {
          if (!e.EnvironmentName || !e.ApplicationName || e.Status === 'Terminated') continue;
          envs.push({
            app: e.ApplicationName,
            name: e.EnvironmentName,
            arn: e.EnvironmentArn,
            platform: `${e.PlatformArn ?? ''} ${e.SolutionStackName ?? ''}`,
          });
        }
        token = out.NextToken || undefined;
        if (!token) break;
      }
    } catch (e) {
      fail('elasticbeanstalk', 'DescribeEnvironments', e);
      return;
    }
    await Promise.all(
      envs.map(async (env) => {
        const r: OtherImdsResource = {
          kind: 'beanstalk-environment',
          accountId,
          region,
          name: `${env.app}/${env.name}`,
          setting: 'not read',
        };
        if (env.arn) r.arn = env.arn;
        try {
          const out = await c.beanstalk.send(
            new DescribeConfigurationSettingsCommand({ ApplicationName: env.app, EnvironmentName: env.name }),
          );
          const option = (out.ConfigurationSettings?.[0]?.OptionSettings ?? []).find(
            (o) => o.Namespace === 'aws:autoscaling:launchconfiguration' && o.OptionName === 'DisableIMDSv1',
          );
          Object.assign(r, beanstalkVerdict(option?.Value || undefined, env.platform));
        } catch (e) {
          fail('elasticbeanstalk', 'DescribeConfigurationSettings', e);
        }
        resources.push(r);
      }),
    );
  };

  const lightsail = async () => {
    try {
      let token: string | undefined;
      for (let i = 0; i < MAX_PAGES; i++) {
        const out = await c.lightsail.send(new GetInstancesCommand({ pageToken: token }));
        for (const x of out.instances ?? []) {
          if (!x.name) continue;
          const tokens = x.metadataOptions?.httpTokens;
          const endpoint = x.metadataOptions?.httpEndpoint;
          const r: OtherImdsResource = {
            kind: 'lightsail-instance',
            accountId,
            region,
            name: x.name,
            setting: endpoint === 'disabled' ? 'httpEndpoint=disabled' : `httpTokens=${tokens ?? 'unset'}`,
          };
          if (x.arn) r.arn = x.arn;
          if (endpoint === 'disabled' || tokens === 'required') r.allowsV1 = false;
          else if (tokens === 'optional') r.allowsV1 = true;
          resources.push(r);
        }
        token = out.nextPageToken || undefined;
        if (!token) break;
      }
    } catch (e) {
      // Lightsail is offered in some regions only: where its endpoint does not exist, there is nothing to audit.
      if (awsErrorCode(e) === 'ENOTFOUND') unavailable.push('lightsail');
      else fail('lightsail', 'GetInstances', e);
    }
  };

  await Promise.all([sagemaker(), beanstalk(), lightsail()]);
  resources.sort((a, b) =>
    a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  return { resources, errors, unavailable };
}
