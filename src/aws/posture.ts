/**
 * Collecting new-launch posture for one (account, region): account metadata defaults, launch
 * templates (default + latest version), the AMIs behind its instances, and Auto Scaling groups.
 *
 * Calls per region, the minimum the APIs allow:
 *   GetInstanceMetadataDefaults        1
 *   DescribeLaunchTemplateVersions     ceil(2·templates / 200), at least 1 — the account-wide form
 *                                      (no LaunchTemplateId, Versions [$Latest, $Default]) returns the
 *                                      default and latest version of every template in the region, so
 *                                      neither DescribeLaunchTemplates nor a call per template is needed
 *   DescribeAutoScalingGroups          ceil(groups / 100), at least 1
 *   DescribeImages                     ceil(distinct image ids / 200), 0 when the region has no instances
 * Each call that fails (AccessDenied, UnauthorizedOperation, an SCP…) becomes a PostureError; the
 * rest of the posture and the audit go on.
 */
import type { AutoScalingClient, AutoScalingGroup } from '@aws-sdk/client-auto-scaling';
import type { EC2Client, LaunchTemplateVersion } from '@aws-sdk/client-ec2';
import { errorMessage } from '../log.js';
import type {
  AccountDefaults,
  AutoScalingGroupInfo,
  ImageInfo,
  Instance,
  LaunchTemplateInfo,
  LaunchTemplateVersionInfo,
  PostureError,
} from '../model/types.js';
import { awsErrorCode } from './clients.js';
import { fromSdkMetadata } from './mapping.js';
import {
  GetInstanceMetadataDefaultsCommand,
  paginateDescribeAutoScalingGroups,
  paginateDescribeImages,
  paginateDescribeLaunchTemplateVersions,
} from './sdk.js';

/** Values per `image-id` filter in one DescribeImages call. */
export const IMAGE_CHUNK = 200;

export interface RegionPosture {
  accountDefaults?: AccountDefaults;
  launchTemplates: LaunchTemplateInfo[];
  images: ImageInfo[];
  autoScalingGroups: AutoScalingGroupInfo[];
  errors: PostureError[];
}

export async function readAccountDefaults(
  ec2: EC2Client,
  accountId: string,
  region: string,
): Promise<AccountDefaults> {
  const out = await ec2.send(new GetInstanceMetadataDefaultsCommand({}));
  const d = out.AccountLevel ?? {};
  const defaults: AccountDefaults = { accountId, region };
  const { state: _state, httpProtocolIpv6: _ipv6, ...fields } = fromSdkMetadata(d);
  Object.assign(defaults, fields);
  if (d.ManagedBy) defaults.managedBy = d.ManagedBy;
  return defaults;
}

/** One launch template version's metadata settings (the posture's and the Auto Scaling groups'). */
export function versionInfo(v: LaunchTemplateVersion): LaunchTemplateVersionInfo {
  const m = fromSdkMetadata(v.LaunchTemplateData?.MetadataOptions);
  const info: LaunchTemplateVersionInfo = { versionNumber: v.VersionNumber ?? 0 };
  if (m.httpTokens) info.httpTokens = m.httpTokens;
  if (m.httpEndpoint) info.httpEndpoint = m.httpEndpoint;
  if (m.httpPutResponseHopLimit !== undefined) info.httpPutResponseHopLimit = m.httpPutResponseHopLimit;
  return info;
}

/**
 * Groups the account-wide $Default/$Latest answer into templates: the version flagged DefaultVersion is
 * the default; the highest version number returned is the latest (one row when they are the same).
 */
export function templatesFromVersions(
  versions: LaunchTemplateVersion[],
  accountId: string,
  region: string,
): LaunchTemplateInfo[] {
  const byId = new Map<string, { name: string; rows: LaunchTemplateVersion[] }>();
  for (const v of versions) {
    if (!v.LaunchTemplateId) continue;
    let t = byId.get(v.LaunchTemplateId);
    if (!t) {
      t = { name: v.LaunchTemplateName ?? '', rows: [] };
      byId.set(v.LaunchTemplateId, t);
    }
    t.rows.push(v);
  }
  const out: LaunchTemplateInfo[] = [];
  for (const [id, t] of byId) {
    const latest = t.rows.reduce((a, b) => ((b.VersionNumber ?? 0) > (a.VersionNumber ?? 0) ? b : a));
    const def = t.rows.find((r) => r.DefaultVersion) ?? latest;
    out.push({
      accountId,
      region,
      launchTemplateId: id,
      name: t.name,
      defaultVersion: versionInfo(def),
      latestVersion: versionInfo(latest),
      instancesUsing: 0,
      autoScalingGroups: [],
    });
  }
  return out.sort((a, b) => a.launchTemplateId.localeCompare(b.launchTemplateId));
}

export async function readLaunchTemplates(
  ec2: EC2Client,
  accountId: string,
  region: string,
): Promise<LaunchTemplateInfo[]> {
  const versions: LaunchTemplateVersion[] = [];
  const pager = paginateDescribeLaunchTemplateVersions(
    { client: ec2, pageSize: 200 },
    { Versions: ['$Latest', '$Default'] },
  );
  for await (const page of pager) versions.push(...(page.LaunchTemplateVersions ?? []));
  return templatesFromVersions(versions, accountId, region);
}

export async function readImages(
  ec2: EC2Client,
  accountId: string,
  region: string,
  imageIds: string[],
): Promise<ImageInfo[]> {
  const ids = [...new Set(imageIds)].sort();
  const out: ImageInfo[] = [];
  for (let i = 0; i < ids.length; i += IMAGE_CHUNK) {
    // A filter, not ImageIds: a deregistered image then is simply absent instead of failing the call.
    const pager = paginateDescribeImages(
      { client: ec2 },
      {
        Filters: [{ Name: 'image-id', Values: ids.slice(i, i + IMAGE_CHUNK) }],
        IncludeDeprecated: true,
        IncludeDisabled: true,
      },
    );
    for await (const page of pager) {
      for (const img of page.Images ?? []) {
        if (!img.ImageId) continue;
        const info: ImageInfo = { accountId, region, imageId: img.ImageId, instancesUsing: 0 };
        if (img.Name) info.name = img.Name;
        if (img.ImdsSupport) info.imdsSupport = img.ImdsSupport;
        out.push(info);
      }
    }
  }
  return out.sort((a, b) => a.imageId.localeCompare(b.imageId));
}

function groupInfo(
  g: AutoScalingGroup,
  accountId: string,
  region: string,
): AutoScalingGroupInfo & { launchTemplateName?: string } {
  const spec = g.LaunchTemplate ?? g.MixedInstancesPolicy?.LaunchTemplate?.LaunchTemplateSpecification;
  const info: AutoScalingGroupInfo & { launchTemplateName?: string } = {
    accountId,
    region,
    name: g.AutoScalingGroupName ?? '',
  };
  if (spec?.LaunchTemplateId) info.launchTemplateId = spec.LaunchTemplateId;
  else if (spec?.LaunchTemplateName) info.launchTemplateName = spec.LaunchTemplateName;
  if (g.LaunchConfigurationName) info.launchConfigurationName = g.LaunchConfigurationName;
  return info;
}

/**
 * Every Auto Scaling group of the region, as the API describes it (read once, used twice), without
 * its instances (IncludeInstances=false): a group's launch settings are what is read here, and its
 * members are the scan's. The instance lists were most of the answer's bytes.
 */
export async function listAutoScalingGroups(asg: AutoScalingClient): Promise<AutoScalingGroup[]> {
  const out: AutoScalingGroup[] = [];
  const pager = paginateDescribeAutoScalingGroups(
    { client: asg, pageSize: 100 },
    { IncludeInstances: false },
  );
  for await (const page of pager) out.push(...(page.AutoScalingGroups ?? []));
  return out;
}

export async function readAutoScalingGroups(
  asg: AutoScalingClient,
  accountId: string,
  region: string,
  listed?: Promise<AutoScalingGroup[]>,
): Promise<Array<AutoScalingGroupInfo & { launchTemplateName?: string }>> {
  const groups = await (listed ?? listAutoScalingGroups(asg));
  return groups.map((g) => groupInfo(g, accountId, region)).sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Joins one region's posture to its instances: how many instances each template and image launched,
 * which groups use each template (a group that names its template only by name is resolved here).
 */
export function linkPosture(
  instances: readonly Instance[],
  posture: {
    launchTemplates: LaunchTemplateInfo[];
    images: ImageInfo[];
    autoScalingGroups: Array<AutoScalingGroupInfo & { launchTemplateName?: string }>;
  },
): { launchTemplates: LaunchTemplateInfo[]; images: ImageInfo[]; autoScalingGroups: AutoScalingGroupInfo[] } {
  const templates = new Map(posture.launchTemplates.map((t) => [t.launchTemplateId, t]));
  const byName = new Map(posture.launchTemplates.map((t) => [t.name, t.launchTemplateId]));
  const images = new Map(posture.images.map((i) => [i.imageId, i]));
  for (const i of instances) {
    if (i.launchTemplateId) {
      const t = templates.get(i.launchTemplateId);
      if (t) t.instancesUsing++;
    }
    if (i.imageId) {
      const img = images.get(i.imageId);
      if (img) img.instancesUsing++;
    }
  }
  const groups: AutoScalingGroupInfo[] = [];
  for (const g of posture.autoScalingGroups) {
    const { launchTemplateName, ...info } = g;
    if (!info.launchTemplateId && launchTemplateName) {
      const id = byName.get(launchTemplateName);
      if (id) info.launchTemplateId = id;
    }
    if (info.launchTemplateId) templates.get(info.launchTemplateId)?.autoScalingGroups.push(info.name);
    groups.push(info);
  }
  for (const t of templates.values()) t.autoScalingGroups.sort();
  return { launchTemplates: posture.launchTemplates, images: posture.images, autoScalingGroups: groups };
}

export interface RegionPostureClients {
  ec2: EC2Client;
  autoscaling: AutoScalingClient;
  /** The region's groups when the caller already lists them (one DescribeAutoScalingGroups, two uses). */
  groups?: Promise<AutoScalingGroup[]>;
}

/**
 * One region's posture. Defaults, templates and groups start at once (alongside the instance scan);
 * the images wait for `instances` (the ids behind them). `instances` resolving to undefined means the
 * region's instance scan failed: images are skipped.
 */
export async function collectRegionPosture(
  clients: RegionPostureClients,
  accountId: string,
  region: string,
  instances: Promise<Instance[] | undefined>,
): Promise<RegionPosture> {
  const errors: PostureError[] = [];
  const attempt = async <T>(operation: string, fn: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await fn();
    } catch (e) {
      errors.push({ accountId, region, operation, code: awsErrorCode(e), message: errorMessage(e) });
      return undefined;
    }
  };
  const defaults = attempt('GetInstanceMetadataDefaults', () =>
    readAccountDefaults(clients.ec2, accountId, region),
  );
  const templates = attempt('DescribeLaunchTemplateVersions', () =>
    readLaunchTemplates(clients.ec2, accountId, region),
  );
  const groups = attempt('DescribeAutoScalingGroups', () =>
    readAutoScalingGroups(clients.autoscaling, accountId, region, clients.groups),
  );
  const list = await instances;
  const imageIds = [...new Set((list ?? []).map((i) => i.imageId).filter((id): id is string => Boolean(id)))];
  const images = imageIds.length
    ? attempt('DescribeImages', () => readImages(clients.ec2, accountId, region, imageIds))
    : Promise.resolve([] as ImageInfo[]);
  const [d, t, g, img] = await Promise.all([defaults, templates, groups, images]);
  const linked = linkPosture(list ?? [], {
    launchTemplates: t ?? [],
    images: img ?? [],
    autoScalingGroups: g ?? [],
  });
  return { accountDefaults: d, ...linked, errors };
}
