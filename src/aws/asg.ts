/**
 * Auto Scaling groups as they launch (read-only): each group's launch template references —
 * `LaunchTemplate`, or a mixed-instances policy's template and its per-instance-type overrides — with
 * the version each names (`$Default`, `$Latest` or a number), and exactly those versions of each
 * template (DescribeLaunchTemplateVersions with LaunchTemplateId and Versions), plus the template's
 * `$Default` and `$Latest` so both can be resolved. Judged in src/assess/asg.ts.
 *
 * Calls per region: DescribeAutoScalingGroups ceil(groups / 100) (at least 1), then one
 * DescribeLaunchTemplateVersions per distinct template the groups use (none without groups). A call
 * that fails becomes a PostureError; the groups it concerns are judged `unknown`.
 */
import type {
  AutoScalingClient,
  AutoScalingGroup,
  LaunchTemplateSpecification,
} from '@aws-sdk/client-auto-scaling';
import type { EC2Client, LaunchTemplateVersion } from '@aws-sdk/client-ec2';
import pLimit from 'p-limit';
import { errorMessage } from '../log.js';
import type {
  AutoScalingGroupLaunch,
  AutoScalingLaunches,
  AutoScalingLaunchRef,
  LaunchTemplateVersionSet,
  PostureError,
} from '../model/types.js';
import { awsErrorCode } from './clients.js';
import { listAutoScalingGroups, versionInfo } from './posture.js';
import { DescribeLaunchTemplateVersionsCommand } from './sdk.js';

function ref(
  source: AutoScalingLaunchRef['source'],
  spec: LaunchTemplateSpecification,
  instanceType?: string,
): AutoScalingLaunchRef {
  const r: AutoScalingLaunchRef = { source, version: spec.Version?.trim() || '$Default' };
  if (spec.LaunchTemplateId) r.launchTemplateId = spec.LaunchTemplateId;
  if (spec.LaunchTemplateName) r.launchTemplateName = spec.LaunchTemplateName;
  if (instanceType) r.instanceType = instanceType;
  return r;
}

/** One group's launch references, as the API returns them. */
export function groupLaunch(g: AutoScalingGroup, accountId: string, region: string): AutoScalingGroupLaunch {
  const refs: AutoScalingLaunchRef[] = [];
  if (g.LaunchTemplate) refs.push(ref('launch-template', g.LaunchTemplate));
  const mixed = g.MixedInstancesPolicy?.LaunchTemplate;
  if (mixed?.LaunchTemplateSpecification)
    refs.push(ref('mixed-instances-policy', mixed.LaunchTemplateSpecification));
  for (const o of mixed?.Overrides ?? []) {
    if (o.LaunchTemplateSpecification)
      refs.push(ref('override', o.LaunchTemplateSpecification, o.InstanceType));
  }
  const out: AutoScalingGroupLaunch = { accountId, region, name: g.AutoScalingGroupName ?? '', refs };
  if (g.LaunchConfigurationName) out.launchConfigurationName = g.LaunchConfigurationName;
  return out;
}

export async function readGroupLaunches(
  autoscaling: AutoScalingClient,
  accountId: string,
  region: string,
  listed?: Promise<AutoScalingGroup[]>,
): Promise<AutoScalingGroupLaunch[]> {
  const groups = await (listed ?? listAutoScalingGroups(autoscaling));
  return groups.map((g) => groupLaunch(g, accountId, region)).sort((a, b) => a.name.localeCompare(b.name));
}

async function describeVersions(
  ec2: EC2Client,
  template: { id?: string; name?: string },
  versions: string[],
): Promise<LaunchTemplateVersion[]> {
  const out: LaunchTemplateVersion[] = [];
  let next: string | undefined;
  do {
    const page = await ec2.send(
      new DescribeLaunchTemplateVersionsCommand({
        ...(template.id ? { LaunchTemplateId: template.id } : { LaunchTemplateName: template.name }),
        Versions: versions,
        NextToken: next,
      }),
    );
    out.push(...(page.LaunchTemplateVersions ?? []));
    next = page.NextToken;
  } while (next);
  return out;
}

/**
 * The versions the groups launch, per template: `$Default`, `$Latest` and every number a group names.
 * A pinned version that no longer exists fails the whole call (VersionNotFound): the template is then
 * read again without it, so the other groups are still judged.
 */
export async function readLaunchedVersions(
  ec2: EC2Client,
  accountId: string,
  region: string,
  groups: readonly AutoScalingGroupLaunch[],
  errors: PostureError[],
): Promise<LaunchTemplateVersionSet[]> {
  const wanted = new Map<string, { id?: string; name?: string; numbers: Set<string> }>();
  for (const g of groups) {
    for (const r of g.refs) {
      const k = r.launchTemplateId ? `id:${r.launchTemplateId}` : `name:${r.launchTemplateName ?? ''}`;
      if (k === 'name:') continue;
      let w = wanted.get(k);
      if (!w) {
        w = {
          id: r.launchTemplateId,
          name: r.launchTemplateId ? undefined : r.launchTemplateName,
          numbers: new Set(),
        };
        wanted.set(k, w);
      }
      if (/^\d+$/.test(r.version)) w.numbers.add(r.version);
    }
  }
  const limit = pLimit(4);
  const sets = await Promise.all(
    [...wanted.values()].map((w) =>
      limit(async (): Promise<LaunchTemplateVersionSet | undefined> => {
        const specs = ['$Default', '$Latest', ...[...w.numbers].sort((a, b) => Number(a) - Number(b))];
        let rows: LaunchTemplateVersion[];
        try {
          rows = await describeVersions(ec2, w, specs);
        } catch (e) {
          const code = awsErrorCode(e);
          if (!/VersionNotFound/.test(code) || specs.length === 2) {
            errors.push({
              accountId,
              region,
              operation: 'DescribeLaunchTemplateVersions',
              code,
              message: errorMessage(e),
            });
            return undefined;
          }
          try {
            rows = await describeVersions(ec2, w, specs.slice(0, 2));
            for (const n of specs.slice(2)) {
              try {
                rows.push(...(await describeVersions(ec2, w, [n])));
              } catch {
                // A deleted pinned version: the groups naming it are judged `unknown`.
              }
            }
          } catch (e2) {
            errors.push({
              accountId,
              region,
              operation: 'DescribeLaunchTemplateVersions',
              code: awsErrorCode(e2),
              message: errorMessage(e2),
            });
            return undefined;
          }
        }
        if (!rows.length) return undefined;
        const byNumber = new Map<number, LaunchTemplateVersion>();
        for (const r of rows) byNumber.set(r.VersionNumber ?? 0, r);
        const numbers = [...byNumber.keys()].sort((a, b) => a - b);
        const set: LaunchTemplateVersionSet = {
          accountId,
          region,
          launchTemplateId: rows[0].LaunchTemplateId ?? w.id ?? '',
          name: rows[0].LaunchTemplateName ?? w.name ?? '',
          latestVersionNumber: numbers[numbers.length - 1],
          versions: numbers.map((n) => versionInfo(byNumber.get(n)!)),
        };
        const def = rows.find((r) => r.DefaultVersion);
        if (def?.VersionNumber !== undefined) set.defaultVersionNumber = def.VersionNumber;
        return set;
      }),
    ),
  );
  return sets
    .filter((s): s is LaunchTemplateVersionSet => s !== undefined)
    .sort((a, b) => a.launchTemplateId.localeCompare(b.launchTemplateId));
}

/** One (account, region): its groups and the template versions they launch. Never throws. */
export async function collectRegionAsgLaunches(
  clients: { ec2: EC2Client; autoscaling: AutoScalingClient; groups?: Promise<AutoScalingGroup[]> },
  accountId: string,
  region: string,
): Promise<AutoScalingLaunches> {
  const errors: PostureError[] = [];
  let groups: AutoScalingGroupLaunch[] = [];
  try {
    groups = await readGroupLaunches(clients.autoscaling, accountId, region, clients.groups);
  } catch (e) {
    // A shared listing's failure is the posture's to report: once, not twice.
    if (clients.groups) return { groups: [], templates: [], errors };
    errors.push({
      accountId,
      region,
      operation: 'DescribeAutoScalingGroups',
      code: awsErrorCode(e),
      message: errorMessage(e),
    });
  }
  const templates = groups.some((g) => g.refs.length)
    ? await readLaunchedVersions(clients.ec2, accountId, region, groups, errors)
    : [];
  return { groups, templates, errors };
}

/** Joins per-region results into the inventory's one record. */
export function mergeAsgLaunches(parts: readonly AutoScalingLaunches[]): AutoScalingLaunches {
  return {
    groups: parts.flatMap((p) => p.groups),
    templates: parts.flatMap((p) => p.templates),
    errors: parts.flatMap((p) => p.errors),
  };
}
