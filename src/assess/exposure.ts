/**
 * Judging the exposure context (model/exposure.ts): which instances' credentials GuardDuty saw used
 * elsewhere, what each v1-allowed instance's role can reach, where GuardDuty could not look, and the
 * other services' IMDS settings under their own named rules. Pure.
 *
 * The per-instance facts travel beside each assessed instance, in a side table keyed by the instance
 * record (`exposureOf`), not in it: report.json's instance record is a fixed, versioned schema, and
 * the risk order (assess.ts byRisk) reads them from there, so every list that ranks by risk puts an
 * instance with an exfiltration finding first.
 */

import { compareReach } from '../model/reach.js';
import { compareCode } from '../model/text.js';
import type {
  AssessedInstance,
  ExfiltrationFinding,
  ExposureAssessment,
  ExposureRead,
  OtherImdsKind,
  OtherImdsResource,
  OtherImdsRuleResult,
  ReachLevel,
  RoleReach,
} from '../model/types.js';

/** What the exposure context says about one instance. */
export interface InstanceExposure {
  /** Exfiltration findings joined to this instance, latest first. */
  findings: ExfiltrationFinding[];
  /** Its instance profile's role reach (v1-allowed instances with a profile). */
  reach?: RoleReach;
}

const side = new WeakMap<object, InstanceExposure>();

/** The exposure facts of an assessed instance (undefined when none were collected for it). */
export function exposureOf(i: object): InstanceExposure | undefined {
  return side.get(i);
}

/** `credentials used from outside AWS` / `…from another AWS account's instance`. */
export function findingLabel(f: Pick<ExfiltrationFinding, 'type'>): string {
  return f.type.endsWith('.OutsideAWS')
    ? 'credentials used from outside this instance (outside AWS)'
    : "credentials used from another AWS account's instance";
}

/** The other services' rules: each its own name, never part of the EC2.8 percentage. */
export const OTHER_IMDS_RULES: Record<OtherImdsKind, { id: string; name: string; description: string }> = {
  'sagemaker-notebook': {
    id: 'sagemaker-notebook-imdsv2',
    name: 'SageMaker notebook instances require IMDSv2',
    description:
      'InstanceMetadataServiceConfiguration.MinimumInstanceMetadataServiceVersion is 2 ("1" allows IMDSv1).',
  },
  'beanstalk-environment': {
    id: 'beanstalk-imdsv1-disabled',
    name: 'Elastic Beanstalk environments disable IMDSv1',
    description:
      'Option aws:autoscaling:launchconfiguration / DisableIMDSv1 is true (unset is read as the documented default, false, except on Amazon Linux 2023 platforms, reported unknown).',
  },
  'lightsail-instance': {
    id: 'lightsail-imdsv2',
    name: 'Lightsail instances require IMDSv2',
    description: 'metadataOptions.httpTokens is required (or the endpoint is disabled).',
  },
};

const latestFirst = (a: ExfiltrationFinding, b: ExfiltrationFinding) =>
  compareCode(b.updatedAt, a.updatedAt) || compareCode(a.findingId, b.findingId);

/** Joins the read to the assessed instances (and records each instance's facts for byRisk). */
export function assessExposure(
  read: ExposureRead,
  instances: readonly AssessedInstance[],
): ExposureAssessment {
  const reachByProfile = new Map<string, RoleReach>();
  for (const r of read.roles) reachByProfile.set(`${r.accountId}/${r.instanceProfileArn}`, r);

  // Findings per instance (an InsideAWS finding's account is the instance's: the credentials' owner).
  const joined = new Map<string, ExfiltrationFinding[]>();
  const unjoined: ExfiltrationFinding[] = [];
  for (const f of read.findings) {
    if (!f.instanceId) {
      unjoined.push(f);
      continue;
    }
    const k = `${f.accountId}/${f.instanceId}`;
    const list = joined.get(k) ?? [];
    joined.set(k, list);
    list.push(f);
  }

  // Keys are made only when there is something to join them to (no string per instance otherwise).
  const byId = new Map<string, AssessedInstance>();
  const roleUse = new Map<string, { instances: number; publicInstances: number }>();
  let worst = 0;
  for (const i of instances) {
    let findings: ExfiltrationFinding[] | undefined;
    if (joined.size) {
      const k = `${i.accountId}/${i.instanceId}`;
      byId.set(k, i);
      findings = joined.get(k)?.sort(latestFirst);
    }
    const profileKey =
      i.bucket === 'v1-allowed' && i.instanceProfileArn && reachByProfile.size
        ? `${i.accountId}/${i.instanceProfileArn}`
        : undefined;
    const reach = profileKey === undefined ? undefined : reachByProfile.get(profileKey);
    if (reach) {
      const k = profileKey as string;
      const u = roleUse.get(k) ?? { instances: 0, publicInstances: 0 };
      roleUse.set(k, u);
      u.instances++;
      if (i.publicIp) u.publicInstances++;
      if (i.publicIp && reach.level === 'admin') worst++;
    }
    if (findings?.length || reach) {
      const e: InstanceExposure = { findings: findings ?? [] };
      if (reach) e.reach = reach;
      side.set(i, e);
    }
  }

  const exploited: ExposureAssessment['exploited'] = [...joined.entries()]
    .map(([k, findings]) => {
      const [accountId, instanceId] = k.split('/');
      const i = byId.get(k);
      const row: ExposureAssessment['exploited'][number] = {
        instanceId,
        accountId,
        region: i?.region ?? findings[0].region,
        findings: findings.sort(latestFirst),
      };
      if (i) {
        row.bucket = i.bucket;
        if (i.name) row.name = i.name;
        const r = side.get(i)?.reach;
        if (r) row.reach = r.level;
      }
      return row;
    })
    .sort((a, b) => latestFirst(a.findings[0], b.findings[0]));

  const reachCounts: Record<ReachLevel, number> = {
    admin: 0,
    'iam-write': 0,
    'data-wildcard': 0,
    unknown: 0,
    narrow: 0,
  };
  const roles = read.roles
    .map((r) => ({
      ...r,
      ...(roleUse.get(`${r.accountId}/${r.instanceProfileArn}`) ?? { instances: 0, publicInstances: 0 }),
    }))
    .sort(
      (a, b) =>
        compareReach(a.level, b.level) ||
        b.publicInstances - a.publicInstances ||
        b.instances - a.instances ||
        compareCode(a.instanceProfileArn, b.instanceProfileArn),
    );
  for (const r of roles) reachCounts[r.level]++;

  const rules = (Object.keys(OTHER_IMDS_RULES) as OtherImdsKind[]).map((kind): OtherImdsRuleResult => {
    const list = read.otherImds.filter((r) => r.kind === kind);
    return {
      ...OTHER_IMDS_RULES[kind],
      kind,
      total: list.length,
      compliant: list.filter((r) => r.allowsV1 === false).length,
      allowV1: list.filter((r) => r.allowsV1 === true).length,
      unknown: list.filter((r) => r.allowsV1 === undefined).length,
    };
  });
  const rank = (r: OtherImdsResource) => (r.allowsV1 === true ? 0 : r.allowsV1 === undefined ? 1 : 2);
  const resources = read.otherImds
    .map((r) => ({ ...r, rule: OTHER_IMDS_RULES[r.kind].id }))
    .sort(
      (a, b) =>
        rank(a) - rank(b) ||
        compareCode(a.kind, b.kind) ||
        compareCode(a.accountId, b.accountId) ||
        compareCode(a.region, b.region) ||
        compareCode(a.name, b.name),
    );

  return {
    from: read.from,
    to: read.to,
    exploited,
    unjoined: unjoined.sort(latestFirst),
    guardDuty: {
      regions: read.guardDuty,
      enabled: read.guardDuty.filter((g) => g.status === 'enabled').length,
      disabled: read.guardDuty.filter((g) => g.status === 'disabled').length,
      unknown: read.guardDuty.filter((g) => g.status === 'unknown').length,
    },
    roles,
    reachCounts,
    worst,
    otherImds: { rules, resources, lightsailUnavailable: read.lightsailUnavailable ?? [] },
    errors: read.errors,
  };
}
