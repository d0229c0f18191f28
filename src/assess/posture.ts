/**
 * New-launch posture, judged: account metadata defaults per region, launch templates (default and
 * latest version), AMIs behind in-scope instances and Auto Scaling groups still on launch
 * configurations. Pure: no I/O. Today's instances are assessed in assess.ts; this is what brings
 * IMDSv1 back tomorrow.
 */
import type {
  AccountDefaults,
  AutoScalingGroupInfo,
  ImageInfo,
  Inventory,
  LaunchTemplateInfo,
  LaunchTemplateVersionInfo,
  PostureAssessment,
  PostureCounts,
  PostureError,
} from '../model/types.js';

export interface Verdict {
  allowsV1: boolean;
  /** Why, in words, when allowsV1. */
  reason?: string;
}

/**
 * Account defaults (GetInstanceMetadataDefaults) for one region. New launches there get IMDSv1 unless
 * the default requires tokens, turns the endpoint off, or enforces tokens at launch
 * (HttpTokensEnforced). `no-preference`/unset means "whatever the AMI and launch request say", which is
 * `optional` for any AMI without ImdsSupport v2.0: a finding.
 */
export function defaultsVerdict(d: AccountDefaults): Verdict {
  if (d.httpTokensEnforced === 'enabled') return { allowsV1: false };
  if (d.httpEndpoint === 'disabled') return { allowsV1: false };
  if (d.httpTokens === 'required') return { allowsV1: false };
  const tokens = d.httpTokens && d.httpTokens !== 'no-preference' ? d.httpTokens : 'no preference';
  const managed = d.managedBy === 'declarative-policy' ? ' (managed by a declarative policy)' : '';
  return {
    allowsV1: true,
    reason: `default HttpTokens is ${tokens}${managed}: new launches that do not ask for IMDSv2 allow IMDSv1`,
  };
}

/** One launch template version: tokens optional or unset (with the endpoint on) allows IMDSv1. */
export function versionAllowsV1(v: LaunchTemplateVersionInfo): boolean {
  if (v.httpEndpoint === 'disabled') return false;
  return v.httpTokens !== 'required';
}

function describeVersion(label: string, v: LaunchTemplateVersionInfo): string {
  const tokens = v.httpTokens
    ? `HttpTokens ${v.httpTokens}`
    : 'HttpTokens unset (inherits the account default or AMI, else optional)';
  return `${label} version ${v.versionNumber}: ${tokens}`;
}

/** A template allows IMDSv1 when its default or its latest version does (Security Hub EC2.170). */
export function templateVerdict(t: LaunchTemplateInfo): Verdict {
  const parts: string[] = [];
  const same = t.defaultVersion.versionNumber === t.latestVersion.versionNumber;
  if (versionAllowsV1(t.defaultVersion))
    parts.push(describeVersion(same ? 'default and latest' : 'default', t.defaultVersion));
  if (!same && versionAllowsV1(t.latestVersion)) parts.push(describeVersion('latest', t.latestVersion));
  return parts.length ? { allowsV1: true, reason: parts.join('; ') } : { allowsV1: false };
}

const byPlace = (a: { accountId: string; region: string }, b: { accountId: string; region: string }) =>
  a.accountId.localeCompare(b.accountId) || a.region.localeCompare(b.region);

/** Judges the posture the inventory carries; undefined when none was collected. */
export function assessPosture(inventory: Inventory): PostureAssessment | undefined {
  const { accountDefaults, launchTemplates, images, autoScalingGroups, postureErrors } = inventory;
  if (!accountDefaults && !launchTemplates && !images && !autoScalingGroups && !postureErrors)
    return undefined;

  const defaults = (accountDefaults ?? [])
    .map((d) => ({ ...d, ...defaultsVerdict(d) }))
    // Findings first, then by account and region.
    .sort((a, b) => Number(b.allowsV1) - Number(a.allowsV1) || byPlace(a, b));

  const templates = (launchTemplates ?? [])
    .map((t) => ({ ...t, ...templateVerdict(t) }))
    // Findings first; among them the most used first (instances, then groups).
    .sort(
      (a, b) =>
        Number(b.allowsV1) - Number(a.allowsV1) ||
        b.instancesUsing - a.instancesUsing ||
        b.autoScalingGroups.length - a.autoScalingGroups.length ||
        byPlace(a, b) ||
        a.launchTemplateId.localeCompare(b.launchTemplateId),
    );

  const imgs: ImageInfo[] = [...(images ?? [])].sort(
    (a, b) =>
      Number(a.imdsSupport === 'v2.0') - Number(b.imdsSupport === 'v2.0') ||
      b.instancesUsing - a.instancesUsing ||
      byPlace(a, b) ||
      a.imageId.localeCompare(b.imageId),
  );

  const onLaunchConfigurations: AutoScalingGroupInfo[] = (autoScalingGroups ?? [])
    .filter((g) => g.launchConfigurationName && !g.launchTemplateId)
    .sort((a, b) => byPlace(a, b) || a.name.localeCompare(b.name));

  const errors: PostureError[] = [...(postureErrors ?? [])].sort(
    (a, b) => byPlace(a, b) || a.operation.localeCompare(b.operation),
  );

  const counts: PostureCounts = {
    accountDefaults: {
      regions: defaults.length,
      allowV1: defaults.filter((d) => d.allowsV1).length,
      declarativePolicy: defaults.filter((d) => d.managedBy === 'declarative-policy').length,
    },
    launchTemplates: {
      total: templates.length,
      allowV1: templates.filter((t) => t.allowsV1).length,
      instancesUsingV1Templates: templates
        .filter((t) => t.allowsV1)
        .reduce((n, t) => n + t.instancesUsing, 0),
    },
    images: { total: imgs.length, v2Only: imgs.filter((i) => i.imdsSupport === 'v2.0').length },
    autoScalingGroupsOnLaunchConfigurations: onLaunchConfigurations.length,
    errors: errors.length,
  };

  return {
    accountDefaults: defaults,
    launchTemplates: templates,
    images: imgs,
    autoScalingGroupsOnLaunchConfigurations: onLaunchConfigurations,
    errors,
    counts,
  };
}

/** Which gate target a failed posture operation leaves unverified. */
export function gateTargetOf(operation: string): 'launch-templates' | 'account-defaults' | undefined {
  if (operation === 'GetInstanceMetadataDefaults') return 'account-defaults';
  if (operation === 'DescribeLaunchTemplateVersions') return 'launch-templates';
  return undefined;
}
