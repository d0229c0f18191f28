// Exposure services: GuardDuty (restJson1), IAM and Elastic Beanstalk (awsQuery, XML), SageMaker and
// Lightsail (awsJson1_1, X-Amz-Target). Read-only operations an audit uses, over world fixtures.

import type { Ctx } from './context.js';
import { ApiError } from './errors.js';
import { decodeToken, encodeToken } from './query.js';
import type { RegionFixture } from './world.js';
import { el, esc } from './xml.js';

type Handler = (ctx: Ctx) => unknown;

// ───────────────────────── fixtures ─────────────────────────

export interface GuardDutyFindingFixture {
  id: string;
  type: string;
  /** The access key's principal, e.g. `AROAEXAMPLE:i-0abc…` (the role session name). */
  principalId?: string;
  userName?: string;
  accessKeyId?: string;
  /** The finding's resource instance (Resource.InstanceDetails.InstanceId). */
  instanceId?: string;
  /** ISO 8601. */
  updatedAt: string;
  createdAt?: string;
  archived?: boolean;
  severity?: number;
  remoteIp?: string;
  asn?: string;
  asnOrg?: string;
  org?: string;
  isp?: string;
  country?: string;
  remoteAccountId?: string;
}

export interface GuardDutyFixture {
  /** Absent: GuardDuty is not enabled in the region (ListDetectors returns no id). */
  detectorId?: string;
  findings?: GuardDutyFindingFixture[];
}

export interface IamPolicyFixture {
  arn: string;
  name?: string;
  document: unknown;
  defaultVersionId?: string;
}

export interface IamRoleFixture {
  name: string;
  roleId?: string;
  /** Managed policy ARNs (customer or AWS managed). */
  attachedPolicies?: string[];
  inlinePolicies?: Record<string, unknown>;
}

export interface IamFixture {
  instanceProfiles?: Array<{ name: string; roleName?: string }>;
  roles?: IamRoleFixture[];
  policies?: IamPolicyFixture[];
}

export interface NotebookFixture {
  name: string;
  /** '1' | '2'; absent = not returned. */
  minimumImdsVersion?: string;
  status?: string;
}

export interface BeanstalkEnvironmentFixture {
  application: string;
  name: string;
  platformArn?: string;
  solutionStack?: string;
  status?: string;
  /** The DisableIMDSv1 option value ('true' | 'false'); absent = unset. */
  disableImdsV1?: string;
}

export interface LightsailInstanceFixture {
  name: string;
  httpTokens?: string;
  httpEndpoint?: string;
}

/** AWS managed policies the emulator knows without a fixture. */
export const AWS_MANAGED: Record<string, { name: string; document: unknown }> = {
  'arn:aws:iam::aws:policy/AdministratorAccess': {
    name: 'AdministratorAccess',
    document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
  },
  'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess': {
    name: 'AmazonS3ReadOnlyAccess',
    document: {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: ['s3:Get*', 's3:List*', 's3-object-lambda:Get*'], Resource: '*' },
      ],
    },
  },
  'arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore': {
    name: 'AmazonSSMManagedInstanceCore',
    document: {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: ['ssm:DescribeAssociation', 'ssmmessages:*', 'ec2messages:*'],
          Resource: '*',
        },
      ],
    },
  },
};

const region = (ctx: Ctx): RegionFixture => ctx.core.world.region(ctx.account, ctx.region);

function page<T>(items: T[], token: unknown, max: number, what: string): { slice: T[]; next?: string } {
  let start = 0;
  if (token !== undefined && token !== '') {
    const d = typeof token === 'string' ? decodeToken(token) : undefined;
    if (!d || d.what !== what || typeof d.at !== 'number')
      throw new ApiError('InvalidNextToken', 'The pagination token is invalid.', 400);
    start = d.at;
  }
  const slice = items.slice(start, start + max);
  return { slice, next: start + max < items.length ? encodeToken({ what, at: start + max }) : undefined };
}

// ───────────────────────── GuardDuty (restJson1) ─────────────────────────

const gdBadRequest = (message: string) => new ApiError('BadRequestException', message, 400);

/** restJson1 routes: method + path → operation and path parameters. */
export function guardDutyRoute(
  method: string,
  path: string,
): { operation: string; detectorId?: string } | undefined {
  if (method === 'GET' && path === '/detector') return { operation: 'ListDetectors' };
  let m = /^\/detector\/([^/]+)\/findings$/.exec(path);
  if (method === 'POST' && m) return { operation: 'ListFindings', detectorId: decodeURIComponent(m[1]) };
  m = /^\/detector\/([^/]+)\/findings\/get$/.exec(path);
  if (method === 'POST' && m) return { operation: 'GetFindings', detectorId: decodeURIComponent(m[1]) };
  return undefined;
}

function detector(ctx: Ctx): GuardDutyFixture {
  const gd = region(ctx).guardDuty;
  const id = ctx.params.detectorId;
  if (!gd?.detectorId || gd.detectorId !== id)
    throw gdBadRequest(
      `The request is rejected because the input detectorId is not owned by the current account.`,
    );
  return gd;
}

function maxResults(v: unknown, dflt: number): number {
  if (v === undefined || v === '') return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 50)
    throw gdBadRequest(
      'The request is rejected because an invalid or out-of-range value is specified for maxResults.',
    );
  return n;
}

function matches(f: GuardDutyFindingFixture, criterion: Record<string, Record<string, unknown>>): boolean {
  for (const [field, cond] of Object.entries(criterion)) {
    const value: string | number | boolean | undefined =
      field === 'type'
        ? f.type
        : field === 'updatedAt'
          ? Date.parse(f.updatedAt)
          : field === 'service.archived'
            ? String(f.archived === true)
            : field === 'severity'
              ? f.severity
              : undefined;
    if (value === undefined)
      throw gdBadRequest(`The request is rejected because the criterion field ${field} is not supported.`);
    for (const [op, arg] of Object.entries(cond)) {
      const list = Array.isArray(arg) ? arg.map(String) : [];
      const n = Number(arg);
      switch (op) {
        case 'eq':
        case 'equals':
          if (!list.includes(String(value))) return false;
          break;
        case 'neq':
        case 'notEquals':
          if (list.includes(String(value))) return false;
          break;
        case 'gte':
        case 'greaterThanOrEqual':
          if (!(Number(value) >= n)) return false;
          break;
        case 'lte':
        case 'lessThanOrEqual':
          if (!(Number(value) <= n)) return false;
          break;
        case 'gt':
        case 'greaterThan':
          if (!(Number(value) > n)) return false;
          break;
        case 'lt':
        case 'lessThan':
          if (!(Number(value) < n)) return false;
          break;
        default:
          throw gdBadRequest(`The request is rejected because the condition ${op} is not valid.`);
      }
    }
  }
  return true;
}

function findingJson(f: GuardDutyFindingFixture, ctx: Ctx, detectorId: string) {
  const ip = f.remoteIp
    ? {
        ipAddressV4: f.remoteIp,
        organization: { asn: f.asn, asnOrg: f.asnOrg, isp: f.isp, org: f.org },
        country: f.country ? { countryName: f.country } : undefined,
      }
    : undefined;
  return {
    accountId: ctx.account,
    arn: `arn:aws:guardduty:${ctx.region}:${ctx.account}:detector/${detectorId}/finding/${f.id}`,
    createdAt: f.createdAt ?? f.updatedAt,
    id: f.id,
    partition: 'aws',
    region: ctx.region,
    resource: {
      resourceType: 'AccessKey',
      accessKeyDetails: {
        accessKeyId: f.accessKeyId ?? 'ASIAEMULATOREXAMPLE',
        principalId: f.principalId,
        userName: f.userName,
        userType: 'AssumedRole',
      },
      instanceDetails: f.instanceId ? { instanceId: f.instanceId } : undefined,
    },
    schemaVersion: '2.0',
    service: {
      action: {
        actionType: 'AWS_API_CALL',
        awsApiCallAction: {
          api: 'ListBuckets',
          callerType: 'Remote IP',
          serviceName: 's3.amazonaws.com',
          remoteIpDetails: ip,
          remoteAccountDetails: f.remoteAccountId
            ? { accountId: f.remoteAccountId, affiliated: false }
            : undefined,
        },
      },
      archived: f.archived === true,
      count: 1,
      detectorId,
      eventFirstSeen: f.createdAt ?? f.updatedAt,
      eventLastSeen: f.updatedAt,
      resourceRole: 'TARGET',
      serviceName: 'guardduty',
    },
    severity: f.severity ?? 8,
    title: 'Credentials for an instance role were used from an unexpected location.',
    type: f.type,
    updatedAt: f.updatedAt,
  };
}

export const GUARDDUTY_HANDLERS: Record<string, Handler> = {
  ListDetectors: (ctx) => {
    const max = maxResults(ctx.params.maxResults, 50);
    const gd = region(ctx).guardDuty;
    const ids = gd?.detectorId ? [gd.detectorId] : [];
    const { slice, next } = page(ids, ctx.params.nextToken, max, 'detectors');
    return { detectorIds: slice, ...(next ? { nextToken: next } : {}) };
  },
  ListFindings: (ctx) => {
    const gd = detector(ctx);
    const max = maxResults(ctx.json.maxResults, 50);
    const criterion = ((ctx.json.findingCriteria as { criterion?: unknown } | undefined)?.criterion ??
      {}) as Record<string, Record<string, unknown>>;
    const ids = (gd.findings ?? []).filter((f) => matches(f, criterion)).map((f) => f.id);
    const { slice, next } = page(ids, ctx.json.nextToken, max, `findings:${gd.detectorId}`);
    ctx.items = slice.length;
    return { findingIds: slice, ...(next ? { nextToken: next } : {}) };
  },
  GetFindings: (ctx) => {
    const gd = detector(ctx);
    const ids = ctx.json.findingIds;
    if (!Array.isArray(ids) || ids.length === 0 || ids.length > 50)
      throw gdBadRequest('The request is rejected because findingIds must hold 1 to 50 ids.');
    const found = (gd.findings ?? []).filter((f) => ids.includes(f.id));
    ctx.items = found.length;
    return { findings: found.map((f) => findingJson(f, ctx, gd.detectorId!)) };
  },
};

// ───────────────────────── IAM (awsQuery) ─────────────────────────

export const IAM_NS = 'https://iam.amazonaws.com/doc/2010-05-08/';

const implied = new WeakMap<object, { iam: IamFixture | undefined; instances: number; out: IamFixture }>();

/**
 * The account's IAM fixture. An instance profile that an instance of the account names, and that the
 * fixture does not list, exists with a role of the same name and no policy (AWS does not launch an
 * instance with a profile that does not exist), so worlds written before IAM was modelled stay whole.
 */
function iamOf(ctx: Ctx): IamFixture {
  const account = ctx.core.world.account(ctx.account) as
    | ({ iam?: IamFixture } & { regions?: Record<string, RegionFixture> })
    | undefined;
  if (!account) return {};
  const regions = Object.values(account.regions ?? {});
  const count = regions.reduce((n, r) => n + (r.instances?.length ?? 0), 0);
  // Built once per (fixture, instance count): a 100,000-instance world is walked once, not per call.
  const hit = implied.get(account);
  if (hit && hit.iam === account.iam && hit.instances === count) return hit.out;
  const iam = account.iam ?? {};
  const profiles = [...(iam.instanceProfiles ?? [])];
  const roles = [...(iam.roles ?? [])];
  const known = new Set(profiles.map((p) => p.name));
  const knownRoles = new Set(roles.map((r) => r.name));
  for (const r of regions)
    for (const i of r.instances ?? []) {
      const m = /:instance-profile\/(?:.*\/)?([\w+=,.@-]+)$/.exec(i.iamInstanceProfile?.arn ?? '');
      if (!m || known.has(m[1])) continue;
      known.add(m[1]);
      profiles.push({ name: m[1], roleName: m[1] });
      if (!knownRoles.has(m[1])) {
        knownRoles.add(m[1]);
        roles.push({ name: m[1] });
      }
    }
  const out = { ...iam, instanceProfiles: profiles, roles };
  implied.set(account, { iam: account.iam, instances: count, out });
  return out;
}

const noSuch = (message: string) => new ApiError('NoSuchEntity', message, 404);
const enc = (doc: unknown) => esc(encodeURIComponent(JSON.stringify(doc)));

function role(ctx: Ctx, name: string | undefined): IamRoleFixture {
  const r = (iamOf(ctx).roles ?? []).find((x) => x.name === name);
  if (!r) throw noSuch(`The role with name ${name} cannot be found.`);
  return r;
}

function policy(ctx: Ctx, arn: string | undefined): IamPolicyFixture {
  const p = (iamOf(ctx).policies ?? []).find((x) => x.arn === arn);
  if (p) return p;
  const m = arn ? AWS_MANAGED[arn] : undefined;
  if (m) return { arn: arn!, name: m.name, document: m.document, defaultVersionId: 'v1' };
  throw noSuch(`Policy ${arn} does not exist or is not attachable.`);
}

const policyName = (p: IamPolicyFixture) => p.name ?? p.arn.slice(p.arn.lastIndexOf('/') + 1);
const roleArn = (ctx: Ctx, name: string) => `arn:aws:iam::${ctx.account}:role/${name}`;

export const IAM_HANDLERS: Record<string, (ctx: Ctx) => string> = {
  GetInstanceProfile: (ctx) => {
    const name = ctx.params.InstanceProfileName;
    const ip = (iamOf(ctx).instanceProfiles ?? []).find((x) => x.name === name);
    if (!ip) throw noSuch(`Instance Profile ${name} cannot be found.`);
    const r = ip.roleName ? role(ctx, ip.roleName) : undefined;
    const roles = r
      ? `<member>${el('Path', '/')}${el('RoleName', r.name)}${el(
          'RoleId',
          r.roleId ??
            `AROA${r.name
              .toUpperCase()
              .replace(/[^A-Z0-9]/g, '')
              .slice(0, 12)}`,
        )}${el('Arn', roleArn(ctx, r.name))}${el('CreateDate', '2024-01-01T00:00:00Z')}</member>`
      : '';
    return `<InstanceProfile>${el('Path', '/')}${el('InstanceProfileName', ip.name)}${el(
      'InstanceProfileId',
      `AIPA${ip.name
        .toUpperCase()
        .replace(/[^A-Z0-9]/g, '')
        .slice(0, 12)}`,
    )}${el('Arn', `arn:aws:iam::${ctx.account}:instance-profile/${ip.name}`)}${el('CreateDate', '2024-01-01T00:00:00Z')}<Roles>${roles}</Roles></InstanceProfile>`;
  },
  ListAttachedRolePolicies: (ctx) => {
    const r = role(ctx, ctx.params.RoleName);
    const max = Number(ctx.params.MaxItems ?? 100);
    const { slice, next } = page(r.attachedPolicies ?? [], ctx.params.Marker, max, `attached:${r.name}`);
    const members = slice
      .map((arn) => {
        const known = (iamOf(ctx).policies ?? []).find((x) => x.arn === arn);
        const name = known
          ? policyName(known)
          : (AWS_MANAGED[arn]?.name ?? arn.slice(arn.lastIndexOf('/') + 1));
        return `<member>${el('PolicyName', name)}${el('PolicyArn', arn)}</member>`;
      })
      .join('');
    return `<AttachedPolicies>${members}</AttachedPolicies>${el('IsTruncated', Boolean(next))}${next ? el('Marker', next) : ''}`;
  },
  ListRolePolicies: (ctx) => {
    const r = role(ctx, ctx.params.RoleName);
    const max = Number(ctx.params.MaxItems ?? 100);
    const { slice, next } = page(
      Object.keys(r.inlinePolicies ?? {}),
      ctx.params.Marker,
      max,
      `inline:${r.name}`,
    );
    return `<PolicyNames>${slice.map((n) => `<member>${esc(n)}</member>`).join('')}</PolicyNames>${el('IsTruncated', Boolean(next))}${next ? el('Marker', next) : ''}`;
  },
  GetRolePolicy: (ctx) => {
    const r = role(ctx, ctx.params.RoleName);
    const name = ctx.params.PolicyName;
    const doc = name !== undefined ? r.inlinePolicies?.[name] : undefined;
    if (doc === undefined) throw noSuch(`The role policy with name ${name} cannot be found.`);
    return `${el('RoleName', r.name)}${el('PolicyName', name)}<PolicyDocument>${enc(doc)}</PolicyDocument>`;
  },
  GetPolicy: (ctx) => {
    const p = policy(ctx, ctx.params.PolicyArn);
    return `<Policy>${el('PolicyName', policyName(p))}${el('Arn', p.arn)}${el('Path', '/')}${el('DefaultVersionId', p.defaultVersionId ?? 'v1')}${el('AttachmentCount', 1)}${el('IsAttachable', true)}</Policy>`;
  },
  GetPolicyVersion: (ctx) => {
    const p = policy(ctx, ctx.params.PolicyArn);
    const v = ctx.params.VersionId;
    if (v !== (p.defaultVersionId ?? 'v1')) throw noSuch(`Policy ${p.arn} version ${v} does not exist.`);
    return `<PolicyVersion><Document>${enc(p.document)}</Document>${el('VersionId', v)}${el('IsDefaultVersion', true)}${el('CreateDate', '2024-01-01T00:00:00Z')}</PolicyVersion>`;
  },
};

// ───────────────────────── Elastic Beanstalk (awsQuery) ─────────────────────────

export const BEANSTALK_NS = 'http://elasticbeanstalk.amazonaws.com/docs/2010-12-01/';

export const BEANSTALK_HANDLERS: Record<string, (ctx: Ctx) => string> = {
  DescribeEnvironments: (ctx) => {
    const envs = region(ctx).beanstalkEnvironments ?? [];
    const max = Number(ctx.params.MaxRecords ?? 1000);
    const { slice, next } = page(envs, ctx.params.NextToken, max, 'environments');
    const members = slice
      .map(
        (e) =>
          `<member>${el('EnvironmentName', e.name)}${el('ApplicationName', e.application)}${el('EnvironmentArn', `arn:aws:elasticbeanstalk:${ctx.region}:${ctx.account}:environment/${e.application}/${e.name}`)}${el(
            'EnvironmentId',
            `e-${e.name
              .toLowerCase()
              .replace(/[^a-z0-9]/g, '')
              .slice(0, 10)}`,
          )}${el('PlatformArn', e.platformArn)}${el('SolutionStackName', e.solutionStack)}${el('Status', e.status ?? 'Ready')}${el('Health', 'Green')}</member>`,
      )
      .join('');
    return `<Environments>${members}</Environments>${next ? el('NextToken', next) : ''}`;
  },
  DescribeConfigurationSettings: (ctx) => {
    const e = (region(ctx).beanstalkEnvironments ?? []).find(
      (x) => x.application === ctx.params.ApplicationName && x.name === ctx.params.EnvironmentName,
    );
    if (!e)
      throw new ApiError(
        'InvalidParameterValue',
        `No Environment found for EnvironmentName = '${ctx.params.EnvironmentName}'.`,
        400,
      );
    const option = (ns: string, name: string, value: string) =>
      `<member>${el('Namespace', ns)}${el('OptionName', name)}${el('Value', value)}</member>`;
    const options = [
      option('aws:autoscaling:launchconfiguration', 'InstanceType', 't3.micro'),
      option('aws:autoscaling:launchconfiguration', 'IamInstanceProfile', 'aws-elasticbeanstalk-ec2-role'),
      e.disableImdsV1 !== undefined
        ? option('aws:autoscaling:launchconfiguration', 'DisableIMDSv1', e.disableImdsV1)
        : '',
    ].join('');
    return `<ConfigurationSettings><member>${el('ApplicationName', e.application)}${el('EnvironmentName', e.name)}${el('PlatformArn', e.platformArn)}${el('SolutionStackName', e.solutionStack)}${el('DeploymentStatus', 'deployed')}<OptionSettings>${options}</OptionSettings></member></ConfigurationSettings>`;
  },
};

// ───────────────────────── SageMaker, Lightsail (awsJson1_1) ─────────────────────────

export const SAGEMAKER_HANDLERS: Record<string, Handler> = {
  ListNotebookInstances: (ctx) => {
    const list = region(ctx).notebookInstances ?? [];
    const max = Number(ctx.json.MaxResults ?? 10);
    const { slice, next } = page(list, ctx.json.NextToken, max, 'notebooks');
    return {
      NotebookInstances: slice.map((n) => ({
        NotebookInstanceName: n.name,
        NotebookInstanceArn: `arn:aws:sagemaker:${ctx.region}:${ctx.account}:notebook-instance/${n.name.toLowerCase()}`,
        NotebookInstanceStatus: n.status ?? 'InService',
        InstanceType: 'ml.t3.medium',
        CreationTime: 1_704_067_200,
      })),
      ...(next ? { NextToken: next } : {}),
    };
  },
  DescribeNotebookInstance: (ctx) => {
    const n = (region(ctx).notebookInstances ?? []).find((x) => x.name === ctx.json.NotebookInstanceName);
    if (!n) throw new ApiError('ValidationException', 'RecordNotFound', 400);
    return {
      NotebookInstanceName: n.name,
      NotebookInstanceArn: `arn:aws:sagemaker:${ctx.region}:${ctx.account}:notebook-instance/${n.name.toLowerCase()}`,
      NotebookInstanceStatus: n.status ?? 'InService',
      InstanceType: 'ml.t3.medium',
      ...(n.minimumImdsVersion
        ? {
            InstanceMetadataServiceConfiguration: {
              MinimumInstanceMetadataServiceVersion: n.minimumImdsVersion,
            },
          }
        : {}),
    };
  },
};

export const LIGHTSAIL_HANDLERS: Record<string, Handler> = {
  GetInstances: (ctx) => {
    const list = region(ctx).lightsailInstances ?? [];
    const { slice, next } = page(list, ctx.json.pageToken, 20, 'lightsail');
    return {
      instances: slice.map((x) => ({
        name: x.name,
        arn: `arn:aws:lightsail:${ctx.region}:${ctx.account}:Instance/${x.name}`,
        blueprintId: 'amazon_linux_2023',
        metadataOptions: {
          httpTokens: x.httpTokens ?? 'optional',
          httpEndpoint: x.httpEndpoint ?? 'enabled',
          httpPutResponseHopLimit: 1,
          state: 'applied',
        },
      })),
      ...(next ? { nextPageToken: next } : {}),
    };
  },
};
