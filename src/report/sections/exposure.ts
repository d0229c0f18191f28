/**
 * The exposure section: has anyone already used an instance's credentials (GuardDuty), what
 * the credentials can reach (IAM), where GuardDuty could not look, and the other services that run
 * IMDS under their own rules. Raw strings (AWS values included): HTML escapes them, Markdown passes
 * the view through escapeDeep. Tables are bounded here (the full lists are in report.ocsf.json).
 */
import { createHash } from 'node:crypto';
import { findingLabel } from '../../assess/exposure.js';
import { uriComponent } from '../../model/text.js';
import type { Assessment, ReachLevel } from '../../model/types.js';
import { displayText } from '../escape.js';
import { num, REGION } from '../format.js';
import { linked, markdownLink } from '../links.js';
import type { Linked } from '../view-types.js';
import type { Section } from './section.js';

/** Rows per table in the report (the rest: "and N more", all of them in report.ocsf.json). */
export const EXPOSURE_ROWS = 50;

export const REACH_LABELS: Record<ReachLevel, string> = {
  admin: 'administrator',
  'iam-write': 'can change IAM',
  'data-wildcard': 'reads data on * (S3 / secrets / parameters / KMS)',
  unknown: 'unknown (not readable)',
  narrow: 'narrower',
};

const KIND_LABELS = {
  'sagemaker-notebook': 'SageMaker notebook instance',
  'beanstalk-environment': 'Elastic Beanstalk environment',
  'lightsail-instance': 'Lightsail instance',
} as const;

function consoleHost(region: string): string {
  if (region.startsWith('us-gov-')) return `https://${region}.console.amazonaws-us-gov.com`;
  if (region.startsWith('cn-')) return `https://${region}.console.amazonaws.cn`;
  return `https://${region}.console.aws.amazon.com`;
}

/** The GuardDuty console page of one finding; '' when the region is not a region name. */
export function findingUrl(region: string, findingId: string): string {
  if (!REGION.test(region) || !/^[\w-]{1,300}$/.test(findingId)) return '';
  return `${consoleHost(region)}/guardduty/home?region=${region}#/findings?macros=current&fId=${uriComponent(findingId)}`;
}

function findingLink(region: string, findingId: string, text: string): Linked {
  const url = findingUrl(region, findingId);
  return { text, url, link: markdownLink(text, url) };
}

const more = (total: number) => (total > EXPOSURE_ROWS ? num(total - EXPOSURE_ROWS) : '');

/** Places named inline (regions where GuardDuty is off…): the first ones, then how many more. */
const PLACES = 20;
function someOf(items: string[]): string {
  return items.length > PLACES
    ? `${items.slice(0, PLACES).join(', ')} and ${num(items.length - PLACES)} more`
    : items.join(', ');
}

export function exposureView(a: Assessment) {
  const e = a.exposure;
  if (!e) return undefined;
  const exploited = e.exploited.slice(0, EXPOSURE_ROWS).map((x) => {
    const f = x.findings[0];
    return {
      instance: linked('instance', x.region, x.instanceId),
      accountId: x.accountId,
      region: x.region,
      name: displayText(x.name ?? '', 60),
      what: findingLabel(f),
      when: f.updatedAt.slice(0, 16).replace('T', ' '),
      from: displayText(
        [
          f.remoteIp,
          f.asn && `AS${f.asn}`,
          f.asnOrg ?? f.org,
          f.country,
          f.remoteAccountId && `account ${f.remoteAccountId}`,
        ]
          .filter(Boolean)
          .join(' · ') || 'not given',
        160,
      ),
      finding: findingLink(f.region, f.findingId, displayText(f.findingId, 40)),
      archived: f.archived ? 'archived' : 'active',
      count: num(x.findings.length),
      joinedBy: f.joinedBy === 'session-name' ? 'role session name' : 'finding resource',
      state: x.bucket ? x.bucket : 'not in this scan',
      reach: x.reach ? REACH_LABELS[x.reach] : '',
    };
  });
  const gdRegions = e.guardDuty.regions;
  const off = gdRegions.filter((g) => g.status === 'disabled');
  const unread = gdRegions.filter((g) => g.status === 'unknown');
  const multi = new Set(gdRegions.map((g) => g.accountId)).size > 1;
  const where = (g: { accountId: string; region: string }) =>
    multi ? `${g.region}@${g.accountId}` : g.region;
  const roles = e.roles.slice(0, EXPOSURE_ROWS).map((r) => ({
    profile: displayText(r.instanceProfileArn.slice(r.instanceProfileArn.lastIndexOf('/') + 1), 64),
    role: displayText(r.roleName ?? '—', 64),
    accountId: r.accountId,
    level: REACH_LABELS[r.level],
    admin: r.level === 'admin',
    why: displayText(r.reasons.slice(0, 3).join('; '), 240),
    instances: num(r.instances),
    publicInstances: num(r.publicInstances),
  }));
  const rules = e.otherImds.rules.map((r) => ({
    id: r.id,
    name: r.name,
    description: r.description,
    total: num(r.total),
    compliant: num(r.compliant),
    allowV1: num(r.allowV1),
    unknown: num(r.unknown),
  }));
  const flagged = e.otherImds.resources.filter((r) => r.allowsV1 !== false);
  const resources = flagged.slice(0, EXPOSURE_ROWS).map((r) => ({
    kind: KIND_LABELS[r.kind],
    rule: r.rule,
    name: displayText(r.name, 80),
    accountId: r.accountId,
    region: r.region,
    verdict: r.allowsV1 ? 'allows IMDSv1' : 'unknown',
    setting: displayText(r.setting, 80),
    assumption: displayText(r.assumption ?? '', 200),
  }));
  const errorGroups = new Map<string, { what: string; code: string; count: number; example: string }>();
  for (const x of e.errors) {
    const k = `${x.service}:${x.operation} ${x.code}`;
    const g = errorGroups.get(k) ?? {
      what: `${x.service}:${x.operation}`,
      code: displayText(x.code, 80),
      count: 0,
      example: displayText(`${where(x)}: ${x.message}`, 200),
    };
    g.count++;
    errorGroups.set(k, g);
  }
  return {
    window: `${e.from.slice(0, 10)} to ${e.to.slice(0, 10)}`,
    exploitedCount: num(e.exploited.length),
    anyExploited: e.exploited.length > 0,
    exploited,
    exploitedMore: more(e.exploited.length),
    exploitedTotal: e.exploited.length,
    unjoined: num(e.unjoined.length),
    anyUnjoined: e.unjoined.length > 0,
    guardDuty: {
      enabled: num(e.guardDuty.enabled),
      regions: num(gdRegions.length),
      off: someOf(off.map(where)),
      offCount: num(off.length),
      anyOff: off.length > 0,
      unread: someOf(unread.map((g) => `${where(g)} (${displayText(g.code ?? 'Error', 60)})`)),
      unreadCount: num(unread.length),
      anyUnread: unread.length > 0,
    },
    reach: {
      counts: (Object.keys(REACH_LABELS) as ReachLevel[])
        .filter((l) => e.reachCounts[l] > 0)
        .map((l) => ({ label: REACH_LABELS[l], count: num(e.reachCounts[l]) })),
      worst: num(e.worst),
      anyWorst: e.worst > 0,
      roles,
      any: e.roles.length > 0,
      more: more(e.roles.length),
    },
    other: {
      rules,
      resources,
      any: e.otherImds.resources.length > 0,
      anyFlagged: flagged.length > 0,
      lightsailUnavailable: someOf(e.otherImds.lightsailUnavailable.map(where)),
      more: more(flagged.length),
    },
    errors: [...errorGroups.values()].map((g) => ({ ...g, count: num(g.count) })),
    anyErrors: errorGroups.size > 0,
  };
}

export type ExposureView = NonNullable<ReturnType<typeof exposureView>>;

/**
 * The section for a shortened rendering (markdown.ts's fold): at most `rows` exploited instances
 * (never fewer than 10: they lead the report).
 */
function foldExposure(v: ExposureView, rows: number): ExposureView {
  const keep = Math.max(10, rows);
  if (v.exploited.length <= keep) return v;
  return { ...v, exploited: v.exploited.slice(0, keep), exploitedMore: num(v.exploitedTotal - keep) };
}

/**
 * The report's digest with what the exposure section says folded in, so the sticky comment is
 * updated when a finding appears or GuardDuty is switched off, even if no instance changed.
 */
export function withExposureDigest(digest: string, a: Assessment): string {
  const e = a.exposure;
  if (!e) return digest;
  const said = JSON.stringify([
    e.exploited.map((x) => [
      x.accountId,
      x.instanceId,
      x.findings.map((f) => [f.findingId, f.updatedAt, f.archived]),
    ]),
    e.guardDuty.regions.map((g) => [g.accountId, g.region, g.status]),
    e.roles.map((r) => [r.accountId, r.instanceProfileArn, r.level]),
    e.otherImds.resources.map((r) => [r.kind, r.accountId, r.region, r.name, r.allowsV1 ?? null]),
  ]);
  return createHash('sha256').update(`${digest}\0${said}`).digest('hex').slice(0, 32);
}

/** Shortened with the instance list (never below 10 exploited instances); says "and N more" itself. */
export const exposureSection: Section<'exposure'> = {
  key: 'exposure',
  templates: {
    partial: 'exposure',
    markdown: 'exposure.md.hbs',
    html: 'exposure.html.hbs',
  },
  view: (a) => exposureView(a),
  digest: withExposureDigest,
  fold: (v, f) => foldExposure(v, f.instances),
};

declare module '../view-types.js' {
  interface ReportView {
    /** Exploitation, blast radius and the other IMDS services (sections/exposure.ts). */
    exposure?: ExposureView;
  }
}
