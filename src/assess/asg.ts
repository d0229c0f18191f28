/**
 * Auto Scaling groups as they launch: each group's launch template reference (`$Default`, `$Latest` or
 * a number; a mixed-instances policy's template and its per-instance-type overrides) resolved to the
 * version it actually launches, and that version judged. Pure: the versions were read by src/aws/asg.ts.
 *
 * A template's default version may require IMDSv2 while the group launches `$Latest`, which allows
 * IMDSv1: the group is the finding, not the template's default.
 */
import type {
  AutoScalingGroupVerdict,
  AutoScalingLaunches,
  AutoScalingLaunchRef,
  AutoScalingLaunchVerdict,
  LaunchTemplateVersionInfo,
  LaunchTemplateVersionSet,
} from '../model/types.js';

type LaunchVerdict = AutoScalingLaunchVerdict['verdict'];

/** What a version does at launch. Tokens unset inherit the account default or the AMI, else optional. */
export function launchVerdictOf(v: LaunchTemplateVersionInfo | undefined): LaunchVerdict {
  if (!v) return 'unknown';
  if (v.httpEndpoint === 'disabled') return 'endpoint-disabled';
  return v.httpTokens === 'required' ? 'v2-only' : 'v1-allowed';
}

export const LAUNCH_VERDICT_LABELS: Record<AutoScalingGroupVerdict['verdict'], string> = {
  'v1-allowed': 'allows IMDSv1',
  unknown: 'version not read',
  'endpoint-disabled': 'endpoint disabled',
  'v2-only': 'IMDSv2 only',
  'launch-configuration': 'launch configuration',
};

/** Worst first: a launch that allows IMDSv1 decides the group. */
const SEVERITY: Record<LaunchVerdict, number> = {
  'v1-allowed': 0,
  unknown: 1,
  'endpoint-disabled': 2,
  'v2-only': 3,
};

/** `$Latest` / `$Default` / `7` → the version number, given the template's default and latest. */
export function resolveVersionNumber(
  version: string,
  set: Pick<LaunchTemplateVersionSet, 'defaultVersionNumber' | 'latestVersionNumber'> | undefined,
): number | undefined {
  if (version === '$Latest') return set?.latestVersionNumber;
  if (version === '$Default' || version === '') return set?.defaultVersionNumber;
  return /^\d+$/.test(version) ? Number(version) : undefined;
}

function describeSettings(v: LaunchTemplateVersionInfo): string {
  if (v.httpEndpoint === 'disabled') return 'endpoint disabled';
  const tokens = v.httpTokens
    ? `HttpTokens ${v.httpTokens}`
    : 'HttpTokens unset (account default or AMI, else optional)';
  return v.httpPutResponseHopLimit !== undefined
    ? `${tokens}, hop limit ${v.httpPutResponseHopLimit}`
    : tokens;
}

export function evaluateAutoScalingGroups(launches: AutoScalingLaunches): AutoScalingGroupVerdict[] {
  const key = (a: string, r: string, t: string) => `${a}/${r}/${t}`;
  const byId = new Map<string, LaunchTemplateVersionSet>();
  const byName = new Map<string, LaunchTemplateVersionSet>();
  for (const t of launches.templates) {
    byId.set(key(t.accountId, t.region, t.launchTemplateId), t);
    if (t.name) byName.set(key(t.accountId, t.region, t.name), t);
  }
  const out: AutoScalingGroupVerdict[] = [];
  for (const g of launches.groups) {
    if (g.refs.length === 0) continue; // launch configurations: AutoScaling.3, in the posture section
    const judged = g.refs.map((ref: AutoScalingLaunchRef): AutoScalingLaunchVerdict => {
      const set =
        (ref.launchTemplateId && byId.get(key(g.accountId, g.region, ref.launchTemplateId))) ||
        (ref.launchTemplateName && byName.get(key(g.accountId, g.region, ref.launchTemplateName))) ||
        undefined;
      const number = resolveVersionNumber(ref.version, set);
      const settings =
        number === undefined ? undefined : set?.versions.find((v) => v.versionNumber === number);
      const v: AutoScalingLaunchVerdict = { ...ref, verdict: launchVerdictOf(settings) };
      if (set) {
        v.launchTemplateId = set.launchTemplateId;
        if (set.name) v.launchTemplateName = set.name;
      }
      if (number !== undefined) v.versionNumber = number;
      if (settings) v.settings = settings;
      return v;
    });
    const worst = [...judged].sort((a, b) => SEVERITY[a.verdict] - SEVERITY[b.verdict])[0];
    const primary = judged[0];
    const reasons = judged
      .filter((l) => l.verdict === worst.verdict)
      .map((l) => {
        const which =
          l.source === 'override' ? `override${l.instanceType ? ` (${l.instanceType})` : ''}` : 'launches';
        const name = l.launchTemplateName ?? l.launchTemplateId ?? '?';
        const ver = l.versionNumber !== undefined ? `version ${l.versionNumber}` : 'an unread version';
        const via = /^\d+$/.test(l.version) ? '' : ` (${l.version})`;
        return `${which} ${name} ${ver}${via}: ${l.settings ? describeSettings(l.settings) : 'not read'}`;
      });
    const verdict: AutoScalingGroupVerdict = {
      accountId: g.accountId,
      region: g.region,
      name: g.name,
      launches: judged,
      verdict: worst.verdict,
      allowsV1: worst.verdict === 'v1-allowed',
      reason: [...new Set(reasons)].join('; '),
    };
    if (primary.launchTemplateId) verdict.launchTemplateId = primary.launchTemplateId;
    if (primary.launchTemplateName) verdict.launchTemplateName = primary.launchTemplateName;
    out.push(verdict);
  }
  return out.sort(
    (a, b) =>
      SEVERITY[a.verdict as LaunchVerdict] - SEVERITY[b.verdict as LaunchVerdict] ||
      a.accountId.localeCompare(b.accountId) ||
      a.region.localeCompare(b.region) ||
      a.name.localeCompare(b.name),
  );
}
